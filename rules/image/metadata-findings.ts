// Photo metadata -> warnings, as the ruleset's images block says (on/off and severity per rule).

import type { ImageSettings } from '../schema';
import type { Severity } from '../types';
import type { ImageFinding, PhotoMetadata } from './types';

const LINK = 'https://www.ico.org.uk/for-organisations/uk-gdpr-guidance-and-resources/personal-information-what-is-it/';

function metadataFinding(ruleId: string, severity: Severity, message: string): ImageFinding {
  return { ruleId, category: 'privacy', severity, start: 0, end: 0, message, link: LINK, source: 'metadata', boxes: [] };
}

export function metadataFindings(metadata: PhotoMetadata, settings: ImageSettings): ImageFinding[] {
  const findings: ImageFinding[] = [];
  if (metadata.location && settings.location !== 'off') {
    const { latitude, longitude } = metadata.location;
    findings.push(
      metadataFinding(
        'image/location',
        settings.location,
        `The photo's metadata records where it was taken (${latitude.toFixed(4)}, ${longitude.toFixed(4)}): remove the location before posting (export a copy without location, or turn off location in the camera).`,
      ),
    );
  }
  if (metadata.owner && settings.owner !== 'off') {
    findings.push(metadataFinding('image/owner', settings.owner, `The photo's metadata names its owner or author ("${metadata.owner}"): remove the metadata before posting.`));
  }
  if (metadata.takenAt && settings.timestamp !== 'off') {
    findings.push(
      metadataFinding('image/timestamp', settings.timestamp, `The photo's metadata records when it was taken (${metadata.takenAt}): with a location or a ward it can place a patient.`),
    );
  }
  return findings;
}
