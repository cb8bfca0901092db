// Texts for `npm run bench`: written for the bench, not taken from any corpus, so the numbers do not
// depend on what the rules were tuned on. Each kind stresses a different path: plain prose (sentence
// scans, name lookups, cue regexes), emoji (surrogates and the normaliser), long LinkedIn posts,
// chatty short sentences, names from many languages (the people scan), hashtags and mentions, a
// cosmetic promotion (the claims rules fire), and identifier-dense text (every detector's candidates).

const PLAIN_PARAGRAPHS = [
  'This week our community nursing team visited schools across the valley to talk about healthy sleep, screen time and why breakfast matters more than most of us think.',
  'Parents asked brilliant questions, and the children designed posters that now hang in the entrance of the health centre, next to the pharmacy and the new bike racks.',
  'We are grateful to the volunteers who gave up their evenings, to the caretakers who opened the halls early, and to the local bakery that sent trays of scones for everyone.',
  'Winter is always busy, so please remember that the minor injuries unit is open every day from eight until eight, and that pharmacists can help with coughs, colds and sore throats.',
  'If you would like to join our patient participation group, pop into reception or leave your details with the team; meetings are friendly, short and there is always tea.',
  'Our apprenticeship scheme has places for people who have never worked in healthcare before, including roles in estates, catering, administration and clinical support.',
  'Applications close at the end of the month, and the recruitment team will run two open evenings where you can meet current apprentices and ask them anything.',
  'Finally, thank you to everyone who took part in the sponsored walk along the canal last Sunday: together you raised enough to refurbish the family room on the children\'s unit.',
  'The refurbishment starts in the spring, and we will share photos as the work goes on so that you can see exactly where your money went and who helped along the way.',
  'Research shows that regular walks, good light in the morning and a steady bedtime routine help adults and children alike, and none of them cost a penny to start.',
];

function plain(length: number): string {
  let text = '';
  for (let i = 0; text.length < length; i++) text += (text ? ' ' : '') + PLAIN_PARAGRAPHS[i % PLAIN_PARAGRAPHS.length];
  return text.slice(0, length);
}

const EMOJI_POST =
  '🎉🎉 Huge congratulations to the maternity support workers 👏👏👏 who finished their training today! 💙💜 ' +
  'From night feeds 🍼 to first baths 🛁, you make every family feel at home 🏡✨ 👩🏽‍⚕️👨🏿‍⚕️🧑🏻‍⚕️ ' +
  'Cake 🎂 in the staff room at 3 ☕ #Proud #Midwifery 🌈 🇬🇧 ❤️‍🔥 ';

const LINKEDIN_POST = [
  'Three years ago we set out to rethink how outpatient appointments work for people with long-term conditions.',
  '',
  'What we learned:',
  '→ Most follow-ups did not need a hospital visit at all. A phone call, a video consultation or a letter to the GP did the job.',
  '→ Clinicians wanted fewer, longer appointments with the people who needed them most.',
  '→ Administrative staff knew where the bottlenecks were long before any dashboard showed them.',
  '',
  'So we redesigned clinics with the people who run them: consultants, specialist nurses, booking teams, porters and the volunteers who guide visitors from the car park.',
  'We moved routine reviews to patient-initiated follow-up, opened evening clinics twice a week and trained twelve nurses to run their own caseloads.',
  '',
  'The results, shared with permission from our board: waiting times for a first appointment fell from eighteen weeks to nine, and did-not-attend rates halved.',
  'None of this happened because of one clever idea. It happened because hundreds of colleagues tried things, measured them honestly and stopped what did not work.',
  '',
  'If you are working on something similar, I would love to compare notes. Drop me a message or come and find our team at the regional conference in Leeds next month.',
  '#NHS #Outpatients #QualityImprovement #Leadership #Healthcare',
].join('\n');

const IDENTIFIER_DENSE =
  'Reminder: never post MRN 00123456, NHS no 943 476 5919, SSN 123-45-6789 or a phone like 07700 900123. ' +
  'Patient ID #A1234567 in Room 412, Bed 7, Ward 23 Bay 3 (DOB 01/02/1950) lives at 42 Elm Street, Boston, MA 02115, SW1A 1AA. ' +
  'Email jane.doe@gmail.com, acct #PP-20431, member ID XJH 882 104 37, Medicare 1EG4-TE5-MK73, born on 3/4/2024 at 02:17, aged 95. ';

// A chatty post in the voice of a GP practice's social media volunteer: short sentences, questions,
// first names, times and an exclamation or two.
const CHATTY_POST =
  "Morning everyone! Quick one from the practice today. The car park is being resurfaced on Thursday, so if you're coming in for a blood test, " +
  "try to get the bus or park on Mill Lane. Sorry about the mess! Jo and Raj on reception say thank you for being so patient last week when the phones went down. " +
  "We know it was frustrating. Did you know you can order repeat prescriptions in the app? It takes two minutes, honestly. Have a lovely weekend and wrap up warm, " +
  "it's meant to be freezing on Saturday. Any questions, just pop in or give us a ring after 10am when it's quieter. ";

