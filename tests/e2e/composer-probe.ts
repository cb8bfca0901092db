// In-page probes for the Clearpost UI of one composer, passed to page.evaluate by both drivers
// (Playwright in Chromium, Puppeteer in Firefox). Each is self-contained: it is serialised into the page.
// Our UI lives in open shadow roots (<clearpost-composer> hosts); a composer's badge sits inside the
// composer's bottom-right corner, which is how a probe tells two composers' badges apart.

export type Box = { rule: string; severity: string; x: number; y: number; width: number; height: number };
export type ComposerUi = { state: string | null; boxes: Box[]; cards: { rule: string; severity: string }[] };

/** The badge state, finding boxes and open cards of the composer matched by `css` (pierces shadow roots). */
export function probeComposerUi(css: string): ComposerUi {
  const deep = (root: Document | ShadowRoot): Element[] => [
    ...root.querySelectorAll(css),
    ...[...root.querySelectorAll('*')].flatMap((e) => (e.shadowRoot && e.localName !== 'clearpost-composer' ? deep(e.shadowRoot) : [])),
  ];
  const editor = deep(document)[0];
  if (!editor) throw new Error(`no editor ${css}`);
  const r = editor.getBoundingClientRect();
  const inside = (b: DOMRect) => {
    const x = b.left + b.width / 2;
    const y = b.top + b.height / 2;
    return x >= r.left - 1 && x <= r.right + 1 && y >= r.top - 1 && y <= r.bottom + 1;
  };
  for (const host of document.querySelectorAll('clearpost-composer')) {
    const shadow = host.shadowRoot!;
    const badge = shadow.querySelector('[data-clearpost-badge]');
    if (!badge || !inside(badge.getBoundingClientRect())) continue;
    return {
      state: badge.getAttribute('data-clearpost-state'),
      boxes: [...shadow.querySelectorAll<HTMLElement>('.cp-box')].map((b) => {
        const br = b.getBoundingClientRect();
        return { rule: b.dataset.clearpostRule!, severity: b.dataset.clearpostSeverity!, x: br.x, y: br.y, width: br.width, height: br.height };
      }),
      cards: [...shadow.querySelectorAll<HTMLElement>('article[data-clearpost-rule]')].map((c) => ({
        rule: c.dataset.clearpostRule!,
        severity: c.dataset.clearpostSeverity!,
      })),
    };
  }
  return { state: null, boxes: [], cards: [] };
}

/** The index (among <clearpost-composer> hosts) of the UI of the composer matched by `css`, or -1. */
export function probeUiIndex(css: string): number {
  const deep = (root: Document | ShadowRoot): Element[] => [
    ...root.querySelectorAll(css),
    ...[...root.querySelectorAll('*')].flatMap((e) => (e.shadowRoot && e.localName !== 'clearpost-composer' ? deep(e.shadowRoot) : [])),
  ];
  const r = deep(document)[0]!.getBoundingClientRect();
  return [...document.querySelectorAll('clearpost-composer')].findIndex((host) => {
    const b = host.shadowRoot?.querySelector('[data-clearpost-badge]')?.getBoundingClientRect();
    return !!b && b.left + b.width / 2 >= r.left && b.left + b.width / 2 <= r.right && b.top + b.height / 2 >= r.top && b.top + b.height / 2 <= r.bottom;
  });
}
