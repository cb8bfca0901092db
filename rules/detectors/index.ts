import { email } from './email';
import { mrn } from './mrn';
import { nhsNumber } from './nhs-number';
import { patientName } from './patient-name';
import { phone } from './phone';
import { ssn } from './ssn';
import type { Detector } from './types';

/** Every built-in detector, by the id rules use in `detector:`. */
export const DETECTORS: Record<string, Detector> = Object.fromEntries(
  [nhsNumber, ssn, mrn, email, phone, patientName].map((detector) => [detector.meta.id, detector]),
);
