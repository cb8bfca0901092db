// The gate's decisions against a minimal page: a composer, a Post button whose own handler records
// posts, and a form. The e2e suite covers the real sites' replicas; this covers what they cannot
// provoke: a composer that cannot be read, a policy that throws, an audit that cannot be stored,
// a second click landing right after an override, and form submits.
import { fireEvent, within } from '@testing-library/react';
import { createRequire } from 'node:module';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { installGate, RESUBMIT_SETTLE_MS, type GateOptions } from '../../../entrypoints/content/gate';
import { sendAuditEvent } from '../../../entrypoints/content/gate/audit-client';
import { showPrepublishDialog } from '../../../entrypoints/content/gate/dialog-host';
import { GATE_HOST_ATTRIBUTE } from '../../../entrypoints/content/gate/host-attribute';
import type { GatePolicy } from '../../../entrypoints/content/gate/policy';
import type { PlatformAdapter } from '../../../entrypoints/content/platforms/types';
import type { ComposerSession } from '../../../entrypoints/content/session-types';
import type { Finding } from '../../../rules/types';

vi.mock('../../../entrypoints/content/gate/audit-client', () => ({ sendAuditEvent: vi.fn(async () => true) }));

// The gate only acts on trusted (user) events, and dispatchEvent always makes them untrusted. jsdom
// dispatches internally the way a browser does for real input; these tests use that path.
const idl = createRequire(import.meta.url)('jsdom/lib/generated/idl/utils.js') as {
  implForWrapper(wrapper: object): { isTrusted: boolean; _dispatch(event: object): boolean };
};
function userDispatch(target: EventTarget, event: Event): Event {
  const impl = idl.implForWrapper(event);
  impl.isTrusted = true;
  idl.implForWrapper(target)._dispatch(impl);
  return event;
}
const userClick = (el: Element) => userDispatch(el, new MouseEvent('click', { bubbles: true, cancelable: true, composed: true }));

const nhs: Finding = {
  ruleId: 'privacy/nhs-number',
  category: 'privacy',
  severity: 'error',
  start: 15,
  end: 27,
  message: 'An NHS number identifies a patient.',
};

let editor: HTMLElement;
let postButton: HTMLButtonElement;
let form: HTMLFormElement;
let posts: number;
let findings: Finding[];
let session: ComposerSession;
let setState: ReturnType<typeof vi.fn<ComposerSession['setState']>>;
let focusFinding: ReturnType<typeof vi.fn<ComposerSession['focusFinding']>>;
let policy: GatePolicy;
let cleanups: (() => void)[];

const adapter: PlatformAdapter = {
  id: 'x',
  matches: () => true,
  findComposers: () => [{ editor, kind: 'textarea', surface: 'post' }],
  isSubmitControl: (el) => el.closest('#post') !== null,
  composerForSubmit: () => editor,
  isSubmitKey: (e) => e.key === 'Enter' && e.ctrlKey,
};

function install(over: Partial<GateOptions> = {}) {
  installGate({
    adapter,
    sessionForEditor: (el) => (el === editor ? session : undefined),
    ctx: {
      addEventListener: ((target: EventTarget, type: string, handler: EventListener, options?: AddEventListenerOptions) => {
        target.addEventListener(type, handler, options);
        cleanups.push(() => target.removeEventListener(type, handler, options));
      }) as GateOptions['ctx']['addEventListener'],
      onInvalidated: (cb: () => void) => {
        cleanups.push(cb);
        return () => undefined;
      },
    },
    getPolicy: () => policy,
    // The UI module loaded; jsdom's events are all untrusted, and these tests stand in for the user.
    openDialog: (content) => showPrepublishDialog(content, () => true),
    ...over,
  });
}

const dialogHost = () => document.querySelector(`[${GATE_HOST_ATTRIBUTE}]`);
const dialog = () => within(dialogHost()!.shadowRoot as unknown as HTMLElement);

