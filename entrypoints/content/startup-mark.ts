// A User Timing mark at each composer's first check, so `npm run bench:startup` can measure
// composer-in-the-DOM to first check in real Chromium. It holds no text, and the page can already
// see our badge appear, so it tells the page nothing new.

export const FIRST_CHECK_MARK = 'clearpost:first-check';

export function markFirstCheck(): void {
  performance.mark(FIRST_CHECK_MARK);
}
