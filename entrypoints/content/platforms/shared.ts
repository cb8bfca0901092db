import { closestDeep, parentDeep, queryAllDeep } from '../dom/deep';

/**
 * The editor a submit control publishes: walk up from the control to the first ancestor (dialog,
 * form or comment box) that holds an editor. With several (an X thread) prefer the focused one.
 */
export function editorNearControl(control: Element, editorSelector: string): HTMLElement | null {
  for (let el: Element | null = control; el; el = parentDeep(el)) {
    const scope = el.shadowRoot ?? el;
    const editors = [...scope.querySelectorAll<HTMLElement>(editorSelector)];
    if (editors.length) {
      const active = deepActiveElement();
      return editors.find((e) => active && (e === active || e.contains(active))) ?? editors[0]!;
    }
  }
  return null;
}

/** document.activeElement, followed into open shadow roots. */
export function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** True when `el` is, or is inside, something matching `selector` (across shadow roots). */
export const isWithin = (el: Element, selector: string) => closestDeep(el, selector) !== null;

export const hostIn = (url: URL, ...hosts: string[]) => hosts.includes(url.hostname);

export { queryAllDeep };

/** Plain Enter, Ctrl/Cmd+Enter and so on, ignoring IME composition (Enter then confirms a candidate). */
export const isCtrlOrCmdEnter = (e: KeyboardEvent) => e.key === 'Enter' && (e.ctrlKey || e.metaKey) && !e.isComposing;
export const isPlainEnter = (e: KeyboardEvent) =>
  e.key === 'Enter' && !e.shiftKey && !e.ctrlKey && !e.metaKey && !e.altKey && !e.isComposing;

/** The text a button shows or announces, for the few controls with no stable attribute. */
export const buttonLabel = (el: Element) => (el.getAttribute('aria-label') ?? el.textContent ?? '').trim();

const CONTROL = 'button, [role="button"], input[type="submit"]';

/**
 * Whether `control` is the last button-like element in `scope` and comes after `editor` in document
 * order: where composers put their submit button, whatever the interface language calls it.
 */
export function isLastControlAfter(control: Element, scope: Element, editor: Element): boolean {
  const controls = [...scope.querySelectorAll(CONTROL)].filter((c) => !editor.contains(c));
  const last = controls[controls.length - 1];
  return last === control && (editor.compareDocumentPosition(control) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
}
