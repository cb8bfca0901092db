// Property tests through the whole default ruleset: an identifier still blocks the post when it is
// written (label included) with other separators or groupings, invisible characters, fullwidth or other-script digits,
// fullwidth letters or Cyrillic/Greek look-alike letters, and the error points at the draft's own text.
import fc from 'fast-check';
import { createDefaultChecker } from '../../../rules/index';

const checker = createDefaultChecker();

const INVISIBLES = ['\u00ad', '\u200b', '\u200c', '\u200d', '\u200e', '\u200f', '\u2060', '\u2061', '\u2062', '\u2063', '\u2064', '\ufeff', '\u202a', '\u202c', '\u2066', '\u2069', '\u180e'];
/** Code point of zero in scripts whose decimal digits readers would still read as a number. */
const DIGIT_ZEROS = [0x30, 0xff10, 0x660, 0x6f0, 0x966, 0x9e6, 0xae6, 0xe50, 0x1d7ce, 0x1d7ec];
const SEPARATORS = [' ', '-', '.', '\u00a0', '\u2009', '\u202f', '\u2007', '\u2013', '\u2014', '\u2212', '\u2010'];
// Latin letters and a look-alike from another script for each.
const LOOKALIKES: Record<string, string[]> = {
  a: ['\u0430'], c: ['\u0441', '\u03f2'], e: ['\u0435'], i: ['\u0456', '\u03b9'], j: ['\u0458'], o: ['\u043e', '\u03bf'], p: ['\u0440', '\u03c1'],
  s: ['\u0455'], x: ['\u0445'], y: ['\u0443'], A: ['\u0410', '\u0391'], B: ['\u0412', '\u0392'], C: ['\u0421'], E: ['\u0415', '\u0395'],
  H: ['\u041d', '\u0397'], I: ['\u0406', '\u0399'], K: ['\u041a', '\u039a'], M: ['\u041c', '\u039c'], N: ['\u039d'], O: ['\u041e', '\u039f'],
  P: ['\u0420', '\u03a1'], S: ['\u0405'], T: ['\u0422', '\u03a4'], X: ['\u0425', '\u03a7'], Y: ['\u03a5'], Z: ['\u0396'],
};

type Disguise = { digits: number[]; letters: ('keep' | 'fullwidth' | 'lookalike')[]; invisibles: number[]; separators: number[]; groups: number[] };

const disguise: fc.Arbitrary<Disguise> = fc.record({
  digits: fc.array(fc.nat(DIGIT_ZEROS.length - 1), { minLength: 12, maxLength: 12 }),
  letters: fc.array(fc.constantFrom('keep' as const, 'fullwidth' as const, 'lookalike' as const), { minLength: 30, maxLength: 30 }),
  invisibles: fc.array(fc.nat(INVISIBLES.length * 3), { minLength: 40, maxLength: 40 }),
  separators: fc.array(fc.nat(SEPARATORS.length - 1), { minLength: 12, maxLength: 12 }),
  groups: fc.array(fc.integer({ min: 2, max: 5 }), { minLength: 12, maxLength: 12 }),
});

/** Writes `digits` in groups (sizes from the disguise unless given) joined by the disguise's separators. */
function regroup(digits: string, d: Disguise, sizes: number[] = d.groups): string {
  let out = '';
  for (let i = 0, g = 0; i < digits.length; g++) {
    const size = sizes[g % sizes.length]!;
    out += (i > 0 ? SEPARATORS[d.separators[g % d.separators.length]!] : '') + digits.slice(i, i + size);
    i += size;
  }
  return out;
}

