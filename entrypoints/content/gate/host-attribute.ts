/** Marks the dialog's host element, so the gate can tell our own UI's events from the site's. */
export const GATE_HOST_ATTRIBUTE = 'data-clearpost-gate';
