// One open shadow root per composer, appended to <html>, outside the editor's DOM: finding boxes
// (test hooks and, where highlights are unavailable, the underlines), the badge, its panel and the
// caret card. Everything is position: fixed and re-placed in rAF from the editor's rects.
import { createRoot, type Root } from 'react-dom/client';
import type { Finding } from '../../../rules/types';
import { FINDINGS_CSS } from '../../../components/findings/styles';
import { closestDeep, containsDeep } from '../dom/deep';
import { MAX_RENDERED_FINDINGS } from '../session-types';
import { ComposerPanel } from './ComposerPanel';
import { highlightApiAvailable } from './highlights';
import { requestLayout } from './layout';
import type { ComposerUiHandle, ComposerView } from './module';
import { UI_CSS } from './styles';

const BADGE_SIZE = 26;

export class ComposerUi implements ComposerUiHandle {
  readonly host = document.createElement('clearpost-composer');
  private readonly shadow = this.host.attachShadow({ mode: 'open' });
  private readonly boxes = document.createElement('div');
  private readonly badgeAnchor = document.createElement('div');
  private readonly cardAnchor = document.createElement('div');
  private readonly root: Root;
  /** Contenteditables get CSS highlights when available; the boxes then stay invisible hooks. */
  private readonly drawBoxes: boolean;

  constructor(private readonly view: ComposerView) {
    this.drawBoxes = view.editor instanceof HTMLTextAreaElement || !highlightApiAvailable();
    adoptCss(this.shadow, FINDINGS_CSS + UI_CSS);
    this.boxes.className = `cp-boxes${this.drawBoxes ? ' cp-drawn' : ''}`;
    this.boxes.setAttribute('aria-hidden', 'true');
    this.badgeAnchor.className = 'cp-anchor';
    this.cardAnchor.className = 'cp-anchor';
    const reactContainer = document.createElement('div');
    this.shadow.append(this.boxes, this.badgeAnchor, this.cardAnchor, reactContainer);
    this.root = createRoot(reactContainer);
    mountPointFor(view.editor).append(this.host);
  }

  private readonly onToggle = (open: boolean) => {
    // An open panel may overlap another composer's badge: it goes on top.
    this.host.style.zIndex = open ? '2147483647' : '';
    this.requestLayout();
  };

  /** Re-renders the React part after findings, state or the caret card changed. */
  render(): void {
    const v = this.view;
    this.root.render(
      <ComposerPanel
        state={v.state()}
        findings={v.findings()}
        text={v.snapshot()?.text ?? ''}
        caretIndex={v.caretIndex()}
        badgeAnchor={this.badgeAnchor}
        cardAnchor={this.cardAnchor}
        statusFor={(i) => v.statusFor(i)}
        onApply={(i, s) => v.apply(i, s)}
        onIgnore={(i) => v.ignore(i)}
        onShow={(i) => v.showFinding(i)}
        onToggle={this.onToggle}
      />,
    );
    this.requestLayout();
  }

  /** `pageChanged`: the page may have put something over the editor (mutation, scroll, resize). */
  requestLayout(pageChanged = false): void {
    if (pageChanged) this.coverCheckDue = true;
    requestLayout(this.layout);
  }

  /** Hit-testing is the costly part of a layout; it reruns only when something could have changed it. */
  private coverCheckDue = true;
  private covered = false;
  private lastRect: DOMRect | undefined;

  private readonly layout = () => {
    const editor = this.view.editor;
    // Re-attach if the page dropped us, or move into a modal <dialog> opened around the editor.
    const mount = mountPointFor(editor);
    if (this.host.parentNode !== mount) mount.append(this.host);
    const rect = editor.getBoundingClientRect();
    const moved = !this.lastRect || ['x', 'y', 'width', 'height'].some((k) => rect[k as 'x'] !== this.lastRect![k as 'x']);
    this.lastRect = rect;
    if (moved || this.coverCheckDue) this.covered = coveredOrOffscreen(editor, rect);
    this.coverCheckDue = false;
    const visible = editor.isConnected && rect.width > 0 && rect.height > 0 && !this.covered;
    this.host.style.display = visible ? '' : 'none';
    if (!visible) return;
    this.placeBadge(rect);
    this.placeBoxes(rect);
  };

  private placeBadge(editorRect: DOMRect): void {
    const left = Math.min(editorRect.right, innerWidth) - BADGE_SIZE - 4;
    const top = Math.min(editorRect.bottom, innerHeight) - BADGE_SIZE - 4;
    Object.assign(this.badgeAnchor.style, { left: `${left}px`, top: `${top}px` });
    const panel = this.shadow.querySelector<HTMLElement>('.cp-panel');
    if (panel) {
      // Open towards the larger free space and never past the viewport's edges.
      const gap = 6;
      const margin = 8;
      const below = innerHeight - (top + BADGE_SIZE + gap) - margin;
      const above = top - gap - margin;
      const downwards = below >= Math.min(320, above);
      const leftEdge = left + BADGE_SIZE - panel.offsetWidth;
      Object.assign(panel.style, {
        top: downwards ? `${BADGE_SIZE + gap}px` : '',
        bottom: downwards ? '' : `${BADGE_SIZE + gap}px`,
        maxHeight: `${Math.max(120, Math.min(480, downwards ? below : above))}px`,
        right: leftEdge < margin ? '' : '0',
        left: leftEdge < margin ? `${margin - left}px` : '',
      });
    }
  }

