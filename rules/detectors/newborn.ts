// Birth announcements that add up: two or more of the baby's name, weight, time or date of birth and
// the parents' names identify a baby and its family even without a surname.
import { FULL_DATE } from './dates';
import { sentenceAround, textBefore } from './context';
import { toldAsHistory } from '../people/roles';
import type { Detector } from './types';

type Part = 'baby name' | 'weight' | 'time of birth' | 'date of birth' | 'parent names';

const BIRTH_CONTEXT = /\b(?:born|birth|newborn|new arrival|bab(?:y|ies)|twins|triplets|arrived|arrival|delivered|welcome(?:d)? (?:to the world|little)|it'?s a (?:boy|girl))\b/i;
const NAME = "[A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)?";
const PARTS: [Part, RegExp, number][] = [
  ['weight', /\b\d{1,2}[ \u00a0]?(?:lbs?|pounds?)[ \u00a0,]*(?:and[ \u00a0]+)?\d{1,2}(?:\.\d)?[ \u00a0]?(?:oz|ounces?)\b|\b\d{1,2}[ \u00a0]?lbs?\b|\b[1-6](?:\.\d{1,3})?[ \u00a0]?kg\b|\b[1-6]\d{3}[ \u00a0]?(?:g|grams)\b/g, 0],
  ['time of birth', /\b(?:at|@)[ \u00a0]?(?:[01]?\d|2[0-3])[:.][0-5]\d(?:[ \u00a0]?[ap]\.?m\b)?|\b(?:[01]?\d|2[0-3])[:.][0-5]\d[ \u00a0]?[ap]\.?m\b/g, 0],
  ['baby name', new RegExp(`\\b(?:[Bb]aby|[Bb]abies|[Ll]ittle|[Nn]amed|[Cc]alled|[Ww]elcome(?:d)?(?: little)?)[ \\u00a0]+(${NAME})|\\b(${NAME})(?= (?:was born|arrived|weigh(?:ed|ing)|entered the world|made (?:his|her|their) arrival))`, 'g'), 1],
  ['parent names', new RegExp(`\\b(?:[Pp]arents|[Mm]um|[Mm]om|[Mm]other|[Dd]ad|[Ff]ather|[Mm]ummy|[Dd]addy)[ \\u00a0]+(${NAME}(?:(?: and | & )${NAME})?)|\\b(?:son|daughter|baby) of (${NAME}(?:(?: and | & )${NAME})?)|\\b(${NAME} (?:and|&) ${NAME})(?= (?:welcomed|are (?:proud|delighted|thrilled)|became))`, 'g'), 1],
];
// Words that follow "welcome"/"little" but are not a baby's name.
const NOT_A_BABY_NAME = /^(?:To|The|Our|Back|Home|One|Ones|Baby|Babies|Bundle|Miracle|Star|Everyone|All)$/;
const BORN_BEFORE_DATE = /\b(?:born|arrived|birth|delivered|DOB)\b[^.!?\n]{0,25}$/i;

export const newborn: Detector = {
  meta: {
    id: 'newborn',
    description:
      "Birth announcements combining two or more of: the baby's name ('baby Leo', 'welcome Ava'), weight ('7lb 2oz', '3.2kg'), time of birth ('at 02:17'), date of birth and the parents' names ('proud parents Sam and Alex'). Ignores a single detail ('average birth weight 3.4kg') and aggregates ('babies born here this year: 4,210').",
  },
  detect({ text }) {
    if (!BIRTH_CONTEXT.test(text)) return [];
    const found: { part: Part; start: number; end: number; shown: string }[] = [];
    for (const [part, pattern, group] of PARTS) {
      for (const match of text.matchAll(pattern)) {
        const value = group ? match.slice(group).find(Boolean) : match[0];
        if (!value || (part === 'baby name' && NOT_A_BABY_NAME.test(value))) continue;
        const start = match.index + match[0].lastIndexOf(value);
        found.push({ part, start, end: start + value.length, shown: value });
      }
    }
    for (const match of text.matchAll(FULL_DATE)) {
      if (BORN_BEFORE_DATE.test(textBefore(text, match.index, 40))) {
        found.push({ part: 'date of birth', start: match.index, end: match.index + match[0].length, shown: match[0] });
      }
    }
    // ("Fifty years ago ... the very first baby born in the new unit ... on 2 June 1975")
    const current = found.filter(({ start, end }) => !toldAsHistory(text, sentenceAround(text, { start, end })));
    const kinds = new Set(current.map((f) => f.part));
    if (kinds.size < 2) return [];
    const summary = [...kinds].join(', ');
    return current
      .sort((a, b) => a.start - b.start)
      .map(({ part, start, end, shown }) => ({
        start,
        end,
        detail: `Birth details add up to an identifiable baby and family (${summary}): remove '${shown}' (${part}) unless the parents gave written consent.`,
      }));
  },
};
