// Necessary literals of a regular expression: for each top-level alternative, a small set of
// strings one of which every match of that alternative contains (lower-cased). A check can then
// skip the alternatives whose literals are nowhere in the text, which is most of them for the long
// claim patterns, before V8 tries each alternative at every position. The analysis is conservative:
// anything it does not understand gives "no literal", which keeps the alternative always on.

/** What one parsed piece of a pattern tells us. */
type Info = {
  /** Every string the piece can match, when that set is small and made of plain literals. */
  exact: string[] | null;
  /** Strings one of which every match of the piece contains, or null when unknown. */
  required: string[] | null;
};

export type PatternFactors = {
  /** The top-level alternatives' source text, in order. */
  alternatives: string[];
  /** Per alternative, its necessary literals (lower-cased), or null when it may match anything. */
  required: (string[] | null)[];
};

/** Sets larger than this stop being tracked: a gate with hundreds of literals saves nothing. */
const MAX_SET = 64;
const MAX_CLASS = 12;

const ANY: Info = { exact: null, required: null };
const EMPTY: Info = { exact: [''], required: null };

class Unsupported extends Error {}

/**
 * A character as the gate text has it: ASCII letters lower-cased (an /iu match of one can only be
 * that letter, or 'ſ' and the Kelvin sign, which gateText folds), characters without case as they
 * are, any whitespace as one space, curly apostrophes and Unicode hyphens as their plain forms (the
 * folded text rewrites them so). Null for anything else: a letter /iu could match in other cases.
 */
function literalOf(char: string): string | null {
  if (/^\s$/u.test(char)) return ' ';
  if (char === '\u2018' || char === '\u2019') return "'";
  if (char === '\u2010' || char === '\u2011') return '-';
  const code = char.codePointAt(0) as number;
  if (code < 128) return char.toLowerCase();
  if (char.toLowerCase() === char && char.toUpperCase() === char && !/\p{M}/u.test(char)) return char;
  return null;
}

/**
 * Every concatenation; runs of spaces collapse as they do in the gate text. Both sides are already
 * collapsed, so only the join can make a run: a space ending one and starting the other.
 */
function product(left: string[], right: string[]): string[] | null {
  if (left.length * right.length > MAX_SET) return null;
  const join = (a: string, b: string) => (a.endsWith(' ') && b.startsWith(' ') ? a + b.slice(1) : a + b);
  // A run of plain characters extends one string at a time: the common case, kept cheap.
  if (left.length === 1 && right.length === 1) return [join(left[0] as string, right[0] as string)];
  return [...new Set(left.flatMap((a) => right.map((b) => join(a, b))))];
}

/** Longer shortest strings make rarer gates; a literal made only of letters is common in prose. */
function score(set: string[] | null): number {
  if (!set || set.length === 0 || set.some((s) => s.trim() === '')) return -1;
  return Math.min(...set.map((s) => s.trim().length + (/[^a-z ]/.test(s) ? 2 : 0))) - set.length / 1000;
}

function best(candidates: (string[] | null)[]): string[] | null {
  let chosen: string[] | null = null;
  for (const candidate of candidates) if (score(candidate) > score(chosen)) chosen = candidate;
  return score(chosen) > 0 ? minimal(chosen as string[]) : null;
}

/** A string containing another member adds nothing: whatever contains it contains the other. */
function minimal(set: string[]): string[] {
  const unique = [...new Set(set)];
  return unique.filter((literal) => !unique.some((other) => other !== literal && literal.includes(other)));
}

function requiredOf(info: Info): string[] | null {
  return best([info.exact, info.required]);
}

class Parser {
  private at = 0;

  constructor(private readonly source: string) {}

  /** The pattern's top-level alternatives as source slices, with what each requires. */
  top(): PatternFactors {
    const alternatives: string[] = [];
    const required: (string[] | null)[] = [];
    for (;;) {
      const from = this.at;
      const info = this.sequence();
      alternatives.push(this.source.slice(from, this.at));
      required.push(requiredOf(info));
      if (this.at >= this.source.length) break;
      if (this.source[this.at] !== '|') throw new Unsupported('unbalanced group');
      this.at++;
    }
    return { alternatives, required };
  }

