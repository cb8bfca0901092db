// Medical record / hospital numbers. No standard format exists, so the label is the evidence.
import { labelledDetector, RECORD_LABELS } from './labelled-id';

export const mrn = labelledDetector(
  'mrn',
  RECORD_LABELS,
  "Medical record / hospital / unit / PAS numbers and patient IDs: a label (MRN, MR#, med rec no., medical record no., hospital number, Hosp No, H no., unit number, patient ID, pt #, chart #, case note no., PAS number) followed by a value with at least four digits, letters allowed ('RXH 0448213', 'pt # 00 4471 9O2'). Ignores the labels alone ('patient ID wristbands') and unlabelled reference numbers.",
);
