import type { Platform } from '../../types';
import type { ArchiveSource } from '../source';

/** One post as the export recorded it. */
export type ArchivePost = {
  platform: Platform;
  text: string;
  /** ISO 8601, when the export dates the post. */
  date?: string;
  /** The platform's id for the post, when the export has one. */
  id?: string;
  /** Where the post can be seen, built from the id (or given by the export). */
  url?: string;
  /** The export file it came from. */
  file: string;
};

export type ArchiveFormat = {
  name: string;
  platform: Platform;
  /** The files of this format in the export (empty when it is not this format). */
  find(files: string[]): string[];
  read(source: ArchiveSource, files: string[]): Promise<ArchivePost[]>;
};

export class FormatError extends Error {}

/** Files whose path ends with the pattern, at the export's root or one folder down (zips often add one). */
export function filesMatching(files: string[], pattern: RegExp): string[] {
  return files.filter((file) => pattern.test(file)).sort();
}
