// ESLint-style tests for each claim construction, run as a `claim` rule through the real loader:
// fresh wordings of the same shape must be flagged (invalid), everyday, negated, questioned and
// informational look-alikes must pass (valid). None of these sentences is in a pack's examples.

import { CLAIM_NAMES, type ClaimName } from '../../../rules/claims';
import { describeRule } from '../rules/kinds/tester';

const CASES: Record<ClaimName, { flag: string[]; pass: string[] }> = {
  // The learned whole-post reading: posts of 20+ words only.
  'claim-context': {
    flag: [
      'Tired of hiding your smile? Our composite bonding gives you the confident Hollywood smile you have always dreamed of, in just one visit, and you will never want to stop smiling again.',
    ],
    pass: [
      'Thinking about veneers? Book a free consultation with Dr Patel to talk through the options, the costs and the risks, and take all the time you need to decide what is right for you.',
      'Join our team! We are recruiting two dental nurses for our friendly practice in Leeds; full and part-time hours, great training and a lovely team. Apply by 30 June.',
      'Our composite bonding gives you a confident smile.',
    ],
  },
  'absolute-outcome': {
    flag: [
      'With us, women under 38 take home a baby after their first transfer.',
      'Our annual health screen finds every hidden cancer early.',
      'Our executive screen detects 100% of cancers at the earliest stage.',
      'Concierge members never wind up in the ER.',
      '"It worked for us, so it will work for you too." - one of our couples',
      "Zero downtime, zero regrets: our new laser peel.",
      "Our Winter Shield drip keeps you bulletproof till spring.",
      'Every single one of our March couples went home with a baby!',
      'Fifteen years and we have never had a single complication.',
      'Straight teeth, right first time, every time.',
      '20/20 or better, every time.',
      "We've never had an unhappy patient.",
      'Our peel works for all skin types.',
      'All of our patients are delighted with their results.',
      'Not a single patient has ever complained about our veneers.',
      'Perfect teeth in just 5 days.',
    ],
    pass: [
      'Every patient is different, so results vary.',
      'Every patient will be offered a follow-up call.',
      'Everyone who works in theatres keeps them safe.',
      'Not every patient will see the same results.',
      'Is it true that every patient gets perfect results? No.',
    ],
  },
  'cure-verb': {
    flag: [
      'Gentle osteopathy for babies helps with colic, reflux and even ear infections.',
      'Our smart hearing aids restore full natural hearing in a noisy pub.',
      "A six-week app that rewires your brain's fear response.",
      "Cranial osteopathy will sort out colic and give your baby's immune system a boost.",
      'Our 8-week course beats depression for good.',
      'This serum clears acne in 7 days.',
      'Rewire your anxiety in three sessions.',
      'Banish back pain with one adjustment.',
      'Restore your hairline with our tablets.',
      'Fat-melting injections now in clinic.',
      'Look 10 years younger after one session.',
      'Our drips keep colds and flu away all winter.',
      'Our infusions make joint pain a thing of the past.',
      'This tea will detox your liver.',
      'Our stem cell therapy has people walking again.',
    ],
    pass: [
      'Help us beat cancer: join our fun run.',
      'Beat the heat: drink water and stay in the shade.',
      'Clear your diary for self-care Sunday.',
      "We can't cure arthritis, but physio can ease symptoms.",
      'Get your flu jab to help beat flu this winter.',
      'Our talking therapies can help you overcome anxiety.',
    ],
  },
  'clinically-proven': {
    flag: ['A scientifically proven way to lift your face.', 'Our laser is proven to remove scars.', 'Doctor-approved IV therapy.'],
    pass: ['Stopping smoking is proven to help, according to a 2023 Cochrane review.', 'Screening is proven to save lives.'],
  },
  'provider-superlative': {
    flag: [
      'The most experienced cataract surgeons in Yorkshire.',
      'We are the safest maternity unit in the state.',
      'No other clinic in Leeds offers more choice.',
      'Choose the experts: the region\'s leaders in fertility care.',
      'Our hygienists are the gentlest in Leeds.',
    ],
    pass: [
      'Premier League players visited the children\'s ward today.',
      'We are the fastest-growing practice in the county.',
      'Our nurses work hard to give the best care possible.',
      'Rated outstanding by the CQC: the best care in the region.',
      'The leading cause of sight loss is macular degeneration.',
      'Our volunteers bring out the best in you.',
    ],
  },
  'fear-urgency': {
    flag: [
      'Every week you put off treating your gums costs you. Call now: tomorrow might be too late.',
      'Our heart screen finds problems before they kill you. Only 12 memberships left this year.',
      "Our exclusive embryo add-on is free this spring. Don't let one more year slip by: book your consultation.",
      'Only a few concierge memberships left: the list closes soon.',
      "Hearing aids with AI noise control: book your free hearing check before it's too late.",
      "Just 4 chairs left at this price for tox – the deal vanishes at midnight!",
      "Invisalign offer: don't be the one who missed out!",
      'Lip filler £120 - stocks flying, grab yours before midnight!',
      "Veneers from £299. Don't leave it too late!",
      'IVF package: the clock is ticking, secure yours.',
      'Whitening offer ends Friday.',
    ],
    pass: [
      'Spot a lump? See your GP before it\'s too late.',
      'Our free NHS diabetes course: places filling fast, book now.',
      'Our café offer ends at midnight.',
    ],
  },
  testimonial: {
    flag: [
      '"My back pain is gone and I\'m off all my meds!" ⭐⭐⭐⭐⭐',
      'Real people. Real results. Book today.',
      'Transformations like these could be yours too.',
      'Join 5,000 happy patients this spring.',
    ],
    pass: [
      '"The staff on Ward 7 were so kind," said one visitor.',
      'Results vary between patients; ask us what to expect.',
    ],
  },
  'stop-medicine': {
    flag: [
      'Our programme means you can finally stop taking daily pills.',
      'Our 12-week reset gets most members completely off their diabetes meds.',
      'Ask us how to start tapering this month.',
      'Most of our clients stop their medication within a month.',
      'Tired of pills that only mask the pain?',
      "Clients are kissing goodbye to their statins and inhalers on our plan.",
      "Your body knows how to heal itself.",
      'Ditch your blood pressure pills with our detox plan.',
      'Skip the COVID booster this winter - natural immunity is enough.',
      'No more need for insulin after our programme.',
      'Statins that don\'t work? Try our supplements.',
      'Statins are poison - try our tea instead.',
    ],
    pass: [
      'Never stop your medication without speaking to your GP.',
      'If you are told to stop taking statins before surgery, your team will explain why.',
      'Return unused medicines to any pharmacy.',
    ],
  },
  'prescription-only': {
    flag: ['Baby tox from £149 this spring.', 'Skinny jabs available - DM us.', 'Forehead lines relaxing from £99.', 'Sweat-stop injections last up to six months.', 'Finasteride delivered to your door.'],
    pass: [
      'Weight loss injections explained: who they are for, the side effects and why you should speak to your GP.',
      'Ozempic shortage: talk to your pharmacist about alternatives.',
      'Our NHS headache clinic offers botulinum toxin injections for chronic migraine.',
    ],
  },
  'fertility-pressure': {
    flag: ['Your biological clock won\'t wait. Freeze your eggs today.', 'IVF: have a baby whenever you\'re ready.', 'Age is just a number at our fertility clinic.'],
    pass: ['Fertility declines with age; our nurses can explain your options. #IVF', 'A biological clock exhibition opens at the science museum.'],
  },
  'outcome-denial': {
    flag: [
      'Botox with absolutely no danger to your health.',
      'Our implants come with none of the complications of older techniques.',
      'Hurt-free whitening for nervous patients.',
      "Our numbing cream means the injections don't sting one bit.",
      'Fat cells removed by lipo are gone, never to return.',
      'Straight teeth for keeps with our retainers.',
      'Read the smallest print after your lens replacement.',
      'Results nothing short of magic from one HIFU session.',
    ],
    pass: [
      'The pool is completely safe for children when a lifeguard is on duty.',
      'Serious side effects from the flu vaccine are very rare.',
      "We'll never again let a patient wait this long - we're sorry.",
      'Our volunteers are nothing short of amazing.',
      'Is laser eye surgery completely safe? No surgery is - ask us about the risks.',
      'Your implant was checked at follow-up on Monday with no complications.',
    ],
  },
  promise: {
    flag: [
      "If you can't read the bottom line after your LASIK, you don't pay.",
      "Drop 20 lbs before the wedding with our jab programme.",
      "Most of our clients walk out a different person.",
      "With our IVF programme you'll take home a baby.",
      "You'll lose 10 kg by summer on our plan.",
      "We'll refund you if your skin hasn't cleared in 8 weeks.",
      'Comment below and we will pick one lucky winner at random for a free facial!',
      'Your chance to bag a free laser session this month.',
    ],
    pass: [
      "You'll be seen by a nurse within 30 minutes.",
      'Enter our charity raffle in aid of the children\'s ward: you could win a hamper.',
      "If you've been waiting more than 18 weeks, you'll be offered a choice of hospital.",
    ],
  },
};

describe('claim constructions', () => {
  it('every construction has cases here', () => expect(Object.keys(CASES).sort()).toEqual([...CLAIM_NAMES].sort()));
  for (const name of CLAIM_NAMES) describeRule(`claim: ${name}`, { kind: 'claim', claim: name }, CASES[name]);
});
