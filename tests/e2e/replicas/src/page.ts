// Page chrome shared by the replicas: a base stylesheet and a tiny element builder for the
// non-React (Ember-era LinkedIn) page.

const base = `
  body { margin: 0; font: 15px/1.4 system-ui, sans-serif; color: #0f1419; background: #fff; }
  .visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
  [contenteditable="true"], textarea { outline: none; }
`;

export function css(text: string, target: Document | ShadowRoot = document): void {
  const style = document.createElement('style');
  style.textContent = base + text;
  (target instanceof Document ? target.head : target).append(style);
}

type Attrs = Record<string, string | boolean | undefined>;

export function h(tag: string, attrs: Attrs = {}, ...children: (Node | string)[]): HTMLElement {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === false || value === undefined) continue;
    el.setAttribute(name, value === true ? '' : value);
  }
  el.append(...children);
  return el;
}
