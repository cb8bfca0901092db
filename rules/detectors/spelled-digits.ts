// Numbers read out digit by digit in words, as people dictate them: "four eight five, seven seven
// seven, three four five six". Regexes over digits never see them; the identifier detectors check
// the digits these runs spell.
const DIGIT_WORD: Record<string, string> = { zero: '0', oh: '0', nought: '0', one: '1', two: '2', three: '3', four: '4', five: '5', six: '6', seven: '7', eight: '8', nine: '9' };
// At least four digit words in a row, each apart by a space, comma, dot or dash.
const RUN = /\b(?:zero|oh|nought|one|two|three|four|five|six|seven|eight|nine)(?:[ ,.\u00a0-]{1,3}(?:zero|oh|nought|one|two|three|four|five|six|seven|eight|nine)\b){3,}/gi;

export type SpelledNumber = { start: number; end: number; digits: string };

export function spelledNumbers(text: string): SpelledNumber[] {
  const found: SpelledNumber[] = [];
  for (const match of text.matchAll(RUN)) {
    const digits = (match[0].match(/[a-z]+/gi) ?? []).map((word) => DIGIT_WORD[word.toLowerCase()]).join('');
    found.push({ start: match.index, end: match.index + match[0].length, digits });
  }
  return found;
}
