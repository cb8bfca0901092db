import type { CompiledChecker } from '../../../rules/compile';
import type { Finding, Platform } from '../../../rules/types';

/** A site's alt-text box (X "Description", Facebook "Alternative text", LinkedIn "Alt text"). */
export type AltTextField = HTMLTextAreaElement | HTMLInputElement;

/** What the content script gives the photo module. */
export type PhotoEnv = { platform: Platform; checker(): CompiledChecker | null };

/** Rule id in the audit log when a photo could not be checked and posting was not held by it. */
export const PHOTO_CHECK_FAILED = 'image/check-failed';

/** The photo module's face to the content script and the gate. */
export type PhotoChecks = {
  add(editor: HTMLElement, files: File[]): void;
  /** A photo's alt-text / description box the writer typed in: checked now and again at every judgement. */
  describe(editor: HTMLElement, field: AltTextField): void;
  pending(editor: HTMLElement): Promise<void> | null;
  findings(editor: HTMLElement): Finding[];
  forget(editor: HTMLElement): void;
};

declare global {
  /** Set by /photo-checks.js when the content script loads it (same isolated world, never the page's). */
  var clearpostPhotoChecks: ((env: PhotoEnv) => PhotoChecks) | undefined;
}
