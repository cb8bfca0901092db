// Loaded by the content script (entrypoints/content/ui/module.ts) when the first composer appears,
// so React, DOMPurify and the findings and gate components stay out of the script every tab loads.
// Runs in the content script's isolated world and hands its API over on that world's global.
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { showPrepublishDialog } from './content/gate/dialog-host';
import { ComposerUi } from './content/ui/composer-ui';

export default defineUnlistedScript(() => {
  globalThis.clearpostComposerUi = { createComposerUi: (view) => new ComposerUi(view), showPrepublishDialog };
});
