// Underlines through the CSS Custom Highlight API: nothing is written into the editor's DOM and the
// browser keeps them aligned while text reflows. Ranges are rebuilt after every check (editors
// replace their text nodes on re-render), never kept across edits.
import type { Severity } from '../../../rules/types';
import { SEVERITY_LOOK } from '../../../components/findings/severity';

const NAME: Record<Severity, string> = { error: 'clearpost-error', warning: 'clearpost-warning', info: 'clearpost-info' };

export const highlightApiAvailable = (): boolean =>
  typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';

const rangesByOwner = new Map<object, { severity: Severity; range: Range }[]>();

export function setHighlights(owner: object, ranges: { severity: Severity; range: Range }[]): void {
  if (ranges.length) rangesByOwner.set(owner, ranges);
  else rangesByOwner.delete(owner);
  rebuild();
}

export const clearHighlights = (owner: object) => setHighlights(owner, []);

function rebuild(): void {
  if (!highlightApiAvailable()) return;
  for (const severity of Object.keys(NAME) as Severity[]) {
    const ranges = [...rangesByOwner.values()].flat().filter((r) => r.severity === severity).map((r) => r.range);
    if (ranges.length) CSS.highlights.set(NAME[severity], new Highlight(...ranges));
    else CSS.highlights.delete(NAME[severity]);
  }
}

const HIGHLIGHT_CSS = (Object.keys(NAME) as Severity[])
  .map((s) => {
    const look = SEVERITY_LOOK[s];
    return `::highlight(${NAME[s]}) { text-decoration: underline ${look.line} ${look.color}; text-decoration-thickness: 2px; text-decoration-skip-ink: none; text-underline-offset: 3px; }`;
  })
  .join('\n');

const styled = new WeakSet<Document | ShadowRoot>();

/**
 * ::highlight() rules only reach text in the tree that holds the stylesheet, so the editor's tree
 * (the document, or LinkedIn's #interop-outlet shadow root) gets one small adopted sheet.
 */
export function ensureHighlightStyles(editor: HTMLElement): void {
  const root = editor.getRootNode();
  if (!(root instanceof Document || root instanceof ShadowRoot) || styled.has(root)) return;
  styled.add(root);
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(HIGHLIGHT_CSS);
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  } catch {
    const style = document.createElement('style');
    style.textContent = HIGHLIGHT_CSS;
    (root instanceof Document ? root.head ?? root.documentElement : root).append(style);
  }
}
