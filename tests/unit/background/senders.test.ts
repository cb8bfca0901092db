// Which contexts may ask the background for what: extension pages for admin work, content scripts
// on the supported sites for audit events only.
import { isContentScript, isExtensionPage, selfFrom } from '../../../entrypoints/background/senders';

const self = selfFrom({ id: 'abc', getURL: (path) => `chrome-extension://abc${path}` });

it('knows the options page from a content script and from another extension', () => {
  const options = { id: 'abc', url: 'chrome-extension://abc/options.html', tab: { id: 1, url: 'chrome-extension://abc/options.html' } };
  const content = { id: 'abc', url: 'https://www.facebook.com/', tab: { id: 2 } };
  expect(isExtensionPage(options, self)).toBe(true);
  expect(isContentScript(options, self)).toBe(false);
  expect(isExtensionPage(content, self)).toBe(false);
  expect(isContentScript(content, self)).toBe(true);
  expect(isExtensionPage({ ...options, id: 'other' }, self)).toBe(false);
  expect(isContentScript({ ...content, url: 'https://attacker.example/' }, self)).toBe(false);
  expect(isContentScript({ id: 'abc', url: 'https://x.com/home' }, self)).toBe(false); // no tab: not a content script
});
