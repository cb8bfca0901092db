// The photo module as the content script drives it: a photo is read by the (mocked) offscreen reader,
// judged with the page's ruleset, shown in the panel, and a reader that never answers fails open,
// visibly and audited. The gate's side (hold while checking, then judge) runs in tests/e2e/photo-gate.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { createPhotoChecks } from '../../../entrypoints/content/attachments/photo-checks';
import { sendAuditEvent } from '../../../entrypoints/content/gate/audit-client';
import type { PhotoReadReply } from '../../../entrypoints/offscreen/protocol';
import { createDefaultChecker, loadRuleset, type CompiledChecker } from '../../../rules/index';
import type { OcrWord } from '../../../rules/image/types';

vi.mock('wxt/browser', () => ({ browser: { runtime: { sendMessage: vi.fn() } } }));
vi.mock('../../../entrypoints/content/gate/audit-client', () => ({ sendAuditEvent: vi.fn(async () => true) }));

const sendMessage = vi.mocked(browser.runtime.sendMessage as (message: unknown) => Promise<unknown>);

function line(text: string, lineIndex: number): OcrWord[] {
  return text.split(' ').map((word, index) => ({ text: word, line: lineIndex, confidence: 90, box: { x: 10 + index * 100, y: 40 * lineIndex, width: 90, height: 30 } }));
}

/** The reader answers with these words and metadata; `photo-reader-start` always succeeds. */
function readerAnswers(reply: PhotoReadReply | Promise<never>) {
  sendMessage.mockImplementation(async (message) => ((message as { type: string }).type === 'photo-reader-start' ? { ok: true } : reply));
}

let editor: HTMLElement;
const photo = () => new File([new Uint8Array([137, 80, 78, 71])], 'ward.png', { type: 'image/png' });
const panel = () => document.querySelector('[data-clearpost-photo-panel]')?.shadowRoot?.querySelector<HTMLElement>('[data-clearpost-photos]') ?? null;

function checks(checker: CompiledChecker | null = createDefaultChecker()) {
  return createPhotoChecks({ platform: 'x', checker: () => checker });
}

beforeEach(() => {
  editor = document.createElement('div');
  document.body.append(editor);
  URL.createObjectURL = vi.fn(() => 'blob:thumbnail');
  URL.revokeObjectURL = vi.fn();
  vi.mocked(sendAuditEvent).mockClear();
  sendMessage.mockReset();
});

afterEach(() => {
  vi.useRealTimers();
  document.body.replaceChildren();
  document.querySelectorAll('[data-clearpost-photo-panel]').forEach((host) => host.remove());
});

