// What a photo file says about itself: EXIF/XMP/IPTC location, owner and capture time. Read with exifr
// from the bytes (Node or browser alike); the pixels are not decoded here.

import exifr from 'exifr';
import type { ImageSettings } from '../schema';
import type { Severity } from '../types';
import type { ImageFinding } from './types';

export type PhotoMetadata = {
  location?: { latitude: number; longitude: number };
  owner?: string;
  takenAt?: Date;
};

const OWNER_TAGS = ['OwnerName', 'CameraOwnerName', 'Artist', 'creator', 'By-line', 'Byline', 'Copyright'] as const;
const TIME_TAGS = ['DateTimeOriginal', 'CreateDate', 'DateCreated', 'ModifyDate'] as const;

function firstText(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() || undefined;
  if (Array.isArray(value)) return value.map(firstText).find(Boolean);
  if (value && typeof value === 'object' && 'value' in value) return firstText((value as { value: unknown }).value);
  return undefined;
}

/** Reads the metadata; a file without any (or one exifr cannot parse) gives {}. */
export async function readPhotoMetadata(bytes: Uint8Array): Promise<PhotoMetadata> {
  let tags: Record<string, unknown> | undefined;
  try {
    tags = await exifr.parse(bytes, { tiff: true, exif: true, gps: true, xmp: true, iptc: true, mergeOutput: true });
  } catch {
    // Not a format exifr knows (e.g. GIF) or a truncated header: there is no metadata to warn about.
    return {};
  }
  if (!tags) return {};
  const metadata: PhotoMetadata = {};
  const { latitude, longitude } = tags as { latitude?: unknown; longitude?: unknown };
  if (typeof latitude === 'number' && typeof longitude === 'number' && Number.isFinite(latitude) && Number.isFinite(longitude)) {
    metadata.location = { latitude, longitude };
  }
  const owner = OWNER_TAGS.map((tag) => firstText(tags[tag])).find(Boolean);
  if (owner) metadata.owner = owner;
  const takenAt = TIME_TAGS.map((tag) => tags[tag]).find((value): value is Date => value instanceof Date && !Number.isNaN(value.getTime()));
  if (takenAt) metadata.takenAt = takenAt;
  return metadata;
}

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
      metadataFinding('image/timestamp', settings.timestamp, `The photo's metadata records when it was taken (${metadata.takenAt.toISOString().slice(0, 16).replace('T', ' ')}): with a location or a ward it can place a patient.`),
    );
  }
  return findings;
}
