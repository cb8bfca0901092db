// Photos attached to a composer (issue 11). This part ships in every tab, so it only notices image
// files (file input, paste, drop) and typing in a photo's alt-text box, and loads the photo module
// (entrypoints/photo-checks.ts) from the extension on the first one; reading, OCR, the alt-text check
// and the photo panel live there, outside this bundle.

import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { sendAuditEvent } from '../gate/audit-client';
import type { PlatformAdapter } from '../platforms/types';
import { sessionForEditor } from '../session';
import { photoModule } from './photo-gate';
import { PHOTO_CHECK_FAILED, type AltTextField, type PhotoChecks, type PhotoEnv } from './types';

function loadPhotoChecks(env: PhotoEnv): Promise<PhotoChecks> {
  return (photoModule.loading ??= import(/* @vite-ignore */ browser.runtime.getURL('/photo-checks.js')).then(
    () => (photoModule.loaded = globalThis.clearpostPhotoChecks!(env)),
  ));
}

/** X "Description", Facebook "Alternative text", LinkedIn "Alt text"/"Add alt text", as labelled or placeholdered. */
const ALT_TEXT_LABEL = /\b(alt(ernative)?[ -]?text|description)\b/i;

function altTextField(target: EventTarget | undefined): AltTextField | null {
  if (!(target instanceof HTMLTextAreaElement || (target instanceof HTMLInputElement && target.type === 'text'))) return null;
  const label = target.getAttribute('aria-label') ?? target.placeholder ?? target.labels?.[0]?.textContent ?? '';
  return ALT_TEXT_LABEL.test(label) ? target : null;
}

export function watchAttachments(ctx: Pick<ContentScriptContext, 'addEventListener'>, adapter: PlatformAdapter, env: PhotoEnv): void {
  const unchecked = (editor: HTMLElement) => () => {
    // No photo module, no photo check: the badge says Clearpost is not checking, and it is audited.
    sessionForEditor(editor)?.setState('error');
    void sendAuditEvent(env.platform, 'posted-unchecked', [PHOTO_CHECK_FAILED], { detail: 'photo' });
  };
  const take = (event: Event) => {
    const target = event.composedPath()[0];
    const files = (event as ClipboardEvent).clipboardData?.files ?? (event as DragEvent).dataTransfer?.files ?? (target as HTMLInputElement).files;
    const images = [...(files ?? [])].filter((file) => file.type.startsWith('image/'));
    // The composer a photo belongs to is the one its file input or drop target sits with, as for a Post button.
    const editor = images.length > 0 && target instanceof Element ? adapter.composerForSubmit(target) : null;
    if (!editor) return;
    loadPhotoChecks(env).then((photos) => photos.add(editor, images), unchecked(editor));
  };
  const describe = (event: Event) => {
    const field = altTextField(event.composedPath()[0]);
    const editor = field && adapter.composerForSubmit(field);
    if (editor) loadPhotoChecks(env).then((photos) => photos.describe(editor, field), unchecked(editor));
  };
  for (const type of ['change', 'paste', 'drop'] as const) ctx.addEventListener(window, type, take, { capture: true });
  ctx.addEventListener(window, 'input', describe, { capture: true });
}
