// Case folding that keeps every UTF-16 index where it was, so a match found in folded text has the
// same offsets in the original. String.prototype.toLowerCase can change length ('İ' -> 'i̇').

/** Lower-cases text code point by code point; a code point whose lower case has another length keeps its first unit or stays as is. */
export function foldCase(text: string): string {
  // Final sigma depends on context, which per-character folding can't see: fold both to σ.
  const lowered = text.toLowerCase().replace(/ς/g, 'σ');
  // Lower-casing never merges code points, so equal length means nothing expanded.
  if (lowered.length === text.length) return lowered;
  let out = '';
  for (const char of text) {
    const lower = char.toLowerCase();
    if (lower.length === char.length) out += lower;
    else if (char.length === 1 && lower.length > 1 && isSingleUnit(lower.charCodeAt(0))) out += lower[0];
    else out += char;
  }
  return out.replace(/ς/g, 'σ');
}

function isSingleUnit(code: number): boolean {
  return code < 0xd800 || code > 0xdfff;
}

// Editors put no-break spaces between words (Draft.js and Lexical do for runs of spaces), phones type
// curly apostrophes, and some keyboards non-breaking hyphens. Each maps to its plain form, one code
// unit for one, so indices stay put.
// Plain spaces are left out of the class: a callback per space was most of this function's cost.
const LOOKALIKES = /[^\S ]|[\u2018\u2019\u2010\u2011]/g;
const PLAIN: Record<string, string> = { '\u2018': "'", '\u2019': "'", '\u2010': '-', '\u2011': '-' };

/** Plain spaces, apostrophes and hyphens for their look-alikes, keeping every UTF-16 index. */
export function normaliseLookalikes(text: string): string {
  return text.replace(LOOKALIKES, (char) => PLAIN[char] ?? ' ');
}
