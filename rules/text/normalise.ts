// The text detectors read: what the writer sees, in one canonical spelling, with a map back to the
// draft's own UTF-16 offsets. Without it "943\u00ad476 5919", "９４３ ４７６ ５９１９" or a name with a
// Cyrillic "о" look like nothing to a regex while readers see the identifier (security review, issue 9).
//
// Each character becomes: nothing if invisible (\p{Cf}, default-ignorable: soft hyphen, ZWJ/ZWNJ,
// LRM/RLM, U+2061.., variation selectors); its NFKC form (fullwidth, ligatures, compatibility spaces),
// composed with the combining marks that follow it; ASCII for any decimal digit (\p{Nd}: Arabic-Indic,
// Devanagari...); a plain space for any other space; '-' for any dash or minus; "'" for curly
// apostrophes. Latin look-alike letters from Cyrillic and Greek become Latin inside words that already
// mix in Latin letters or digits (the spoofing case); wholly Cyrillic or Greek words stay as written.

export type NormalisedText = {
  /** The canonical text detectors read. */
  text: string;
  /** The draft span a canonical span [start, end) came from; edge invisibles are left out. */
  toOriginal(start: number, end: number): { start: number; end: number };
};

// Invisible, plus ASCII controls other than tab and line breaks.
const INVISIBLE = /[\p{Cf}\p{Default_Ignorable_Code_Point}\x00-\x08\x0b\x0c\x0e-\x1f\x7f]/gu;
const MARK = /^\p{M}$/u;
const DIGIT = /^\p{Nd}$/u;
const SPACE = /^\p{Zs}$/u;
const DASH = /^[\p{Pd}\u2212\u2796\uFE63]$/u;
const LINE_BREAK = /^[\u2028\u2029\u0085]$/u;
const APOSTROPHE: Record<string, string> = { '\u2018': "'", '\u2019': "'", '\u02bc': "'" };
/** Anything outside printable ASCII, or an ASCII control other than tab and line breaks. */
const NEEDS_WORK = /[^\t\n\r\x20-\x7e]/;

// Cyrillic and Greek letters that render like a Latin letter in common fonts (a subset of Unicode
// confusables.txt, single code unit each so offsets stay put).
const CONFUSABLE: Record<string, string> = {
  а: 'a', в: 'B', е: 'e', к: 'k', м: 'M', н: 'H', о: 'o', р: 'p', с: 'c', т: 'T', у: 'y', х: 'x', ѕ: 's', і: 'i', ј: 'j', ԁ: 'd', ԛ: 'q', ԝ: 'w', ү: 'y', һ: 'h',
  А: 'A', В: 'B', Е: 'E', К: 'K', М: 'M', Н: 'H', О: 'O', Р: 'P', С: 'C', Т: 'T', Х: 'X', У: 'Y', Ѕ: 'S', І: 'I', Ј: 'J', Ԛ: 'Q', Ԝ: 'W', Ү: 'Y', Һ: 'H', Ӏ: 'I',
  Α: 'A', Β: 'B', Ε: 'E', Ζ: 'Z', Η: 'H', Ι: 'I', Κ: 'K', Μ: 'M', Ν: 'N', Ο: 'O', Ρ: 'P', Τ: 'T', Υ: 'Y', Χ: 'X',
  ο: 'o', ν: 'v', ι: 'i', κ: 'k', ρ: 'p', α: 'a', υ: 'u', ς: 'c', ϳ: 'j', // NFKC turns lunate sigma ϲ into ς
};
const CONFUSABLE_CHAR = new RegExp(`[${Object.keys(CONFUSABLE).join('')}]`, 'g');
const WORD = /[\p{L}\p{M}\p{N}]+/gu;
const LATIN_OR_DIGIT = /[A-Za-z0-9]/;
const ONLY_CONFUSABLE = new RegExp(`^[${Object.keys(CONFUSABLE).join('')}]+$`);

const identity = (text: string): NormalisedText => ({ text, toOriginal: (start, end) => ({ start, end }) });

/** The ASCII digit for any Unicode decimal digit: digits come in contiguous runs starting at zero. */
function asciiDigit(char: string): string {
  const code = char.codePointAt(0)!;
  let zero = code;
  while (zero > 0 && DIGIT.test(String.fromCodePoint(zero - 1)) && code - zero < 9) zero--;
  // A run longer than ten (mathematical digits) is several sets; NFKC has already flattened those.
  return String((code - zero) % 10);
}

