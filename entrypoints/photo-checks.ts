// Loaded by the content script (entrypoints/content/attachments/hook.ts) only when a photo is
// attached, so the photo code stays out of the script every tab loads. Runs in the content script's
// isolated world and hands its API over on that world's global.
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { createPhotoChecks } from './content/attachments/photo-checks';

export default defineUnlistedScript(() => {
  globalThis.clearpostPhotoChecks = createPhotoChecks;
});
