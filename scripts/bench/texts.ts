// Texts for `npm run bench`: written for the bench, not taken from any corpus, so the numbers do not
// depend on what the rules were tuned on. Each kind stresses a different path: plain prose (sentence
// scans, name lookups, cue regexes), emoji (surrogates and the normaliser), long LinkedIn posts,
// and identifier-dense text (every detector's candidates).

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

function repeatTo(text: string, length: number): string {
  return text.repeat(Math.ceil(length / text.length)).slice(0, length);
}

export const BENCH_TEXTS = [
  { name: 'plain English, 280 chars, X', text: plain(280), platform: 'x' as const, budget: 1 },
  { name: 'plain English, 3,000 chars, LinkedIn', text: plain(3000), platform: 'linkedin' as const, budget: 5 },
  { name: 'emoji-heavy, 280 chars, X', text: repeatTo(EMOJI_POST, 280), platform: 'x' as const, budget: 1 },
  { name: 'emoji-heavy, 3,000 chars, Facebook', text: repeatTo(EMOJI_POST, 3000), platform: 'facebook' as const, budget: 5 },
  { name: 'long LinkedIn post, 3,000 chars', text: repeatTo(LINKEDIN_POST + '\n\n', 3000), platform: 'linkedin' as const, budget: 5 },
  { name: 'identifier-dense, 280 chars, X', text: IDENTIFIER_DENSE.slice(0, 280), platform: 'x' as const, budget: 1 },
  { name: 'identifier-dense, 3,000 chars, LinkedIn', text: repeatTo(IDENTIFIER_DENSE, 3000), platform: 'linkedin' as const, budget: 5 },
];