beforeEach(() => {
  document.body.innerHTML = `
    <form id="box"><textarea id="editor"></textarea><button id="post" type="button">Post</button></form>`;
  editor = document.getElementById('editor')!;
  postButton = document.getElementById('post') as HTMLButtonElement;
  form = document.getElementById('box') as HTMLFormElement;
  posts = 0;
  postButton.addEventListener('click', () => posts++); // the site's own handler
  findings = [nhs];
  policy = { blockOn: 'error', override: 'confirm' };
  setState = vi.fn();
  focusFinding = vi.fn();
  session = { platform: 'x', editor, findings: () => findings, recheckNow: vi.fn(() => findings), checking: () => null, focusFinding, setState, uncheckedReason: () => null };
  cleanups = [];
  vi.mocked(sendAuditEvent).mockClear().mockResolvedValue(true);
});

afterEach(() => {
  cleanups.forEach((cleanup) => cleanup());
  document.body.replaceChildren();
  vi.useRealTimers();
});

describe('installGate: fail open, visibly', () => {
  it('lets the post through and marks the composer when reading it throws', () => {
    session.recheckNow = vi.fn(() => {
      throw new Error('editor DOM changed');
    });
    install();
    userClick(postButton);
    expect(posts).toBe(1);
    expect(setState).toHaveBeenCalledWith('error');
    expect(dialogHost()).toBeNull();
  });

  it('lets the post through when the policy cannot be read', () => {
    install({
      getPolicy: () => {
        throw new Error('no ruleset');
      },
    });
    userClick(postButton);
    expect(posts).toBe(1);
    expect(setState).toHaveBeenCalledWith('error');
  });

  it('lets the post through from a composer it is not attached to', () => {
    install({ sessionForEditor: () => undefined });
    userClick(postButton);
    expect(posts).toBe(1);
  });

  it("holds a page script's click like the user's, and lets it through once the draft is clean", async () => {
    install();
    postButton.click();
    expect(posts).toBe(0);
    expect(dialogHost()).not.toBeNull();
    fireEvent.click(dialog().getByRole('button', { name: 'Go back and fix' }));
    await vi.waitFor(() => expect(focusFinding).toHaveBeenCalled());
    findings = [];
    postButton.click();
    expect(posts).toBe(1);
  });

  it('holds a synthetic keyboard submit in the editor', () => {
    install();
    const key = new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true, bubbles: true, cancelable: true });
    editor.dispatchEvent(key);
    expect(key.defaultPrevented).toBe(true);
    expect(dialogHost()).not.toBeNull();
  });
});