// Staff, donors and visitors with names from many languages, with titles, accents, hyphens and
// surname-first order: the people scan's hardest input.
const NAMES_POST =
  'Welcome to our new starters this month: Dr Nguyễn Thị Hoa joins Paediatrics from Hanoi, Siobhán Ní Bhriain is our new Macmillan nurse, ' +
  'Zhang Wei and Oluwaseun Adeyemi start in Pharmacy, and José María García-López leads the Estates team. ' +
  "A big thank you to Mrs Gwenllian Pryce-Jones and the Friends of St Asaph's for the new garden, to Bjørn Øvergaard for cycling from Bergen, " +
  'and to Ayşe Yılmaz, Krzysztof Wójcik and Małgorzata Dąbrowska who ran the Manchester 10K for the children\'s ward. ' +
  "Professor Chidi Okonkwo-Bassey will speak at Tuesday's lecture on antibiotic stewardship; Sister Mary-Kate O'Sullivan retires after 38 years. ";

// Hashtag- and mention-heavy campaign copy, as pasted from a social media scheduler.
const HASHTAG_POST =
  'Flu season is here! 💉 Book your jab at any of our clinics 👉 link in bio #FluJab #WinterWellness #NHS #StayWell #TeamRiverside #Vaccination ' +
  '#Pharmacy #PublicHealth #HealthForAll #ProtectYourself @RiversideNHS @NHSEngland #FluFighter #getvaccinated #winterreadiness #keepwell 🙌🏽✨ ';

// A cosmetic clinic promotion of the kind the claims pack exists for: prices, offers, deadlines.
const PROMO_POST =
  'New year, new you! ✨ Our January offer: anti-wrinkle treatment from £149 and 20% off lip filler when you book by Friday. ' +
  'Consultations are free and our aesthetic practitioners have over 10 years of experience. Limited slots this month, so secure yours today! ' +
  'Results vary from person to person; we will always talk you through risks and recovery first. Call 0161 496 0000 or DM us. ';

function repeatTo(text: string, length: number): string {
  return text.repeat(Math.ceil(length / text.length)).slice(0, length);
}

export const BENCH_TEXTS = [
  { name: 'plain English, 280 chars, X', text: plain(280), platform: 'x' as const, budget: 1 },
  { name: 'plain English, 3,000 chars, LinkedIn', text: plain(3000), platform: 'linkedin' as const, budget: 5 },
  { name: 'emoji-heavy, 280 chars, X', text: repeatTo(EMOJI_POST, 280), platform: 'x' as const, budget: 1 },
  { name: 'emoji-heavy, 3,000 chars, Facebook', text: repeatTo(EMOJI_POST, 3000), platform: 'facebook' as const, budget: 5 },
  { name: 'long LinkedIn post, 3,000 chars', text: repeatTo(LINKEDIN_POST + '\n\n', 3000), platform: 'linkedin' as const, budget: 5 },
  { name: 'chatty practice update, 280 chars, X', text: CHATTY_POST.slice(0, 280), platform: 'x' as const, budget: 1 },
  { name: 'chatty practice update, 3,000 chars, Facebook', text: repeatTo(CHATTY_POST, 3000), platform: 'facebook' as const, budget: 5 },
  { name: 'names from many languages, 280 chars, X', text: NAMES_POST.slice(0, 280), platform: 'x' as const, budget: 1 },
  { name: 'names from many languages, 3,000 chars, LinkedIn', text: repeatTo(NAMES_POST, 3000), platform: 'linkedin' as const, budget: 5 },
  { name: 'hashtags and mentions, 280 chars, X', text: HASHTAG_POST.slice(0, 280), platform: 'x' as const, budget: 1 },
  { name: 'hashtags and mentions, 3,000 chars, Facebook', text: repeatTo(HASHTAG_POST, 3000), platform: 'facebook' as const, budget: 5 },
  { name: 'cosmetic promotion, 280 chars, X', text: PROMO_POST.slice(0, 280), platform: 'x' as const, budget: 1 },
  { name: 'cosmetic promotion, 3,000 chars, Facebook', text: repeatTo(PROMO_POST, 3000), platform: 'facebook' as const, budget: 5 },
  { name: 'identifier-dense, 280 chars, X', text: IDENTIFIER_DENSE.slice(0, 280), platform: 'x' as const, budget: 1 },
  { name: 'identifier-dense, 3,000 chars, LinkedIn', text: repeatTo(IDENTIFIER_DENSE, 3000), platform: 'linkedin' as const, budget: 5 },
];
