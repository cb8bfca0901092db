import { SEVERITY_LOOK } from './severity';

/** Styles for FindingCard/FindingList, for shadow roots and extension pages alike. */
export const FINDINGS_CSS = `
.cp-list { list-style: none; margin: 0; padding: 0; display: grid; gap: 8px; }
.cp-list > li { border-radius: 8px; }
.cp-list > li:focus-visible, .cp-card button:focus-visible, .cp-card a:focus-visible { outline: 2px solid #1a5fb4; outline-offset: 2px; }
.cp-card { font: 14px/1.4 system-ui, sans-serif; color: #1c1b1f; background: #fff; border: 1px solid #c4c4c4;
  border-left-width: 4px; border-radius: 8px; padding: 8px 10px; }
${Object.entries(SEVERITY_LOOK).map(([sev, look]) => `.cp-card.cp-${sev} { border-left-color: ${look.color}; }`).join('\n')}
.cp-card p { margin: 0 0 6px; }
.cp-card-head { display: flex; gap: 6px; align-items: baseline; font-weight: 600; }
.cp-rule { font: 12px ui-monospace, monospace; color: #4a4a4a; font-weight: 400; }
.cp-excerpt { font-style: italic; color: #333; overflow-wrap: anywhere; }
.cp-link a { color: #1a5fb4; }
.cp-actions { display: flex; flex-wrap: wrap; gap: 6px; }
.cp-actions button { font: inherit; font-size: 13px; min-height: 28px; padding: 3px 10px; border-radius: 14px; cursor: pointer;
  border: 1px solid #1a5fb4; background: #1a5fb4; color: #fff; }
.cp-actions button.cp-ignore { background: #fff; color: #1a5fb4; }
.cp-status { font-size: 13px; color: #8a4b00; }
`;