describe('installGate: before the first check and without one', () => {
  it('holds a submit that comes before the ruleset, shows "checking", then judges it', async () => {
    let ready: () => void = () => undefined;
    const arrival = new Promise<void>((resolve) => (ready = resolve));
    let attached = false;
    install({ sessionForEditor: (el) => (attached && el === editor ? session : undefined), notReady: () => (attached ? null : arrival) });
    const click = userClick(postButton);
    expect(click.defaultPrevented).toBe(true);
    expect(posts).toBe(0);
    expect(document.querySelector('clearpost-notice')?.shadowRoot?.querySelector('[data-clearpost-state="checking"]')).not.toBeNull();
    attached = true;
    ready();
    await vi.waitFor(() => expect(dialogHost()).not.toBeNull());
    expect(posts).toBe(0);
    expect(document.querySelector('clearpost-notice')).toBeNull();
  });

  /** Something the gate waits for: `pending()` until `arrive()`, then null. */
  function awaited() {
    let arrive: () => void = () => undefined;
    const arrival = new Promise<void>((resolve) => (arrive = resolve));
    let arrived = false;
    return {
      pending: () => (arrived ? null : arrival),
      arrive: () => {
        arrived = true;
        arrive();
      },
    };
  }

  /** A click on Post is held with the "checking" notice; once `wait` arrives the dialog asks and nothing was posted. */
  async function heldUntilThenAsked(wait: ReturnType<typeof awaited>, meanwhile: () => void = () => undefined) {
    expect(userClick(postButton).defaultPrevented).toBe(true);
    expect(posts).toBe(0);
    expect(document.querySelector('clearpost-notice')?.shadowRoot?.querySelector('[data-clearpost-state="checking"]')).not.toBeNull();
    meanwhile();
    wait.arrive();
    await vi.waitFor(() => expect(dialogHost()).not.toBeNull());
    expect(posts).toBe(0);
  }

  it('holds a composer checked only with the packaged default until the organisation’s ruleset arrives, then judges with it', async () => {
    const ruleset = awaited();
    findings = []; // the packaged default finds nothing the organisation's ruleset would
    install({ notReady: ruleset.pending });
    await heldUntilThenAsked(ruleset, () => (findings = [nhs]));
  });

  it('holds a submit while a long draft is checked off the page, then judges it with that answer', async () => {
    const check = awaited();
    session.checking = check.pending;
    install();
    await heldUntilThenAsked(check);
  });

  it('lets a post go, audited as posted-unchecked, when the off-page check ran out of time', async () => {
    let answer: () => void = () => undefined;
    let pending: Promise<void> | null = new Promise<void>((resolve) => (answer = resolve));
    session.checking = () => pending;
    install();
    userClick(postButton);
    expect(posts).toBe(0);
    // What the session reports once its time budget ran out (session.ts applyRemote).
    findings = [];
    session.uncheckedReason = () => 'check-incomplete';
    pending = null;
    answer();
    await vi.waitFor(() => expect(posts).toBe(1));
    expect(vi.mocked(sendAuditEvent).mock.calls).toEqual([['x', 'posted-unchecked', [], { detail: 'check-incomplete' }]]);
  });

  it('records a post from a composer it could not judge as posted-unchecked, not checked', () => {
    session.uncheckedReason = () => 'paused';
    findings = [];
    install();
    userClick(postButton);
    expect(posts).toBe(1);
    expect(vi.mocked(sendAuditEvent).mock.calls).toEqual([['x', 'posted-unchecked', [], { detail: 'paused' }]]);
  });

  it('ignores key auto-repeat for the audit', () => {
    findings = [];
    install();
    for (const repeat of [false, true, true]) {
      userDispatch(editor, new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true, repeat, bubbles: true, cancelable: true }));
    }
    expect(vi.mocked(sendAuditEvent).mock.calls).toEqual([['x', 'checked', []]]);
  });
});

describe('installGate: while the composer UI module is still loading', () => {
  /** The dialog as the content script opens it: once the UI module has loaded. */
  function loadingDialog() {
    let settle: (ok: boolean) => void = () => undefined;
    const loaded = new Promise<boolean>((resolve) => (settle = resolve));
    const openDialog: GateOptions['openDialog'] = (content) =>
      loaded.then((ok) => {
        if (!ok) throw new Error('composer-ui.js did not load');
        return showPrepublishDialog(content, () => true);
      });
    return { openDialog, arrive: () => settle(true), fail: () => settle(false) };
  }
  const checkingNotice = () => document.querySelector('clearpost-notice')?.shadowRoot?.querySelector('[data-clearpost-state="checking"]');

  it('holds a draft with an error, and every further click, with "checking" until the dialog can ask', async () => {
    const ui = loadingDialog();
    install({ openDialog: ui.openDialog });
    expect(userClick(postButton).defaultPrevented).toBe(true);
    expect(userClick(postButton).defaultPrevented).toBe(true);
    postButton.click(); // a page script's click too
    expect(posts).toBe(0);
    expect(dialogHost()).toBeNull();
    expect(checkingNotice()).not.toBeNull();
    ui.arrive();
    await vi.waitFor(() => expect(dialogHost()).not.toBeNull());
    expect(checkingNotice()).toBeFalsy();
    expect(posts).toBe(0);
    expect(vi.mocked(sendAuditEvent).mock.calls.filter(([, action]) => action === 'blocked')).toHaveLength(1);
  });

  it('lets the post go with the error state when the module cannot be loaded (never a silent block)', async () => {
    const ui = loadingDialog();
    install({ openDialog: ui.openDialog });
    userClick(postButton);
    expect(posts).toBe(0);
    ui.fail();
    await vi.waitFor(() => expect(posts).toBe(1));
    expect(setState).toHaveBeenCalledWith('error');
    expect(checkingNotice()).toBeFalsy();
  });

  it('lets a clean draft through at once: only a blocked post needs the UI', () => {
    const ui = loadingDialog();
    findings = [];
    install({ openDialog: ui.openDialog });
    userClick(postButton);
    expect(posts).toBe(1);
  });
});

