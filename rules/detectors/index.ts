import { age90 } from './age-90';
import { careDate } from './care-date';
import { email } from './email';
import { jigsaw } from './jigsaw';
import { labelledId } from './labelled-id';
import { mbi } from './mbi';
import { mrn } from './mrn';
import { newborn } from './newborn';
import { nhsNumber } from './nhs-number';
import { patientContext } from './patient-context';
import { patientName } from './patient-name';
import { patientStory } from './patient-story';
import { phone } from './phone';
import { reviewReply } from './review-reply';
import { roomBed } from './room-bed';
import { ssn } from './ssn';
import type { Detector } from './types';
import { ukPostcode } from './uk-postcode';
import { usAddress } from './us-address';
import { visibleRecords } from './visible-records';
import { zip } from './zip';

/** Every built-in detector, by the id rules use in `detector:`. */
export const DETECTORS: Record<string, Detector> = Object.fromEntries(
  [nhsNumber, ssn, mrn, labelledId, mbi, email, phone, usAddress, zip, ukPostcode, patientName, careDate, age90, roomBed, newborn, patientStory, reviewReply, jigsaw, visibleRecords, patientContext].map(
    (detector) => [detector.meta.id, detector],
  ),
);