describe('createPhotoChecks', () => {
  it('shows "Checking photo…", then the findings of the text the photo shows, boxed', async () => {
    readerAnswers({ ok: true, words: [...line('Ward 7 handover', 0), ...line('Bed 4 John Smith 12/03/1958', 1)], metadata: {}, faces: [] });
    const photos = checks();
    photos.add(editor, [photo()]);
    expect(panel()!.getAttribute('data-clearpost-photo-state')).toBe('checking');
    expect(panel()!.querySelector('[role="status"]')!.textContent).toBe('Checking photo…');
    await photos.pending(editor);
    expect(photos.pending(editor)).toBeNull();
    const name = photos.findings(editor).find((finding) => finding.ruleId === 'privacy/patient-name');
    expect(name).toMatchObject({ severity: 'error', boxes: [{ x: 210, y: 40, width: 90, height: 30 }, { x: 310, y: 40, width: 90, height: 30 }] });
    expect(panel()!.getAttribute('data-clearpost-photo-state')).toBe('issues');
    expect(panel()!.querySelector('li[data-clearpost-rule="privacy/patient-name"]')!.textContent).toContain('The photo shows "John Smith"');
    // The photo itself went to the reader as base64, never anywhere else.
    expect(sendMessage.mock.calls.map(([message]) => (message as { type: string }).type)).toEqual(['photo-reader-start', 'photo-read']);
  });

  it('fails open when the reader never answers within the ruleset\'s time limit: not checked, audited', async () => {
    vi.useFakeTimers();
    const loaded = loadRuleset('name: Quick\nimages: { timeoutSeconds: 2 }\n');
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.errors));
    readerAnswers(new Promise<never>(() => undefined));
    const photos = checks(loaded.checker);
    photos.add(editor, [photo()]);
    const pending = photos.pending(editor)!;
    await vi.advanceTimersByTimeAsync(2001);
    await pending;
    expect(photos.findings(editor)).toEqual([]);
    expect(panel()!.getAttribute('data-clearpost-photo-state')).toBe('failed');
    expect(panel()!.textContent).toContain('Not checked (the check ran out of time)');
    expect(sendAuditEvent).toHaveBeenCalledWith('x', 'posted-unchecked', ['image/check-failed'], { detail: 'photo' });
  });

  it('fails open without a ruleset, and when the reader reports an error', async () => {
    readerAnswers({ ok: false, error: 'Error attempting to read image' });
    const photos = checks(null);
    photos.add(editor, [photo()]);
    await photos.pending(editor);
    expect(panel()!.textContent).toContain('no ruleset is active');
    const withRuleset = checks();
    const other = document.createElement('div');
    withRuleset.add(other, [photo()]);
    await withRuleset.pending(other);
    expect(withRuleset.findings(other)).toEqual([]);
    expect(vi.mocked(sendAuditEvent).mock.calls).toEqual([
      ['x', 'posted-unchecked', ['image/check-failed'], { detail: 'photo' }],
      ['x', 'posted-unchecked', ['image/check-failed'], { detail: 'photo' }],
    ]);
  });

  it('does not ask for the text when the ruleset turns photo text off, and warns about the location', async () => {
    const loaded = loadRuleset('name: Metadata only\nimages: { text: false }\n');
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.errors));
    readerAnswers({ ok: true, words: [], metadata: { location: { latitude: 53.48, longitude: -2.24 } }, faces: [] });
    const photos = checks(loaded.checker);
    photos.add(editor, [photo()]);
    await photos.pending(editor);
    expect(sendMessage).toHaveBeenCalledWith(expect.objectContaining({ type: 'photo-read', readText: false }));
    expect(photos.findings(editor).map((finding) => [finding.ruleId, finding.severity])).toEqual([['image/location', 'warning']]);
  });

  it('reminds about consent when the reader found a face (a warning by default), boxed on the thumbnail', async () => {
    readerAnswers({ ok: true, words: [], metadata: {}, faces: [{ x: 300, y: 200, width: 180, height: 220 }] });
    const photos = checks();
    photos.add(editor, [photo()]);
    await photos.pending(editor);
    expect(sendMessage).toHaveBeenCalledWith(expect.objectContaining({ type: 'photo-read', findFaces: true }));
    const [face] = photos.findings(editor);
    expect(face).toMatchObject({ ruleId: 'image/face', severity: 'warning', boxes: [{ x: 300, y: 200, width: 180, height: 220 }] });
    expect(panel()!.querySelector('li[data-clearpost-rule="image/face"]')!.textContent).toContain('A face is visible in the photo: do you have consent');
  });

  it('makes the face reminder an error, or does not look for faces, as the ruleset says', async () => {
    const strict = loadRuleset('name: Strict\nimages: { faces: error }\n');
    const off = loadRuleset('name: No faces\nimages: { faces: "off" }\n');
    if (!strict.ok || !off.ok) throw new Error('ruleset did not load');
    readerAnswers({ ok: true, words: [], metadata: {}, faces: [{ x: 1, y: 2, width: 30, height: 40 }] });
    const strictPhotos = checks(strict.checker);
    strictPhotos.add(editor, [photo()]);
    await strictPhotos.pending(editor);
    expect(strictPhotos.findings(editor).map((finding) => [finding.ruleId, finding.severity])).toEqual([['image/face', 'error']]);
    const other = document.createElement('div');
    const offPhotos = checks(off.checker);
    offPhotos.add(other, [photo()]);
    await offPhotos.pending(other);
    expect(sendMessage).toHaveBeenLastCalledWith(expect.objectContaining({ type: 'photo-read', findFaces: false }));
    expect(offPhotos.findings(other)).toEqual([]);
  });

  it('checks the alt text the writer types like the post, again at each judgement, and forgets a removed box', () => {
    const photos = checks();
    const field = document.createElement('textarea');
    field.setAttribute('aria-label', 'Alt text');
    document.body.append(field);
    field.value = 'Our ward team at the summer fair';
    photos.describe(editor, field);
    expect(photos.findings(editor)).toEqual([]);
    expect(panel()!.hidden).toBe(true);
    // The writer goes on typing: the gate's judgement reads the box as it is now.
    field.value = 'John Smith in bed 4 after his hip surgery';
    const name = photos.findings(editor).find((finding) => finding.ruleId === 'privacy/patient-name');
    expect(name).toMatchObject({ severity: 'error', source: 'alt-text', start: 0, end: 10, boxes: [] });
    expect(name!.message).toContain('The photo\'s description says "John Smith"');
    photos.describe(editor, field);
    expect(panel()!.hidden).toBe(false);
    expect(panel()!.getAttribute('data-clearpost-photo-state')).toBe('issues');
    expect(panel()!.querySelector('li[data-clearpost-rule="privacy/patient-name"]')!.textContent).toContain('description says "John Smith"');
    field.remove();
    expect(photos.findings(editor)).toEqual([]);
    // Nothing went to the reader: alt text is checked in the page's own checker.
    expect(sendMessage).not.toHaveBeenCalled();
  });

  it('forgets a composer\'s photos once its post went, and one photo the writer removed', async () => {
    readerAnswers({ ok: true, words: line('Bed 4 John Smith 12/03/1958', 0), metadata: {}, faces: [] });
    const photos = checks();
    photos.add(editor, [photo(), photo()]);
    await photos.pending(editor);
    const removeButtons = panel()!.querySelectorAll('button');
    expect(removeButtons).toHaveLength(2);
    removeButtons[0]!.click();
    expect(panel()!.querySelectorAll('li.photo')).toHaveLength(1);
    photos.forget(editor);
    expect(photos.findings(editor)).toEqual([]);
    expect(panel()).toBeNull();
  });
});
