// The photo module (loaded by hook.ts when a photo is attached): reads each photo in the content
// script's memory, has the photo reader do OCR, metadata and faces inside the extension, then judges the
// result with the page's own compiled ruleset. A check that fails or runs past the ruleset's time limit
// fails open: the photo is shown as not checked and the event is audited (rule ids only).

import { browser } from 'wxt/browser';
import { faceFindings } from '../../../rules/image/face-findings';
import { metadataFindings } from '../../../rules/image/metadata-findings';
import { checkAltText, checkPhotoText } from '../../../rules/image/photo-text';
import { imageSettings } from '../../../rules/image/settings';
import type { ImageSettings } from '../../../rules/schema';
import type { ImageFinding } from '../../../rules/image/types';
import { sendAuditEvent } from '../gate/audit-client';
import { type PhotoReadReply, type PhotoReadRequest } from '../../offscreen/protocol';
import { PhotoPanel } from './panel';
import { PHOTO_CHECK_FAILED, type AltTextField, type PhotoChecks, type PhotoEnv } from './types';

export type PhotoCheck = {
  name: string;
  /** The attached file, kept in memory only while the photo is in the panel (for a clean copy). */
  file: File;
  /** blob: URL of the file for our thumbnail; revoked when the check is forgotten. */
  thumbnail: string;
  state: 'checking' | 'done' | 'failed';
  findings: ImageFinding[];
  /** Why a failed check failed, in words for the writer. */
  problem?: string;
  done: Promise<void>;
};

class TimedOut extends Error {}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new TimedOut()), ms);
    promise.then(resolve, reject).finally(() => clearTimeout(timer));
  });
}

/**
 * The photo as base64 (what extension messaging carries), read by a FileReader as a data: URL. In
 * Firefox the File and whatever a FileReader makes are the page's: the promise of file.arrayBuffer()
 * and typed-array methods on the bytes (subarray looks up their constructor) are refused across the
 * content script's boundary, while a string crosses it as it is.
 */
function readBase64(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const dataUrl = String(reader.result);
      resolve(dataUrl.slice(dataUrl.indexOf(',') + 1));
    };
    reader.onerror = () => reject(new Error(`cannot read the file (${reader.error?.name ?? 'unknown error'})`));
    reader.readAsDataURL(file);
  });
}

async function readPhoto(file: File, { text: readText, faces }: ImageSettings): Promise<PhotoReadReply> {
  const started = (await browser.runtime.sendMessage({ type: 'photo-reader-start' })) as { ok: boolean; error?: string } | undefined;
  if (!started?.ok) throw new Error(started?.error ?? 'the photo reader did not start');
  const request: PhotoReadRequest = { type: 'photo-read', image: await readBase64(file), mimeType: file.type, readText, findFaces: faces !== 'off' };
  const reply = (await browser.runtime.sendMessage(request)) as PhotoReadReply | undefined;
  if (!reply) throw new Error('the photo reader did not answer');
  return reply;
}

export function createPhotoChecks(env: PhotoEnv): PhotoChecks {
  const checks = new Map<HTMLElement, PhotoCheck[]>();
  const altTextFields = new Map<HTMLElement, Set<AltTextField>>();
  const panels = new Map<HTMLElement, PhotoPanel>();

  /** The alt texts as they are now (a box the site removed no longer counts), checked with the page's ruleset. */
  function altTextFindings(editor: HTMLElement): ImageFinding[] {
    const checker = env.checker();
    if (!checker) return [];
    return [...(altTextFields.get(editor) ?? [])].filter((field) => field.isConnected).flatMap((field) => checkAltText(field.value, checker, { platform: env.platform }));
  }

  function panelFor(editor: HTMLElement): PhotoPanel {
    let panel = panels.get(editor);
    if (!panel) {
      panel = new PhotoPanel(editor, (check) => dismiss(editor, check));
      panels.set(editor, panel);
    }
    return panel;
  }

  const render = (editor: HTMLElement, waiting = false) => panelFor(editor).render(checks.get(editor) ?? [], altTextFindings(editor), waiting);

  function dismiss(editor: HTMLElement, check: PhotoCheck): void {
    URL.revokeObjectURL(check.thumbnail);
    checks.set(editor, (checks.get(editor) ?? []).filter((other) => other !== check));
    render(editor);
  }

  async function run(editor: HTMLElement, check: PhotoCheck, file: File): Promise<void> {
    const checker = env.checker();
    try {
      if (!checker) throw new Error('no ruleset is active');
      const settings = imageSettings(checker.ruleset);
      const reply = await withTimeout(readPhoto(file, settings), settings.timeoutSeconds * 1000);
      if (!reply.ok) throw new Error(reply.error);
      check.findings = [
        ...checkPhotoText(reply.words, checker, { platform: env.platform }).findings,
        ...metadataFindings(reply.metadata, settings),
        ...faceFindings(reply.faces, settings),
      ];
      check.state = 'done';
    } catch (error) {
      check.state = 'failed';
      check.problem = error instanceof TimedOut ? 'the check ran out of time' : error instanceof Error ? error.message : String(error);
      void sendAuditEvent(env.platform, 'posted-unchecked', [PHOTO_CHECK_FAILED], { detail: 'photo' });
    }
    render(editor);
  }

  return {
    add(editor, files) {
      const list = checks.get(editor) ?? [];
      for (const file of files) {
        const check: PhotoCheck = { name: file.name || 'pasted photo', file, thumbnail: URL.createObjectURL(file), state: 'checking', findings: [], done: Promise.resolve() };
        check.done = run(editor, check, file);
        list.push(check);
      }
      checks.set(editor, list);
      render(editor);
    },
    describe(editor, field) {
      const fields = altTextFields.get(editor) ?? new Set();
      altTextFields.set(editor, fields.add(field));
      panelFor(editor).renderAltText(checks.get(editor) ?? [], altTextFindings(editor));
    },
    pending(editor) {
      const running = (checks.get(editor) ?? []).filter((check) => check.state === 'checking');
      if (running.length === 0) return null;
      render(editor, true);
      return Promise.all(running.map((check) => check.done)).then(() => undefined);
    },
    findings: (editor) => [...(checks.get(editor) ?? []).flatMap((check) => check.findings), ...altTextFindings(editor)],
    forget(editor) {
      for (const check of checks.get(editor) ?? []) URL.revokeObjectURL(check.thumbnail);
      checks.delete(editor);
      altTextFields.delete(editor);
      panels.get(editor)?.destroy();
      panels.delete(editor);
    },
  };
}