describe('installGate: holding back and overriding', () => {
  it('stops a post with an error before the site sees it, once however often it is clicked', () => {
    install();
    const first = userClick(postButton);
    userClick(postButton);
    expect(first.defaultPrevented).toBe(true);
    expect(posts).toBe(0);
    expect(document.querySelectorAll(`[${GATE_HOST_ATTRIBUTE}]`)).toHaveLength(1);
    expect(vi.mocked(sendAuditEvent).mock.calls).toEqual([
      ['x', 'checked', []],
      ['x', 'blocked', ['privacy/nhs-number']],
    ]);
  });

  it('passes a draft whose error was fixed since the last check (re-checks at submit)', () => {
    install();
    findings = [];
    userClick(postButton);
    expect(posts).toBe(1);
    expect(vi.mocked(sendAuditEvent).mock.calls).toEqual([['x', 'checked', []]]);
  });

  it('"Go back and fix" focuses the first problem', async () => {
    findings = [{ ...nhs, severity: 'warning', ruleId: 'brand/name' }, nhs];
    install();
    userClick(postButton);
    fireEvent.click(dialog().getByRole('button', { name: 'Go back and fix' }));
    await vi.waitFor(() => expect(focusFinding).toHaveBeenCalledExactlyOnceWith(1));
    expect(posts).toBe(0);
  });

  it('re-submits an override exactly once, after auditing it, and ignores a click right after', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    install();
    userClick(postButton);
    fireEvent.click(dialog().getByRole('button', { name: 'Post anyway' }));
    await vi.waitFor(() => expect(posts).toBe(1));
    expect(vi.mocked(sendAuditEvent).mock.calls.map((call) => call[1])).toEqual(['checked', 'blocked', 'override']);

    // The second click of a double click on "Post anyway" lands on the site's button.
    userClick(postButton);
    expect(posts).toBe(1);
    expect(dialogHost()).toBeNull();

    // Later, the same draft is held back again.
    vi.setSystemTime(Date.now() + RESUBMIT_SETTLE_MS + 1);
    userClick(postButton);
    expect(posts).toBe(1);
    expect(dialogHost()).not.toBeNull();
  });

  it('still posts when the audit cannot be stored, and shows the error state', async () => {
    vi.mocked(sendAuditEvent).mockResolvedValue(false);
    install();
    userClick(postButton);
    fireEvent.click(dialog().getByRole('button', { name: 'Post anyway' }));
    await vi.waitFor(() => expect(posts).toBe(1));
    expect(setState).toHaveBeenCalledWith('error');
  });

  it('does not re-submit through a control the site disabled meanwhile', async () => {
    install();
    userClick(postButton);
    postButton.disabled = true;
    fireEvent.click(dialog().getByRole('button', { name: 'Post anyway' }));
    await vi.waitFor(() => expect(sendAuditEvent).toHaveBeenCalledTimes(3));
    expect(posts).toBe(0);
  });

  it('stops the keyboard shortcut and re-submits it through the composer’s control', async () => {
    install();
    const key = userDispatch(editor, new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true, bubbles: true, cancelable: true, composed: true }));
    expect(key.defaultPrevented).toBe(true);
    fireEvent.click(dialog().getByRole('button', { name: 'Post anyway' }));
    await vi.waitFor(() => expect(posts).toBe(1));
  });

  it('stops a form submit of a composer with an error', () => {
    install();
    const submit = userDispatch(form, new SubmitEvent('submit', { bubbles: true, cancelable: true, submitter: postButton }));
    expect(submit.defaultPrevented).toBe(true);
    expect(dialogHost()).not.toBeNull();
  });
});
