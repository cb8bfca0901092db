// One session per composer: reads the editor when it has been idle for a moment, checks the text,
// and keeps the badge, boxes and highlights in step. The input path only schedules.
import type { Checker, Finding, Platform } from '../../rules/types';
import { MAX_CHECKED_CHARS, type UncheckedReason } from '../shared/protocol';
import { selectionFor } from './editors/contenteditable';
import type { EditorAdapter, EditorSnapshot } from './editors/types';
import type { Composer } from './platforms/types';
import { MAX_RENDERED_FINDINGS, type BadgeState, type ComposerSession } from './session-types';
import { checkOffThread, INLINE_MAX_CHARS, SLOW_INLINE_MS, type OffThreadResult } from './off-thread-check';
import { loadComposerUi, type ComposerUiHandle, type ComposerView } from './ui/module';
import { clearHighlights, ensureHighlightStyles, highlightApiAvailable, setHighlights } from './ui/highlights';
import { showComposerNotice } from './ui/notice';
import { markFirstCheck } from './startup-mark';
import { prepareGateWhenIdle } from './idle-gate';

export type { BadgeState, ComposerSession } from './session-types';

/** What sessions need from the content script: the current checker and whether this site is paused. */
export type SessionEnv = {
  platform: Platform;
  checker(): Checker | null;
  paused(): boolean;
  /** A fix was applied (for the audit log; rule ids only). */
  onFixApplied(ruleId: string): void;
  /** The composer, whose last check found errors (`ruleIds`), was emptied or left the page. */
  onDraftGone(editor: HTMLElement, how: 'cleared' | 'removed', ruleIds: string[]): void;
};

/** Idle time after the last change before checking (platforms.md: ~150-250 ms). */
export const CHECK_DELAY_MS = 200;

export { MAX_CHECKED_CHARS };

const INCOMPLETE_TEXT = 'Clearpost could not finish checking this post in time: it is not checked, and posting is not blocked.';
const UI_UNAVAILABLE_TEXT = 'Clearpost could not load its display here: reload this tab to check posts.';

const ignoreKey = (f: Finding, text: string) => `${f.ruleId}\u0000${text.slice(f.start, f.end)}`;

export class Session implements ComposerSession {
  readonly platform: Platform;
  readonly editor: HTMLElement;
  private state: BadgeState = 'ok';
  private unchecked: UncheckedReason | null = null;
  private latest: Finding[] = [];
  private snap: EditorSnapshot | undefined;
  private caret: number | null = null;
  /** "Ignore here": rule + flagged words, for this composer only, in memory only. */
  private readonly ignored = new Set<string>();
  private readonly statuses = new Map<string, string>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private frame = 0;
  /** Null until the composer UI module has loaded (see ui/module.ts); checking does not wait for it. */
  private ui: ComposerUiHandle | null = null;
  private detached = false;
  /** Shown when the UI module cannot be loaded. */
  private notice: { remove(): void } | undefined;
  private checkedOnce = false;
  private readonly resizeObserver = new ResizeObserver(() => this.ui?.requestLayout());
  /** Set once a check in the page was slow: this composer's checks then run off the page's thread. */
  private offThread = false;
  /** The off-thread check of `text` on its way, or the last one's result. */
  private remote: { text: string; pending: Promise<void> | null; result?: OffThreadResult } | null = null;
  private incompleteNotice: { remove(): void } | null = null;

  constructor(
    composer: Composer,
    private readonly adapter: EditorAdapter,
    private readonly env: SessionEnv,
  ) {
    this.platform = env.platform;
    this.editor = composer.editor;
    const view: ComposerView = {
      editor: this.editor,
      state: () => this.state,
      findings: () => this.latest,
      snapshot: () => this.snap,
      caretIndex: () => this.caret,
      statusFor: (i) => this.statuses.get(this.findingKey(i)),
      apply: (i, s) => void this.apply(i, s),
      ignore: (i) => this.ignore(i),
      showFinding: (i) => this.showFinding(i),
    };
    void loadComposerUi().then(
      (module) => {
        if (this.detached) return;
        this.ui = module.createComposerUi(view);
        this.ui.render();
      },
      (error: unknown) => this.uiUnavailable(error),
    );
    if (!(this.editor instanceof HTMLTextAreaElement)) ensureHighlightStyles(this.editor);
    this.editor.addEventListener('input', this.schedule);
    this.resizeObserver.observe(this.editor);
    this.recheckNow();
  }

