// Styles for the pre-publish dialog inside its shadow root. `all: initial` on the host keeps the
// site's CSS out; the palette meets WCAG AA contrast on white.
export const prepublishDialogCss = `
:host { all: initial; }
.clearpost-dialog {
  font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  color: #1a1a1a; background: #fff; border: 2px solid #b3261e; border-radius: 10px;
  padding: 20px 22px; max-width: min(520px, calc(100vw - 32px)); box-shadow: 0 12px 40px rgb(0 0 0 / 30%);
}
.clearpost-dialog[data-clearpost-level="warning"] { border-color: #8a5a00; }
.clearpost-dialog::backdrop { background: rgb(0 0 0 / 45%); }
h2 { font-size: 18px; margin: 0 0 8px; }
p { margin: 0 0 12px; }
.clearpost-findings { margin: 0 0 14px; padding-left: 20px; }
.clearpost-findings li { margin-bottom: 8px; }
.clearpost-severity { font-weight: 700; }
.clearpost-rule { font: 12px ui-monospace, monospace; color: #555; }
a { color: #0b57d0; }
.clearpost-reason label { display: block; font-weight: 600; margin-bottom: 4px; }
.clearpost-reason textarea { box-sizing: border-box; width: 100%; min-height: 64px; font: inherit; padding: 6px 8px; border: 1px solid #767676; border-radius: 6px; }
.clearpost-reason textarea[aria-invalid="true"] { border-color: #b3261e; }
.clearpost-error { color: #b3261e; margin: 4px 0 0; }
.clearpost-actions { display: flex; gap: 10px; justify-content: flex-end; margin-top: 16px; }
button { font: inherit; font-weight: 600; padding: 8px 16px; border-radius: 999px; cursor: pointer; }
.clearpost-primary { background: #0b57d0; color: #fff; border: 2px solid #0b57d0; }
.clearpost-secondary { background: #fff; color: #b3261e; border: 2px solid #b3261e; }
button:focus-visible, a:focus-visible, textarea:focus-visible { outline: 3px solid #1a1a1a; outline-offset: 2px; }
.clearpost-visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
`;
