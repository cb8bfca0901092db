import { patientName } from '../../../rules/detectors/patient-name';
import { testDetector } from './detector-tester';
import { patientNameCases } from './patient-name.cases';

testDetector(patientName, patientNameCases);