  private placeBoxes(editorRect: DOMRect): void {
    const snapshot = this.view.snapshot();
    const findings = this.view.findings().slice(0, MAX_RENDERED_FINDINGS);
    const clip = intersect(editorRect, new DOMRect(0, 0, innerWidth, innerHeight));
    const placed: { finding: Finding; index: number; rect: DOMRect }[] = [];
    findings.forEach((finding, index) => {
      for (const r of snapshot?.rects(finding.start, finding.end) ?? []) {
        const visible = intersect(r, clip);
        if (visible.width > 0 && visible.height > 0) placed.push({ finding, index, rect: visible });
      }
    });
    // Reuse elements: this runs on every scroll frame.
    while (this.boxes.children.length > placed.length) this.boxes.lastElementChild!.remove();
    placed.forEach(({ finding, index, rect }, i) => {
      const box = (this.boxes.children[i] as HTMLElement | undefined) ?? this.boxes.appendChild(document.createElement('div'));
      box.className = `cp-box cp-box-${finding.severity}`;
      box.dataset.clearpostRule = finding.ruleId;
      box.dataset.clearpostSeverity = finding.severity;
      box.dataset.clearpostIndex = String(index);
      Object.assign(box.style, { left: `${rect.left}px`, top: `${rect.top}px`, width: `${rect.width}px`, height: `${rect.height}px` });
    });
    const caret = this.view.caretIndex();
    const caretRect = caret === null ? undefined : placed.find((p) => p.index === caret)?.rect;
    if (caretRect) {
      const { left, top } = cardPlace(caretRect, this.cardAnchor, this.view.editor);
      Object.assign(this.cardAnchor.style, { left: `${left}px`, top: `${top}px`, display: '' });
    } else {
      this.cardAnchor.style.display = 'none';
    }
  }

  destroy(): void {
    this.root.unmount();
    this.host.remove();
  }
}

/**
 * Where the host goes: <html>, except for an editor inside a modal <dialog> (LinkedIn's SDUI share
 * box uses showModal()): the top layer would cover us and make everything outside it inert.
 */
function mountPointFor(editor: HTMLElement): Element {
  const dialog = closestDeep(editor, 'dialog[open]');
  return dialog && isModal(dialog) ? dialog : document.documentElement;
}

function isModal(dialog: Element): boolean {
  try {
    return dialog.matches(':modal');
  } catch {
    return false; // a browser without :modal also has no top layer to hide us
  }
}

const CARD_WIDTH = 330;
const CARD_GAP = 6;
// The page's own controls around a composer: Post, Reply, media and emoji buttons.
const PAGE_CONTROL = 'button, [role="button"], input[type="submit"]';

/**
 * Where the caret card goes: below the caret line, else above it, else below the composer's row of
 * controls, whichever first keeps clear of them. A card over the Post button would take the writer's click.
 */
function cardPlace(caret: DOMRect, anchor: HTMLElement, editor: HTMLElement): { left: number; top: number } {
  const height = (anchor.firstElementChild as HTMLElement | null)?.offsetHeight || 200;
  const left = Math.max(4, Math.min(caret.left, innerWidth - CARD_WIDTH));
  const below = caret.bottom + CARD_GAP;
  const above = Math.max(4, caret.top - CARD_GAP - height);
  const fitsBelow = below + height < innerHeight;
  const controls = controlsAround(editor);
  const clear = (top: number) => !controls.some((r) => r.left < left + CARD_WIDTH && left < r.right && r.top < top + height && top < r.bottom);
  if (fitsBelow && clear(below)) return { left, top: below };
  if (clear(above)) return { left, top: above };
  // A composer at the top of the window: below the row of controls under the caret.
  const pastControls = Math.max(below, ...controls.filter((r) => r.bottom > caret.top).map((r) => r.bottom)) + CARD_GAP;
  return { left, top: pastControls + height < innerHeight ? pastControls : above };
}

function controlsAround(editor: HTMLElement): DOMRect[] {
  const box = closestDeep(editor, 'form, dialog, [role="dialog"]') ?? ancestor(editor, 6);
  return [...box.querySelectorAll(PAGE_CONTROL)]
    .filter((el) => !el.contains(editor))
    .map((el) => el.getBoundingClientRect())
    .filter((r) => r.width > 0 && r.height > 0);
}

function ancestor(el: Element, levels: number): Element {
  let at = el;
  for (let i = 0; i < levels && at.parentElement; i++) at = at.parentElement;
  return at;
}

function intersect(a: DOMRect, b: DOMRect): DOMRect {
  const left = Math.max(a.left, b.left);
  const top = Math.max(a.top, b.top);
  const right = Math.min(a.right, b.right);
  const bottom = Math.min(a.bottom, b.bottom);
  return new DOMRect(left, top, Math.max(0, right - left), Math.max(0, bottom - top));
}

/**
 * Whether something of the page's lies over the editor (X's /compose/post mask over the home box,
 * LinkedIn's share modal over a comment box): hit-test two points inside the editor. Hit testing
 * skips pointer-events:none placeholders and our own hosts are ignored.
 */
function coveredOrOffscreen(editor: HTMLElement, rect: DOMRect): boolean {
  const inset = (size: number) => Math.min(8, size / 2);
  const points: [number, number][] = [
    [rect.left + inset(rect.width), rect.top + inset(rect.height)],
    [rect.right - inset(rect.width), rect.bottom - inset(rect.height)],
  ];
  return !points.some(([x, y]) => {
    const hit = document.elementsFromPoint(x, y).find((el) => !el.localName.startsWith('clearpost-'));
    return !!hit && (containsDeep(hit, editor) || containsDeep(editor, hit));
  });
}

function adoptCss(shadow: ShadowRoot, css: string): void {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(css);
  shadow.adoptedStyleSheets = [sheet];
}

