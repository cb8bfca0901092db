// Faces in a photo -> one consent reminder (a warning unless the ruleset's images.faces says otherwise).
// Only where faces are is known: nobody is recognised, and nothing about a face is kept.

import type { ImageSettings } from '../schema';
import type { Box, ImageFinding } from './types';

/** HIPAA Safe Harbor lists full-face photographs among the identifiers (45 CFR 164.514(b)(2)(i)(Q)). */
const LINK = 'https://www.hhs.gov/hipaa/for-professionals/privacy/special-topics/de-identification/index.html';

export function faceFindings(faces: readonly Box[], settings: Pick<ImageSettings, 'faces'>): ImageFinding[] {
  if (faces.length === 0 || settings.faces === 'off') return [];
  const visible = faces.length === 1 ? 'A face is visible' : `${faces.length} faces are visible`;
  return [
    {
      ruleId: 'image/face',
      category: 'privacy',
      severity: settings.faces,
      start: 0,
      end: 0,
      message: `${visible} in the photo: do you have consent from everyone shown (patients, visitors, staff) to post it? If not, crop or blur ${faces.length === 1 ? 'the face' : 'the faces'}.`,
      link: LINK,
      source: 'face',
      boxes: [...faces],
    },
  ];
}
