import { normaliseText } from '../../../rules/text/normalise';

const canonical = (text: string) => normaliseText(text).text;

describe('normaliseText', () => {
  it.each([
    ['invisible characters between digits', '943\u00ad476\u200d5919\u200e', '9434765919'],
    ['U+2061..U+2064 and bidi controls', '94\u20613\u202a4\u202c7', '94347'],
    ['fullwidth digits and letters', '\uff2e\uff28\uff33 \uff19\uff14\uff13', 'NHS 943'],
    ['Arabic-Indic digits', '\u0669\u0664\u0663', '943'],
    ['Extended Arabic-Indic and Devanagari digits', '\u06f9\u06f4 \u096f\u096a', '94 94'],
    ['Bengali and Thai digits', '\u09ef\u0e54', '94'],
    ['mathematical bold digits', '\u{1d7d7}\u{1d7d2}', '94'],
    ['thin, no-break, figure and ideographic spaces', '943\u2009476\u00a05919\u2007x\u3000y', '943 476 5919 x y'],
    ['en, em, figure dashes and minus', '1928\u20132024 a\u2014b \u2012 \u2212', '1928-2024 a-b - -'],
    ['curly apostrophes', 'O\u2019Connell', "O'Connell"],
    ['Cyrillic letters inside a Latin word', 'J\u043ehn \u0405mith', 'John Smith'],
    ['Greek capitals inside a code', 'MR\u039d 12\u039f4', 'MRN 12O4'],
    ['words made only of look-alikes', '\u0420\u03a1-20431 \u0425\u0408\u041d 882', 'PP-20431 XJH 882'],
    ['lunate sigma (NFKC makes it a final sigma)', 'gmail.\u03f2om', 'gmail.com'],
    ['combining accents composed', 'Sioba\u0301n', 'Siobán'],
    ['ligatures', '\ufb01ne', 'fine'],
  ])('folds %s', (_, text, expected) => expect(canonical(text)).toBe(expected));

  it('leaves wholly Cyrillic and Greek words as written', () => {
    expect(canonical('\u041c\u0430\u0440\u0438\u044f \u0391\u03b8\u03b7\u03bd\u03ac')).toBe('\u041c\u0430\u0440\u0438\u044f \u0391\u03b8\u03b7\u03bd\u03ac');
  });

  it('returns plain ASCII untouched', () => {
    const text = 'Plain text, 943 476 5919.\nNext line\ttab';
    const normalised = normaliseText(text);
    expect(normalised.text).toBe(text);
    expect(normalised.toOriginal(3, 9)).toEqual({ start: 3, end: 9 });
  });

  it('maps spans back to the draft, leaving edge invisibles out and keeping inner ones', () => {
    const text = '😀 NHS \u200b943\u00ad476\u00a05919\u200b.';
    const normalised = normaliseText(text);
    const start = normalised.text.indexOf('943');
    const span = normalised.toOriginal(start, start + '9434765919'.length + 1);
    expect(text.slice(span.start, span.end)).toBe('943\u00ad476\u00a05919');
  });

  it('maps an expanded character back to the whole character', () => {
    const text = 'a \ufb01 b';
    const normalised = normaliseText(text);
    expect(normalised.text).toBe('a fi b');
    expect(normalised.toOriginal(2, 3)).toEqual({ start: 2, end: 3 });
    expect(normalised.toOriginal(5, 6)).toEqual({ start: 4, end: 5 });
  });

  it('maps a composed letter back to base and mark', () => {
    const text = 'Sioba\u0301n Murphy';
    const normalised = normaliseText(text);
    const span = normalised.toOriginal(0, 'Siobán'.length);
    expect(text.slice(span.start, span.end)).toBe('Sioba\u0301n');
  });
});
