// Titles and names: "Premier League", "the Miracle Appeal", the film "Perfect Vision", a campaign
// called "Pain Free Together", "join our Race for Life team". A claim word inside a name claims nothing. Three shapes: a
// capitalised run after a title word (film, book, campaign ...), a quoted capitalised run, and a
// capitalised run ending in a word that names an event, body or place (League, Awards, Appeal ...).
// Provider names (Clinic, Centre, Hospital) are deliberately not in that list: "London's Best
// Cosmetic Clinic" is a claim in capitals.

import type { ScopeSpan } from './types';

/** The cue words in either case, while the title itself must keep its capitals. */
const anyCase = (source: string) => source.replace(/(?<![\\\w])([a-z])/g, (letter) => `[${letter.toUpperCase()}${letter}]`);

const SMALL = "(?:of|the|and|a|an|in|on|to|for|at|&|with|de|la|le)";
const CAPITALISED = "(?:[\\p{Lu}\\d][\\p{L}\\d'’.-]*)";
const RUN = `${CAPITALISED}(?:\\s+(?:${CAPITALISED}|${SMALL}))*`;

const AFTER_TITLE_WORD = new RegExp(
  `\\b${anyCase(`(?:film|movie|documentary|book|novel|memoir|play|musical|podcast|series|show|song|album|campaign|appeal|exhibition|initiative|conference|called|titled|entitled|join\\s+(?:our|the|us\\s+(?:at|for))|sign\\s+up\\s+(?:for|to)|tak(?:e|ing)\\s+part\\s+in|in\\s+aid\\s+of|support(?:ing)?\\s+(?:our|the))`)}\\s+["“'‘]?(${RUN})`,
  'gu',
);
const QUOTED = new RegExp(`["“‘](${CAPITALISED}(?:\\s+(?:${CAPITALISED}|${SMALL}))+)["”’]`, 'gu');
const NAMED_THING = new RegExp(
  `\\b${RUN}\\s+(?:League|Cup|Trophy|Awards?|Prize|Trust|Foundation|Society|Association|Festival|Appeal|Marathon|Run|Walk|Challenge|Scheme|Street|Road|Lane|Avenue|Club|Fund|Week|Month|Network|Alliance|Institute|Hotel|Show|Lottery|Games)\\b`,
  'gu',
);

export function titleScopes(text: string): ScopeSpan[] {
  const spans: ScopeSpan[] = [];
  for (const found of text.matchAll(AFTER_TITLE_WORD)) {
    const title = found[1] as string;
    const start = found.index + found[0].length - title.length;
    spans.push({ kind: 'title', start, end: start + title.length, cue: found[0].slice(0, found[0].length - title.length).trim() });
  }
  for (const found of text.matchAll(QUOTED)) spans.push({ kind: 'title', start: found.index + 1, end: found.index + found[0].length - 1, cue: 'quoted name' });
  for (const found of text.matchAll(NAMED_THING)) spans.push({ kind: 'title', start: found.index, end: found.index + found[0].length, cue: 'name' });
  return spans;
}
