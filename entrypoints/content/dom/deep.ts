// querySelectorAll, closest and contains stop at shadow boundaries; LinkedIn renders composers inside
// the open shadow root of #interop-outlet, so discovery and submit matching have to cross them.

/** Open shadow roots below `root`, nested ones included. */
export function openShadowRoots(root: Document | ShadowRoot | Element = document): ShadowRoot[] {
  const found: ShadowRoot[] = [];
  const visit = (scope: Document | ShadowRoot | Element) => {
    for (const el of scope.querySelectorAll('*')) {
      if (el.shadowRoot) {
        found.push(el.shadowRoot);
        visit(el.shadowRoot);
      }
    }
  };
  visit(root);
  return found;
}

/** querySelectorAll over the document and every open shadow root inside it. */
export function queryAllDeep<E extends Element = HTMLElement>(selector: string, root: Document | ShadowRoot = document): E[] {
  const results = [...root.querySelectorAll<E>(selector)];
  for (const shadow of openShadowRoots(root)) results.push(...shadow.querySelectorAll<E>(selector));
  return results;
}

/** The parent, stepping from a shadow root to its host. */
export function parentDeep(node: Node): Element | null {
  if (node.parentElement) return node.parentElement;
  const parent = node.parentNode;
  return parent instanceof ShadowRoot ? parent.host : null;
}

/** Element.closest that continues past shadow roots into the host's tree. */
export function closestDeep(start: Element, selector: string): Element | null {
  for (let el: Element | null = start; el; el = parentDeep(el)) {
    if (el.matches(selector)) return el;
  }
  return null;
}

/** Whether `outer` contains `inner`, counting shadow-including descendants. */
export function containsDeep(outer: Node, inner: Node): boolean {
  for (let n: Node | null = inner; n; n = n.parentNode ?? (n instanceof ShadowRoot ? n.host : null)) {
    if (n === outer) return true;
  }
  return false;
}
