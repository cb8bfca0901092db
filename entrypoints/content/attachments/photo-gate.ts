// The photo module's state as the gate sees it (issue 11): nothing is loaded until a photo is attached.
// Kept apart from the watcher (hook.ts) so the gate depends on neither sessions nor extension APIs.

import type { Finding } from '../../../rules/types';
import type { PhotoChecks } from './types';

/** Set by the watcher (hook.ts): the photo module while it loads, then once loaded. */
export const photoModule: { loading?: Promise<PhotoChecks>; loaded?: PhotoChecks } = {};

/** What the gate asks about a composer's photos. Nothing attached: nothing pending, no findings. */
export const photoGate = {
  /** Resolves when every photo check of this composer has ended (done, failed or timed out). */
  pending(editor: HTMLElement): Promise<void> | null {
    const { loading, loaded } = photoModule;
    if (loaded) return loaded.pending(editor);
    return loading ? loading.then((photos) => photos.pending(editor) ?? undefined, () => undefined) : null;
  },
  findings: (editor: HTMLElement): Finding[] => photoModule.loaded?.findings(editor) ?? [],
  /** The post went (passed or overridden): its photos went with it. */
  forget: (editor: HTMLElement): void => photoModule.loaded?.forget(editor),
};
