// The composers the photo e2e tests attach photos to, one per site, as plain CSS that both drivers
// (Playwright in Chromium, puppeteer in Firefox) understand.
import type { ReplicaName } from './harness';

export type PhotoComposer = {
  site: string;
  replica: ReplicaName;
  /** The text of the site's control that opens the composer, when it is not open on load. */
  opener?: string;
  editor: string;
  post: string;
  fileInput: string;
  /** The site's control that opens a photo's alt-text box, and the box (by its accessible name). */
  altText: { button: string; field: string };
};

export const PHOTO_COMPOSERS: PhotoComposer[] = [
  {
    site: 'X home composer',
    replica: 'x-home',
    editor: '[data-testid="primaryColumn"] > .composer [data-testid="tweetTextarea_0"]',
    post: '[data-testid="primaryColumn"] > .composer [data-testid="tweetButtonInline"]',
    fileInput: '[data-testid="primaryColumn"] > .composer [data-testid="fileInput"]',
    altText: { button: 'Add description', field: 'Description' },
  },
  {
    site: 'Facebook create-post dialog',
    replica: 'fb-post',
    opener: "What's on your mind, Alex?",
    editor: '[role="dialog"] [contenteditable="true"][role="textbox"][data-lexical-editor="true"]',
    post: '[role="dialog"] div[role="button"][aria-label="Post"]',
    fileInput: '[role="dialog"] input[type="file"]',
    altText: { button: 'Alternative text', field: 'Alternative text' },
  },
  {
    site: 'LinkedIn share dialog',
    replica: 'li-compose',
    editor: 'dialog[open][data-testid="dialog"] [componentkey="ShareBox_textEditor"][contenteditable="true"]',
    post: 'dialog[data-testid="dialog"] button.primary',
    fileInput: 'dialog[data-testid="dialog"] input[type="file"]',
    altText: { button: 'Alt text', field: 'Alt text' },
  },
];