function foldChar(char: string): string {
  if (char.length === 1 && char.charCodeAt(0) < 0x80) return char;
  if (DIGIT.test(char)) return asciiDigit(char);
  if (SPACE.test(char)) return ' ';
  if (LINE_BREAK.test(char)) return '\n';
  if (DASH.test(char)) return '-';
  return APOSTROPHE[char] ?? char;
}

function foldConfusables(text: string): string {
  CONFUSABLE_CHAR.lastIndex = 0;
  if (!CONFUSABLE_CHAR.test(text)) return text;
  return text.replace(WORD, (word) => (LATIN_OR_DIGIT.test(word) || ONLY_CONFUSABLE.test(word) ? word.replace(CONFUSABLE_CHAR, (char) => CONFUSABLE[char]!) : word));
}

const isSurrogateLead = (code: number) => code >= 0xd800 && code <= 0xdbff;

/** One code point plus the combining marks after it: the unit NFKC composes. */
function segmentEnd(text: string, start: number): number {
  let end = start + (isSurrogateLead(text.charCodeAt(start)) && start + 1 < text.length ? 2 : 1);
  while (end < text.length && text.charCodeAt(end) >= 0x300) {
    const next = String.fromCodePoint(text.codePointAt(end)!);
    if (!MARK.test(next)) break;
    end += next.length;
  }
  return end;
}

/** A segment's canonical form: invisibles dropped, NFKC, then digits, spaces and dashes folded. */
function canonicalSegment(segment: string): string {
  let out = '';
  for (const char of segment.replace(INVISIBLE, '').normalize('NFKC')) out += foldChar(char);
  return out;
}

// Posts repeat the same emoji and symbols: remember each segment's form (bounded, so memory stays flat).
const segmentCache = new Map<string, string>();
const SEGMENT_CACHE_LIMIT = 4096;

function cachedSegment(segment: string): string {
  let out = segmentCache.get(segment);
  if (out === undefined) {
    if (segmentCache.size >= SEGMENT_CACHE_LIMIT) segmentCache.clear();
    out = canonicalSegment(segment);
    segmentCache.set(segment, out);
  }
  return out;
}

/** The next character needing more than a copy, from `from` on (global: one scan per ASCII run). */
const SPECIAL = /[^\t\n\r\x20-\x7e]/g;

const startsWithMark = (text: string, at: number) => text.charCodeAt(at) >= 0x300 && MARK.test(String.fromCodePoint(text.codePointAt(at)!));

export function normaliseText(original: string): NormalisedText {
  if (!NEEDS_WORK.test(original)) return identity(original);
  const parts: string[] = [];
  // starts[k] / ends[k]: the draft span of canonical character k. Output can outgrow the input ("ﬁ" -> "fi").
  let starts = new Int32Array(original.length + 16);
  let ends = new Int32Array(original.length + 16);
  let length = 0;
  const reserve = (count: number) => {
    if (length + count <= starts.length) return;
    const size = Math.max(starts.length * 2, length + count);
    const grownStarts = new Int32Array(size);
    const grownEnds = new Int32Array(size);
    grownStarts.set(starts);
    grownEnds.set(ends);
    starts = grownStarts;
    ends = grownEnds;
  };
  for (let i = 0; i < original.length; ) {
    SPECIAL.lastIndex = i;
    let next = SPECIAL.exec(original)?.index ?? original.length;
    // A plain letter followed by a combining mark composes with it ("a\u0301" -> "á").
    if (next < original.length && next > i && startsWithMark(original, next)) next--;
    if (next > i) {
      parts.push(original.slice(i, next));
      reserve(next - i);
      for (let k = i; k < next; k++, length++) {
        starts[length] = k;
        ends[length] = k + 1;
      }
      i = next;
      if (i >= original.length) break;
    }
    const end = segmentEnd(original, i);
    const out = cachedSegment(original.slice(i, end));
    parts.push(out);
    reserve(out.length);
    starts.fill(i, length, length + out.length);
    ends.fill(end, length, length + out.length);
    length += out.length;
    i = end;
  }
  const text = foldConfusables(parts.join(''));
  return {
    text,
    toOriginal(start, end) {
      if (start >= text.length) return { start: original.length, end: original.length };
      const from = starts[start]!;
      return { start: from, end: end > start ? ends[end - 1]! : from };
    },
  };
}