/** Other-script digits, fullwidth or look-alike letters, and invisible characters between characters. */
function dress(text: string, d: Disguise): string {
  let out = '';
  [...text].forEach((char, i) => {
    if (/\d/.test(char)) out += String.fromCodePoint(DIGIT_ZEROS[d.digits[i % d.digits.length]!]! + Number(char));
    else if (/[A-Za-z]/.test(char)) {
      const how = d.letters[i % d.letters.length]!;
      const lookalikes = LOOKALIKES[char];
      if (how === 'fullwidth') out += String.fromCodePoint(char.codePointAt(0)! - 0x21 + 0xff01);
      else if (how === 'lookalike' && lookalikes) out += lookalikes[i % lookalikes.length]!;
      else out += char;
    } else out += char;
    const invisible = INVISIBLES[d.invisibles[i % d.invisibles.length]!]; // indices past the list: none here
    if (invisible && i < text.length - 1) out += invisible;
  });
  return out;
}

// Phone numbers keep the groupings people write (a phone parser rightly ignores "07 70 09 00 12 3").
const PHONE_GROUPINGS = [[5, 6], [5, 3, 3], [4, 3, 4], [3, 4, 4], [11]];

type Case = { type: string; before: string; identifier: (d: Disguise) => string; after: string };

const CASES: Case[] = [
  { type: 'NHS number', before: 'NHS no: ', identifier: (d) => regroup('9434765919', d), after: ' on the form.' },
  { type: 'SSN', before: 'Her SSN is ', identifier: (d) => regroup('123456789', d), after: ', please update it.' },
  { type: 'MRN', before: 'MRN ', identifier: (d) => regroup('00123456', d), after: ' ready for discharge.' },
  { type: 'labelled account number', before: 'Mr Yilmaz, your acct #', identifier: (d) => `PP-${regroup('204317', d)}`, after: ' is overdue.' },
  { type: 'insurance member ID', before: 'BlueCross approved the CGM (member ID ', identifier: (d) => `XJH ${regroup('88210437', d)}`, after: ').' },
  { type: 'MBI', before: 'Medicare number ', identifier: () => '1EG4-TE5-MK73', after: ' on the form.' },
  { type: 'phone', before: 'Her mobile is ', identifier: (d) => regroup('07700900123', d, PHONE_GROUPINGS[d.groups[0]! % PHONE_GROUPINGS.length]), after: ', ring if you have seen her.' },
  { type: 'email', before: 'Her email is ', identifier: () => 'jane.doe@gmail.com', after: ' if anyone has news.' },
  { type: 'UK postcode', before: 'Mr Patel, who lives at ', identifier: () => 'SW1A 1AA', after: ', was admitted overnight.' },
  { type: 'ZIP code', before: 'Mrs Jones lives in Boston, MA ', identifier: () => '02115', after: ' and was discharged today.' },
  { type: 'street address', before: 'Mrs Jones lives at ', identifier: () => '42 Elm Street', after: ' and was discharged today.' },
  { type: 'patient name', before: '', identifier: () => 'Maria Gonzalez', after: ' was discharged today after three weeks with us.' },
  { type: 'care date', before: 'Baby Leo was born on ', identifier: () => '3/4/2024', after: ' at 02:17.' },
  { type: 'age over 89', before: 'Our ', identifier: () => '95-year-old', after: ' patient was discharged today.' },
  { type: 'room number', before: 'Our patient in ', identifier: () => 'Room 412', after: ' is asking for visitors.' },
];

describe('disguised identifiers still block', () => {
  for (const c of CASES) {
    it(`${c.type}: separators, invisibles, other-script digits, fullwidth and look-alike letters`, () => {
      fc.assert(
        fc.property(disguise, (d) => {
          const before = dress(c.before, d);
          const identifier = dress(c.identifier(d), d);
          const text = before + identifier + c.after;
          const start = before.length;
          const end = start + identifier.length;
          const errors = checker.check(text).filter((f) => f.severity === 'error' && f.start < end && f.end > start);
          expect(errors, JSON.stringify(text)).not.toEqual([]);
          // The finding lies on the draft's own characters, inside the identifier and its label.
          for (const f of errors) expect(f.end).toBeLessThanOrEqual(text.length);
        }),
        { numRuns: 150 },
      );
    }, 60_000); // CPU-bound: generous so a busy machine does not fail it
  }
});
