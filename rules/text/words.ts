// Word boundaries for matching terms inside prose: a term matches as a whole word when the
// characters around it are not letters, digits or combining marks (so "cure" is not found in
// "secure" nor "cafe" in "cafe\u0301").

const WORD_CHAR = /[\p{L}\p{N}\p{M}_]/u;

export function isWordChar(char: string | undefined): boolean {
  return char !== undefined && WORD_CHAR.test(char);
}

/** The code point ending just before index (handles surrogate pairs). */
export function charBefore(text: string, index: number): string | undefined {
  if (index <= 0) return undefined;
  const low = text.charCodeAt(index - 1);
  if (low >= 0xdc00 && low <= 0xdfff && index >= 2) {
    const high = text.charCodeAt(index - 2);
    if (high >= 0xd800 && high <= 0xdbff) return text.slice(index - 2, index);
  }
  return text[index - 1];
}

/** The code point starting at index. */
export function charAt(text: string, index: number): string | undefined {
  if (index >= text.length) return undefined;
  const code = text.codePointAt(index);
  return code === undefined ? undefined : String.fromCodePoint(code);
}

/** True when text[start, end) is not glued to word characters on either side. */
export function isWholeWord(text: string, start: number, end: number): boolean {
  const first = charAt(text, start);
  const last = charBefore(text, end);
  // A term that itself starts or ends with punctuation ("#1", "100%") only needs the word side bounded.
  const leftOk = !isWordChar(first) || !isWordChar(charBefore(text, start));
  const rightOk = !isWordChar(last) || !isWordChar(charAt(text, end));
  return leftOk && rightOk;
}
