// Photos attached to a composer (issue 11). This part ships in every tab, so it only notices image
// files (file input, paste, drop) and loads the photo module (entrypoints/photo-checks.ts) from the
// extension on the first one; reading, OCR and the photo panel live there, outside this bundle.

import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Finding } from '../../../rules/types';
import { sendAuditEvent } from '../gate/audit-client';
import type { PlatformAdapter } from '../platforms/types';
import { sessionForEditor } from '../session';
import { PHOTO_CHECK_FAILED, type PhotoChecks, type PhotoEnv } from './types';

let loading: Promise<PhotoChecks> | undefined;
let loaded: PhotoChecks | undefined;

/** What the gate asks about a composer's photos. Nothing attached: nothing pending, no findings. */
export const photoGate = {
  /** Resolves when every photo check of this composer has ended (done, failed or timed out). */
  pending(editor: HTMLElement): Promise<void> | null {
    if (loaded) return loaded.pending(editor);
    return loading ? loading.then((photos) => photos.pending(editor) ?? undefined, () => undefined) : null;
  },
  findings: (editor: HTMLElement): Finding[] => loaded?.findings(editor) ?? [],
  /** The post went (passed or overridden): its photos went with it. */
  forget: (editor: HTMLElement): void => loaded?.forget(editor),
};

function load(env: PhotoEnv): Promise<PhotoChecks> {
  loading ??= import(/* @vite-ignore */ browser.runtime.getURL('/photo-checks.js')).then(() => {
    loaded = globalThis.clearpostPhotoChecks!(env);
    return loaded;
  });
  return loading;
}

export function watchAttachments(ctx: Pick<ContentScriptContext, 'addEventListener'>, adapter: PlatformAdapter, env: PhotoEnv): void {
  const take = (event: Event, files: FileList | null | undefined) => {
    const images = [...(files ?? [])].filter((file) => file.type.startsWith('image/'));
    const target = event.composedPath()[0];
    // The composer a photo belongs to is the one its file input or drop target sits with, as for a Post button.
    const editor = images.length > 0 && target instanceof Element ? adapter.composerForSubmit(target) : null;
    if (!editor) return;
    load(env).then(
      (photos) => photos.add(editor, images),
      () => {
        // No photo module, no photo check: the badge says Clearpost is not checking, and it is audited.
        sessionForEditor(editor)?.setState('error');
        void sendAuditEvent(env.platform, 'checked', [PHOTO_CHECK_FAILED]);
      },
    );
  };
  const options = { capture: true };
  ctx.addEventListener(window, 'change', (event) => take(event, (event.composedPath()[0] as HTMLInputElement).files), options);
  ctx.addEventListener(window, 'paste', (event) => take(event, event.clipboardData?.files), options);
  ctx.addEventListener(window, 'drop', (event) => take(event, event.dataTransfer?.files), options);
}
