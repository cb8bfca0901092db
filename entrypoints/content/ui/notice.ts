// Plain-DOM notices next to a composer, for moments when the React UI is gone or cannot speak:
// "Clearpost was updated: reload this tab" after the extension runtime went away, and "a draft
// with unresolved problems left without a check" after an escape. No React: after an extension
// update the old instance's code still runs, but it must not depend on anything extension-side.

const NOTICE_TAG = 'clearpost-notice';

export type NoticeKind = 'reload' | 'escaped' | 'checking' | 'incomplete';

const NOTICE_CSS = `:host{all:initial;position:fixed;z-index:2147483646}
div{max-width:316px;padding:8px 12px;border-radius:8px;border:2px solid #fff;font:600 13px/1.4 system-ui,sans-serif;color:#fff;background:#8a4b00;box-shadow:0 2px 8px #0006}
.escaped,.incomplete{background:#b3261e}.checking{background:#1a5fb4}
button{margin-left:8px;font:inherit;color:inherit;background:none;border:1px solid;border-radius:4px;cursor:pointer;min-width:24px;min-height:24px}
button:focus-visible{outline:3px solid #fff}`;

/**
 * Shows a notice under `editor`'s bottom-right corner until the editor leaves the page (or the
 * user dismisses an escape notice). Test hooks: `data-clearpost-notice` = kind; the reload notice is
 * also a badge in the `error` state, since Clearpost no longer checks that composer.
 */
export function showComposerNotice(editor: HTMLElement, kind: NoticeKind, text: string): { remove(): void } {
  const host = document.createElement(NOTICE_TAG);
  host.setAttribute('data-clearpost-notice', kind);
  const shadow = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = NOTICE_CSS;
  const box = document.createElement('div');
  box.className = kind;
  box.setAttribute('role', kind === 'escaped' ? 'alert' : 'status');
  box.textContent = text;
  if (kind === 'checking') {
    box.setAttribute('data-clearpost-badge', '');
    box.setAttribute('data-clearpost-state', 'checking');
  } else if (kind === 'reload') {
    box.setAttribute('data-clearpost-badge', '');
    box.setAttribute('data-clearpost-state', 'error');
  } else {
    const close = document.createElement('button');
    close.type = 'button';
    close.textContent = '✕';
    close.setAttribute('aria-label', 'Dismiss');
    close.addEventListener('click', () => remove());
    box.append(close);
  }
  shadow.append(style, box);
  document.documentElement.append(host);

  const place = () => {
    const rect = editor.isConnected ? editor.getBoundingClientRect() : null;
    // An editor that left the page (a closed dialog) leaves the notice where the page shows it best.
    const top = rect && rect.height > 0 ? Math.min(rect.bottom + 6, innerHeight - 60) : 16;
    const left = rect && rect.width > 0 ? Math.max(4, Math.min(rect.right - 340, innerWidth - 344)) : Math.max(4, innerWidth - 360);
    Object.assign(host.style, { top: `${top}px`, left: `${left}px` });
  };
  place();
  const timer = setInterval(() => {
    if (kind !== 'escaped' && !editor.isConnected) remove();
    else place();
  }, 500);
  function remove() {
    clearInterval(timer);
    host.remove();
  }
  return { remove };
}

/** Notices a previous instance of the content script left behind (a newer instance took over). */
export function removeStaleNotices(): void {
  for (const el of document.querySelectorAll(`${NOTICE_TAG}[data-clearpost-notice="reload"], clearpost-composer`)) el.remove();
}
