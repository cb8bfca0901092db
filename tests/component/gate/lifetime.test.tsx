// The content script's lifetime: a page-dispatched WXT "newer script started" event is only a hint;
// Clearpost's listeners go only when the extension runtime is really gone.
import { afterEach, expect, it, vi } from 'vitest';
import { createLifetime, extensionAlive } from '../../../entrypoints/content/lifetime';

const FORGED = 'ext-id:content:wxt:content-script-started';

afterEach(() => vi.useRealTimers());

it('keeps its listeners when the page forges the started event', async () => {
  const lifetime = createLifetime({ alive: () => true, hintEvents: [FORGED] });
  const seen = vi.fn();
  lifetime.addEventListener(window, 'click', seen);
  document.dispatchEvent(new CustomEvent(FORGED, { detail: { contentScriptName: 'content', messageId: 'x' } }));
  await Promise.resolve();
  document.body.click();
  expect(lifetime.isValid).toBe(true);
  expect(seen).toHaveBeenCalledTimes(1);
});

it('ends, removing listeners and timers, once the runtime is gone (checked at once on the hint)', async () => {
  let alive = true;
  const lifetime = createLifetime({ alive: () => alive, hintEvents: [FORGED], pollMs: 60_000 });
  const seen = vi.fn();
  const ended = vi.fn();
  const tick = vi.fn();
  lifetime.addEventListener(window, 'click', seen);
  lifetime.onInvalidated(ended);
  lifetime.setTimeout(tick, 0);
  alive = false;
  document.dispatchEvent(new CustomEvent(FORGED));
  await Promise.resolve();
  expect(ended).toHaveBeenCalledTimes(1);
  document.body.click();
  expect(seen).not.toHaveBeenCalled();
  await new Promise((r) => setTimeout(r, 5));
  expect(tick).not.toHaveBeenCalled();
});

it('notices a runtime that went away without any event, by polling', () => {
  vi.useFakeTimers();
  let alive = true;
  const lifetime = createLifetime({ alive: () => alive, pollMs: 1000 });
  const ended = vi.fn();
  lifetime.onInvalidated(ended);
  alive = false;
  vi.advanceTimersByTime(1000);
  expect(ended).toHaveBeenCalledTimes(1);
});

it('reads the runtime id defensively', () => {
  expect(extensionAlive(() => ({ id: 'abc' }))).toBe(true);
  expect(extensionAlive(() => ({}))).toBe(false);
  expect(extensionAlive(() => undefined)).toBe(false);
  const throwing = Object.defineProperty({}, 'id', {
    get() {
      throw new Error('Extension context invalidated.');
    },
  });
  expect(extensionAlive(() => throwing)).toBe(false);
});
