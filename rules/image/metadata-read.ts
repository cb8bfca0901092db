// What a photo file says about itself: EXIF/XMP/IPTC location, owner and capture time, read with exifr
// from the bytes (Node or an extension page alike; the pixels are not decoded here). Kept apart from
// the findings so the content script, which only judges the result, does not carry exifr.

import exifr from 'exifr';
import type { PhotoMetadata } from './types';

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
  if (takenAt) metadata.takenAt = cameraTime(takenAt);
  return metadata;
}

const twoDigits = (value: number) => String(value).padStart(2, '0');

/** EXIF times carry no zone; exifr reads them as local time, so they are written back the same way. */
function cameraTime(date: Date): string {
  return `${date.getFullYear()}-${twoDigits(date.getMonth() + 1)}-${twoDigits(date.getDate())} ${twoDigits(date.getHours())}:${twoDigits(date.getMinutes())}`;
}
