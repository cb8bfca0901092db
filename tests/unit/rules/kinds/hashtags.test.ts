import { describeRule } from './tester';

describeRule('hashtags: max per platform', { kind: 'hashtags', max: { x: 2, facebook: 3 } }, {
  flag: [
    { text: 'Flu jabs #flu #vaccine #health #nhs', platform: 'x', spans: [[23, 30], [31, 35]] },
    { text: '#a1 #b #c #d', platform: 'facebook', spans: [[10, 12]] },
  ],
  pass: [
    { text: 'Flu jabs #flu #vaccine', platform: 'x' },
    { text: '#a #b #c', platform: 'facebook' },
    { text: '#a #b #c #d #e', platform: 'linkedin' },
    // Not hashtags: numbers, anchors in URLs, mid-word #.
    { text: 'Ward #3 #4 #5 https://example.org/#top C# and A#b', platform: 'x' },
  ],
});

describeRule('hashtags: ban and allow lists', { kind: 'hashtags', ban: ['#Botox'], allow: ['#RiversideCares', 'Botox', 'flu'] }, {
  flag: [
    { text: 'Ask about #botox', spans: [[10, 16]] },
    { text: '#RiversideCares #random', spans: [[16, 23]] },
  ],
  pass: ['#RiversideCares and #FLU', 'no tags at all'],
});

describeRule('hashtags: require any', { kind: 'hashtags', require: { any: ['#RiversideCares', '#TeamRiverside'] } }, {
  flag: [
    // Zero-width at the end: applying the suggestion appends the tag.
    { text: 'Open day on Saturday', spans: [[20, 20]], suggestions: [[' #RiversideCares']] },
    { text: 'Open day on Saturday ', spans: [[21, 21]], suggestions: [['#RiversideCares']] },
  ],
  pass: ['Open day #teamriverside', '', '   '],
});

describeRule('hashtags: require all', { kind: 'hashtags', require: { all: ['#A1', '#B2'] } }, {
  flag: [{ text: 'post #a1', suggestions: [[' #B2']] }],
  pass: ['post #A1 #B2'],
});

describeRule('hashtags: CamelCase', { kind: 'hashtags', camelCase: true }, {
  flag: [
    { text: 'October is #breastcancerawareness month', spans: [[11, 33]], suggestions: [['#BreastCancerAwareness']] },
    { text: '#mentalhealth matters', suggestions: [['#MentalHealth']] },
    { text: '#handhygiene', suggestions: [['#HandHygiene']] },
    { text: '#kneesurgery #recoveryjourney', suggestions: [['#KneeSurgery'], ['#RecoveryJourney']] },
    // Long and all lower case but not splittable with confidence: flagged without a made-up suggestion.
    { text: '#xyzzyplughfrobnicate', suggestions: [[]] },
  ],
  pass: ['#BreastCancerAwareness', '#bcsm', '#flu', '#NHS', '#COVID19', '#nurse', '#qwertyuiop', '#orthopaedics', '#ophthalmology'],
});

describeRule('hashtags: CamelCase with a custom length', { kind: 'hashtags', camelCase: { minLetters: 6 } }, {
  flag: ['#abcdefg'],
  pass: ['#abcde'],
});
