// Photo checks: the public API for the CLI, bench and extension.
export { checkImage, type CheckImageOptions } from './check-image';
export { faceFindings } from './face-findings';
export { metadataFindings } from './metadata-findings';
export { readPhotoMetadata } from './metadata-read';
export { checkAltText, checkPhotoText, layoutWords } from './photo-text';
export { DEFAULT_IMAGE_SETTINGS, imageSettings } from './settings';
export { fromTesseract, RECOGNIZE_OPTIONS, RECOGNIZE_OUTPUT, TESSERACT_PARAMETERS, type TesseractPage } from './tesseract-result';
export type * from './types';
