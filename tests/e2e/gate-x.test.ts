// The pre-publish gate on X: the home box, the #layers modal and the mobile textarea (gate-helpers.ts).
import { describeGate } from './gate-helpers';

describeGate('x', [
  {
    name: 'X home composer (Draft.js)',
    replica: 'x-home',
    surface: 'home',
    editor: '[data-testid="primaryColumn"] [data-testid="tweetTextarea_0"] >> nth=0',
    submitButton: '[data-testid="tweetButtonInline"] >> nth=0',
    submitKeys: 'ControlOrMeta+Enter',
  },
  {
    name: 'X modal composer (Draft.js in #layers)',
    replica: 'x-home',
    surface: 'modal-0',
    open: (page) => page.click('[data-testid="SideNav_NewTweet_Button"]'),
    editor: '#layers [role="dialog"][aria-modal="true"] [data-testid="tweetTextarea_0"]',
    submitButton: '#layers [data-testid="tweetButton"]',
    submitKeys: 'ControlOrMeta+Enter',
  },
  {
    name: 'X mobile composer (textarea)',
    replica: 'x-mobile',
    surface: 'mobile',
    editor: 'textarea[data-testid="tweetTextarea_0"]',
    submitButton: '[data-testid="tweetButton"]',
    submitKeys: 'ControlOrMeta+Enter',
  },
]);