  findings(): Finding[] {
    return this.latest;
  }

  badgeState(): BadgeState {
    return this.state;
  }

  /** Debounced check: called on input and on mutations inside the editor. */
  readonly schedule = (): void => {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      cancelAnimationFrame(this.frame);
      this.frame = requestAnimationFrame(() => this.recheckNow());
    }, CHECK_DELAY_MS);
  };

  /** Checks now and redraws; also when the ruleset or pause state changed, or the session just started. */
  recheckNow(): Finding[] {
    this.check();
    this.render();
    return this.latest;
  }

  private check(): void {
    const checker = this.env.checker();
    this.unchecked = this.env.paused() ? 'paused' : checker ? null : 'no-ruleset';
    if (this.unchecked === 'paused') {
      this.state = 'off';
      this.latest = [];
      return;
    }
    const errorsBefore = this.errorRuleIds();
    try {
      if (!checker) throw new Error('no ruleset');
      const snap = this.adapter.read(this.editor);
      if (errorsBefore.length > 0 && snap.text.trim() === '') this.env.onDraftGone(this.editor, 'cleared', errorsBefore);
      if (snap.text.length > MAX_CHECKED_CHARS) {
        this.unchecked = 'too-long';
        throw new Error('too long to check');
      }
      if (this.offThread || snap.text.length > INLINE_MAX_CHARS) return this.checkElsewhere(snap);
      const started = performance.now();
      const found = checker.check(snap.text, { platform: this.platform });
      if (performance.now() - started > SLOW_INLINE_MS) this.offThread = true;
      prepareGateWhenIdle();
      this.judged(snap, found);
    } catch {
      // Fail open: the gate never blocks on a composer it cannot read or check (and says so in the audit).
      this.unchecked ??= 'unreadable';
      this.state = 'error';
      this.latest = [];
    }
  }

  private judged(snap: EditorSnapshot, found: Finding[]): void {
    if (!this.checkedOnce) markFirstCheck();
    this.checkedOnce = true;
    this.snap = snap;
    this.latest = found.filter((f) => !this.ignored.has(ignoreKey(f, snap.text)));
    this.state = this.latest.length ? 'issues' : 'ok';
    this.incompleteNotice?.remove();
    this.incompleteNotice = null;
  }

  /**
   * Checks `snap` off the page's thread: applies the result if this text was already checked,
   * otherwise asks (once per text) and keeps the last state until the answer comes.
   */
  private checkElsewhere(snap: EditorSnapshot): void {
    const remote = this.remote;
    if (remote?.text === snap.text && remote.result) return this.applyRemote(snap, remote.result);
    if (remote?.text === snap.text && remote.pending) return;
    const text = snap.text;
    const asked = { text, pending: null as Promise<void> | null, result: undefined as OffThreadResult | undefined };
    asked.pending = checkOffThread(text, this.platform).then((result) => {
      asked.result = result;
      asked.pending = null;
      if (this.remote === asked) this.recheckNow();
    });
    this.remote = asked;
  }

  private applyRemote(snap: EditorSnapshot, result: OffThreadResult): void {
    if (result.kind === 'done') return this.judged(snap, result.findings);
    // Out of time: not checked, and the writer is told; the gate lets a post go (audited as unchecked).
    this.unchecked = 'check-incomplete';
    this.state = 'error';
    this.latest = [];
    this.incompleteNotice ??= showComposerNotice(this.editor, 'incomplete', INCOMPLETE_TEXT);
  }

  /** Resolves when the off-thread check of the editor's current text has answered; null when none is due. */
  checking(): Promise<void> | null {
    return this.remote?.pending ?? null;
  }

  /** Rules with an error in the last check, each once. */
  errorRuleIds(): string[] {
    return [...new Set(this.latest.filter((f) => f.severity === 'error').map((f) => f.ruleId))];
  }

  uncheckedReason(): UncheckedReason | null {
    return this.unchecked;
  }

  setState(s: BadgeState): void {
    this.state = s;
    if (s === 'error') this.unchecked ??= 'unreadable';
    if (s === 'off' || s === 'error') this.latest = [];
    this.render();
  }

  /** Focuses the editor with the finding selected (the gate's "Fix it"), and scrolls it into view. */
  focusFinding(index: number): void {
    const f = this.latest[index];
    if (!f) return;
    this.editor.focus({ preventScroll: true });
    if (this.editor instanceof HTMLTextAreaElement) this.editor.setSelectionRange(f.start, f.end);
    const range = this.snap?.range(f.start, f.end);
    const selection = range && selectionFor(this.editor);
    if (range && selection) {
      selection.removeAllRanges();
      selection.addRange(range);
    }
    this.showFinding(index);
  }

  /** Scrolls the finding into view without moving focus (a card got keyboard focus in the panel). */
  showFinding(index: number): void {
    const f = this.latest[index];
    if (!f) return;
    const range = this.snap?.range(f.start, f.end);
    const target = range?.startContainer.parentElement ?? this.editor;
    target.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    this.ui?.requestLayout();
  }

  /** Where the caret is, so the card of the finding under it can open (selectionchange). */
  caretMoved(): void {
    const offset = this.snap?.caretOffset() ?? null;
    const index = offset === null ? -1 : this.latest.findIndex((f) => f.start <= offset && offset <= f.end);
    const next = index < 0 ? null : index;
    if (next !== this.caret) {
      this.caret = next;
      this.render();
    }
  }

  layout(pageChanged: boolean): void {
    this.ui?.requestLayout(pageChanged);
  }

  detach(): void {
    this.detached = true;
    clearTimeout(this.timer);
    cancelAnimationFrame(this.frame);
    this.editor.removeEventListener('input', this.schedule);
    this.resizeObserver.disconnect();
    this.incompleteNotice?.remove();
    clearHighlights(this);
    this.ui?.destroy();
    this.notice?.remove();
  }

  /**
   * Without its UI a composer can show no finding: say so next to it. The gate, which cannot show
   * its dialog either, then lets posts through with the error state (gate/index.ts).
   */
  private uiUnavailable(error: unknown): void {
    console.error('Clearpost: the composer UI could not be loaded', error);
    if (!this.detached) this.notice = showComposerNotice(this.editor, 'reload', UI_UNAVAILABLE_TEXT);
  }

  private findingKey(index: number): string {
    const f = this.latest[index];
    return f ? `${f.ruleId}:${f.start}:${f.end}` : '';
  }

  private render(): void {
    if (highlightApiAvailable() && this.snap && !(this.editor instanceof HTMLTextAreaElement)) {
      const snap = this.snap;
      setHighlights(
        this,
        this.latest.slice(0, MAX_RENDERED_FINDINGS).flatMap((f) => {
          const range = snap.range(f.start, f.end);
          return range ? [{ severity: f.severity, range }] : [];
        }),
      );
    }
    this.ui?.render();
  }

  private ignore(index: number): void {
    const f = this.latest[index];
    if (!f || !this.snap) return;
    this.ignored.add(ignoreKey(f, this.snap.text));
    this.recheckNow();
    this.editor.focus({ preventScroll: true });
  }

  private async apply(index: number, suggestion: string): Promise<void> {
    const f = this.latest[index];
    const before = this.snap?.text;
    if (!f || before === undefined) return;
    const key = this.findingKey(index);
    // The debounced results may be a few keystrokes old: only replace the words the card showed.
    const now = this.adapter.read(this.editor).text;
    if (now.slice(f.start, f.end) !== before.slice(f.start, f.end)) {
      this.recheckNow();
      return;
    }
    const result = await this.adapter.replace(this.editor, f.start, f.end, suggestion);
    this.recheckNow();
    if (result.ok) {
      this.env.onFixApplied(f.ruleId);
    } else {
      const newIndex = this.latest.findIndex((g) => g.ruleId === f.ruleId && g.start === f.start && g.end === f.end);
      this.statuses.set(newIndex < 0 ? key : this.findingKey(newIndex), `Couldn't apply the fix: ${result.reason}`);
      this.render();
    }
  }
}

const sessions = new Map<HTMLElement, Session>();

export const sessionForEditor = (editor: HTMLElement): ComposerSession | undefined => sessions.get(editor);
export const allSessions = (): ComposerSession[] => [...sessions.values()];

/** The registry's own view (discovery needs the Session class, the gate only the interface). */
export const liveSessions = (): Session[] => [...sessions.values()];

export function startSession(composer: Composer, adapter: EditorAdapter, env: SessionEnv): Session {
  const existing = sessions.get(composer.editor);
  if (existing) return existing;
  const session = new Session(composer, adapter, env);
  sessions.set(composer.editor, session);
  return session;
}

export function endSession(session: Session): void {
  session.detach();
  sessions.delete(session.editor);
}
