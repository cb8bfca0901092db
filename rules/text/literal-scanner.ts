// All the literal lists of one compiled ruleset (terms, swaps, context words, pattern gates), found
// together: one automaton over every distinct phrase, one pass over each text, and each list gets
// its own matches in the order a dedicated automaton would give them (by end, then longest first).
// With some fifty lists per ruleset this replaces fifty scans of the same text by one.

import { TermAutomaton, type TermMatch } from './automaton';

/** Texts remembered per scanner: a check reads the draft and, when it differs, its canonical form. */
const RECENT_TEXTS = 2;

type Scanned = { haystack: string; byList: (TermMatch[] | undefined)[] };

const NOTHING: readonly TermMatch[] = [];

export class LiteralScanner {
  private readonly phraseIndex = new Map<string, number>();
  /** Per distinct phrase, the [list, term] pairs it stands for, in the order they were added. */
  private readonly owners: [number, number][][] = [];
  private lists = 0;
  private automaton: TermAutomaton | undefined;
  private recent: Scanned[] = [];

  /** Registers a list of phrases, already folded like the haystack; returns its handle for find(). */
  add(phrases: readonly string[]): number {
    const list = this.lists++;
    phrases.forEach((phrase, term) => {
      if (phrase.length === 0) return;
      let index = this.phraseIndex.get(phrase);
      if (index === undefined) {
        index = this.owners.length;
        this.phraseIndex.set(phrase, index);
        this.owners.push([]);
      }
      (this.owners[index] as [number, number][]).push([list, term]);
    });
    this.automaton = undefined;
    this.recent = [];
    return list;
  }

  /** Every occurrence of the list's phrases in haystack, overlapping ones included. Do not mutate. */
  find(haystack: string, list: number): readonly TermMatch[] {
    let scanned = this.recent.find((entry) => entry.haystack === haystack);
    if (!scanned) {
      scanned = { haystack, byList: this.scan(haystack) };
      this.recent = [scanned, ...this.recent.slice(0, RECENT_TEXTS - 1)];
    }
    return scanned.byList[list] ?? NOTHING;
  }

  get built(): boolean {
    return this.automaton !== undefined;
  }

  /** Builds the automaton now rather than on the next find(). */
  build(): TermAutomaton {
    return (this.automaton ??= new TermAutomaton([...this.phraseIndex.keys()]));
  }

  private scan(haystack: string): (TermMatch[] | undefined)[] {
    // Most lists find nothing in a given post: their entry stays empty.
    const byList: (TermMatch[] | undefined)[] = new Array(this.lists);
    for (const { start, end, term: phrase } of this.build().scan(haystack)) {
      for (const [list, term] of this.owners[phrase] as [number, number][]) (byList[list] ??= []).push({ start, end, term });
    }
    return byList;
  }
}

/** One scanner per kind of text a ruleset's lists are read against, created on first use. */
export class LiteralScanners {
  private readonly byName = new Map<string, LiteralScanner>();

  get(name: string): LiteralScanner {
    let scanner = this.byName.get(name);
    if (!scanner) this.byName.set(name, (scanner = new LiteralScanner()));
    return scanner;
  }
}
