import { SEVERITY_LOOK } from '../../../components/findings/severity';

/**
 * Host-page CSS can't reach into our shadow root, and ours can't leak out. The boxes never take
 * pointer events: clicks belong to the editor.
 */
export const UI_CSS = `
:host { all: initial; position: fixed; inset: 0 auto auto 0; width: 0; height: 0; z-index: 2147483646; }
.cp-boxes, .cp-box, .cp-anchor { position: fixed; }
.cp-boxes { inset: 0; pointer-events: none; }
.cp-box { box-sizing: border-box; pointer-events: none; }
${Object.entries(SEVERITY_LOOK)
  .map(([s, look]) => `.cp-drawn .cp-box-${s} { border-bottom: ${s === 'error' ? '3px double' : `2px ${look.line}`} ${look.color}; }`)
  .join('\n')}
.cp-badge { box-sizing: border-box; width: 26px; height: 26px; border-radius: 13px; border: 2px solid #fff; cursor: pointer;
  font: 700 12px/1 system-ui, sans-serif; color: #fff; background: #1e6b3a; box-shadow: 0 1px 3px rgba(0,0,0,.35); padding: 0; }
.cp-badge.cp-state-issues { background: #b3261e; }
.cp-badge.cp-state-off { background: #5f6368; }
.cp-badge.cp-state-error { background: #8a4b00; }
.cp-badge:focus-visible { outline: 3px solid #1a5fb4; outline-offset: 2px; }
.cp-badge-wrap { position: relative; }
.cp-panel { position: absolute; right: 0; width: min(340px, 90vw); box-sizing: border-box; overflow: auto;
  background: #f7f7f7; border: 1px solid #8c8c8c; border-radius: 10px; padding: 10px; box-shadow: 0 6px 24px rgba(0,0,0,.25);
  font: 14px/1.4 system-ui, sans-serif; color: #1c1b1f; }
.cp-panel-head { display: flex; justify-content: space-between; align-items: center; margin-bottom: 8px; }
.cp-panel-head h2 { font-size: 15px; margin: 0; }
.cp-more { font-size: 13px; margin: 8px 0 0; }
.cp-close { font: 18px/1 system-ui, sans-serif; border: 0; background: transparent; cursor: pointer; color: #1c1b1f; min-width: 28px; min-height: 28px; }
.cp-close:focus-visible { outline: 2px solid #1a5fb4; }
.cp-caret-card { position: relative; width: min(320px, 90vw); box-shadow: 0 6px 24px rgba(0,0,0,.25); border-radius: 8px; }
.cp-caret-card .cp-close { position: absolute; right: 2px; top: 2px; }
.cp-sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
`;