  private alternation(): Info {
    const branches: Info[] = [this.sequence()];
    while (this.source[this.at] === '|') {
      this.at++;
      branches.push(this.sequence());
    }
    if (branches.length === 1) return branches[0] as Info;
    const exacts = branches.map((branch) => branch.exact);
    const exact = exacts.every((set) => set !== null) ? [...new Set(exacts.flat() as string[])] : null;
    const parts = branches.map(requiredOf);
    const required = parts.every((set) => set !== null) ? [...new Set(parts.flat() as string[])] : null;
    return {
      exact: exact && exact.length <= MAX_SET ? exact : null,
      required: required && required.length <= MAX_SET ? required : null,
    };
  }

  private sequence(): Info {
    const candidates: (string[] | null)[] = [];
    let run: string[] = [''];
    let whole = true;
    while (this.at < this.source.length && this.source[this.at] !== '|' && this.source[this.at] !== ')') {
      const { info, lookaround } = this.quantified();
      if (lookaround) candidates.push(lookaround);
      const joined = info.exact && product(run, info.exact);
      if (joined) {
        run = joined;
        continue;
      }
      candidates.push(run, info.exact, info.required);
      run = [''];
      whole = false;
    }
    candidates.push(run);
    return { exact: whole ? run : null, required: best(candidates) };
  }

  private quantified(): { info: Info; lookaround?: string[] | null } {
    const { info, lookaround } = this.atom();
    const quantifier = '*+?{'.includes(this.source[this.at] ?? '|') ? /^(?:[*+?]|\{(\d+)(,(\d*))?\})\??/u.exec(this.source.slice(this.at)) : null;
    if (!quantifier) return { info, lookaround };
    this.at += quantifier[0].length;
    const symbol = quantifier[0].replace(/\?$/u, '') || '?';
    const min = symbol === '+' ? 1 : symbol === '*' || symbol === '?' ? 0 : Number(quantifier[1]);
    const max = symbol === '?' ? 1 : quantifier[1] !== undefined && quantifier[2] === undefined ? min : Infinity;
    if (min === 1 && max === 1) return { info, lookaround };
    // Whitespace runs are one space in the gate text, however many the pattern allows.
    if (info.exact?.every((literal) => literal === ' ')) return { info: { exact: min > 0 ? [' '] : ['', ' '], required: null } };
    if (min === 0 && max === 1 && info.exact) return { info: { exact: ['', ...info.exact], required: null } };
    if (min === 0) return { info: ANY };
    return { info: { exact: null, required: requiredOf(info) }, lookaround };
  }

  private atom(): { info: Info; lookaround?: string[] | null } {
    const char = this.source[this.at] as string;
    if (char === '(') return this.group();
    if (char === '[') return { info: this.characterClass() };
    if (char === '\\') return { info: this.escape() };
    if (char === '.') {
      this.at++;
      return { info: ANY };
    }
    if (char === '^' || char === '$') {
      this.at++;
      return { info: EMPTY };
    }
    if ('*+?{}]'.includes(char)) throw new Unsupported(`unexpected ${char}`);
    const code = this.source.codePointAt(this.at) as number;
    const literal = String.fromCodePoint(code);
    this.at += literal.length;
    return { info: single(literal) };
  }

