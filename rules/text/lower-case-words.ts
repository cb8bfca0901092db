// The lower-case words of a text, as /(?<![\p{L}@#])[a-z][a-z'’-]+(?![\p{L}])/gu finds them (handles
// and hashtags left out), by one pass over char codes. A post in lower case is read word by word for
// given names, and on a 3,000-character post that regex's lookbehind at every position cost more
// than the lookups it fed.

const ANY_LETTER = /^\p{L}$/u;
const LOWER_A = 97;
const LOWER_Z = 122;
const APOSTROPHE = 39;
const RIGHT_QUOTE = 0x2019;
const HYPHEN = 45;
const AT = 64;
const HASH = 35;

const isLower = (code: number) => code >= LOWER_A && code <= LOWER_Z;
const inWord = (code: number) => isLower(code) || code === APOSTROPHE || code === RIGHT_QUOTE || code === HYPHEN;

/** Whether the code point starting at `at` is a letter (false past the end). */
function letterAt(text: string, at: number): boolean {
  const code = text.codePointAt(at);
  if (code === undefined) return false;
  if (code < 128) return (code >= 65 && code <= 90) || isLower(code);
  return ANY_LETTER.test(String.fromCodePoint(code));
}

/** Whether the code point ending just before `at` is a letter. */
function letterBefore(text: string, at: number): boolean {
  if (at === 0) return false;
  const low = text.charCodeAt(at - 1);
  const pair = low >= 0xdc00 && low <= 0xdfff && at >= 2 && text.charCodeAt(at - 2) >= 0xd800 && text.charCodeAt(at - 2) <= 0xdbff;
  return letterAt(text, pair ? at - 2 : at - 1);
}

export function* lowerCaseWords(text: string): Generator<{ start: number; end: number }> {
  let at = 0;
  while (at < text.length) {
    const code = text.charCodeAt(at);
    if (isLower(code) && !letterBefore(text, at) && text.charCodeAt(at - 1) !== AT && text.charCodeAt(at - 1) !== HASH) {
      let end = at + 1;
      while (end < text.length && inWord(text.charCodeAt(end))) end++;
      // (the regex gives back characters until no letter follows: "jamie'Smith" ends before the apostrophe)
      while (end - at >= 2 && letterAt(text, end)) end--;
      if (end - at >= 2) {
        yield { start: at, end };
        at = end;
        continue;
      }
    }
    at++;
  }
}