  private group(): { info: Info; lookaround?: string[] | null } {
    const head = /^\((\?(?:[:=!]|<[=!]|<[A-Za-z_$][\w$]*>))?/u.exec(this.source.slice(this.at)) as RegExpExecArray;
    if (this.source.startsWith('(?', this.at) && !head[1]) throw new Unsupported('unknown group');
    this.at += head[0].length;
    const inner = this.alternation();
    if (this.source[this.at] !== ')') throw new Unsupported('unclosed group');
    this.at++;
    const kind = head[1] ?? '';
    // Lookarounds match no characters of their own; a positive one still needs its text somewhere.
    if (kind === '?=' || kind === '?<=') return { info: EMPTY, lookaround: requiredOf(inner) };
    if (kind === '?!' || kind === '?<!') return { info: EMPTY };
    return { info: inner };
  }

  private escape(): Info {
    const rest = this.source.slice(this.at + 1);
    const letter = rest[0];
    if (letter === undefined) throw new Unsupported('trailing backslash');
    if (/^[1-9]/u.test(rest) || letter === 'k') throw new Unsupported('backreference');
    const code = /^(?:u\{([\dA-Fa-f]+)\}|u([\dA-Fa-f]{4})|x([\dA-Fa-f]{2}))/u.exec(rest);
    if (code) {
      this.at += 1 + code[0].length;
      return single(String.fromCodePoint(parseInt((code[1] ?? code[2] ?? code[3]) as string, 16)));
    }
    if (letter === 'p' || letter === 'P') {
      const property = /^[pP]\{[^}]*\}/u.exec(rest);
      if (!property) throw new Unsupported('bad property escape');
      this.at += 1 + property[0].length;
      return ANY;
    }
    if (letter === 'c' || letter === '0') throw new Unsupported('control escape');
    this.at += 2;
    if (letter === 'b' || letter === 'B') return EMPTY;
    if (letter === 's') return { exact: [' '], required: null };
    if ('dDwWS'.includes(letter)) return ANY;
    const controls: Record<string, string> = { n: '\n', r: '\r', t: '\t', f: '\f', v: '\v' };
    return single(controls[letter] ?? letter);
  }

  private characterClass(): Info {
    const end = this.classEnd();
    const body = this.source.slice(this.at + 1, end);
    this.at = end + 1;
    if (body.startsWith('^')) return ANY;
    const members: string[] = [];
    let previous: string | undefined;
    for (let i = 0; i < body.length; ) {
      let member: string;
      const escaped = body[i] === '\\';
      if (escaped) {
        const next = body[i + 1] as string;
        if (/[dDwWSpPbcu0-9xk]/u.test(next)) return ANY;
        const controls: Record<string, string> = { n: '\n', r: '\r', t: '\t', f: '\f', v: '\v' };
        member = next === 's' ? ' ' : (controls[next] ?? next);
        i += 2;
      } else {
        member = String.fromCodePoint(body.codePointAt(i) as number);
        i += member.length;
      }
      if (member === '-' && !escaped && previous !== undefined && i < body.length) {
        const to = String.fromCodePoint(body.codePointAt(i) as number);
        if (to === '\\') return ANY;
        i += to.length;
        const from = previous.codePointAt(0) as number;
        const last = to.codePointAt(0) as number;
        if (last - from > MAX_CLASS) return ANY;
        for (let code = from + 1; code <= last; code++) members.push(String.fromCodePoint(code));
        previous = undefined;
        continue;
      }
      members.push(member);
      previous = member;
    }
    const literals = members.map(literalOf);
    if (literals.some((literal) => literal === null) || members.length > MAX_CLASS) return ANY;
    return { exact: [...new Set(literals as string[])], required: null };
  }

  /** Index of the "]" closing the class that starts at this.at (with the u flag, "[]" is an empty class). */
  private classEnd(): number {
    for (let i = this.at + 1; i < this.source.length; i++) {
      if (this.source[i] === '\\') i++;
      else if (this.source[i] === ']') return i;
    }
    throw new Unsupported('unclosed class');
  }
}

function single(char: string): Info {
  const literal = literalOf(char);
  return literal === null ? ANY : { exact: [literal], required: null };
}

/**
 * The pattern's top-level alternatives and their necessary literals, or null when the pattern uses
 * something the analysis does not cover (backreferences, unknown syntax): then nothing is gated.
 */
export function patternFactors(source: string): PatternFactors | null {
  try {
    return new Parser(source).top();
  } catch (error) {
    if (error instanceof Unsupported) return null;
    throw error;
  }
}

/**
 * The text as the gate reads it: the shared folded text (lower case, plain spaces, apostrophes and
 * hyphens) with runs of spaces collapsed and the two characters /iu folds into ASCII letters.
 */
export function gateText(folded: string): string {
  const collapsed = folded.replace(/ {2,}/gu, ' ');
  return collapsed.includes('\u017f') ? collapsed.replace(/\u017f/gu, 's') : collapsed;
}
