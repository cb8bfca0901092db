// Jigsaw identification (ICO "motivated intruder"; HIPAA Safe Harbor's "actual knowledge" clause):
// no name, but a description that fits one person in a place ("a 47-year-old sheep farmer from
// Bala", "the only female firefighter at Kirkby Lonsdale station", "34F, primary school teacher,
// Hexham"), told in a post about care or a crisis. The description alone is ordinary; the
// combination of who, where and what happened is what identifies.
import { CARE_CUE_ALL } from './cues';
import { nearestCue, sentenceAround } from './context';
import { orgIndex } from './org';
import { onlyNonPatientsIn, toldAsHistory } from '../people/roles';
import type { Detector, DetectorHit } from './types';
import { matchAllGated } from '../text/regex-gate';

const AGE = String.raw`(?:\d{1,3}[- ]?(?:year|yr)s?[- ]old|aged \d{1,3}|\d{1,3} ?(?:yo|y\/o)|\d{1,3}[MF]|Year \d{1,2}|[Gg]rade \d{1,2}|\d{1,2}(?:st|nd|rd|th)[- ]grader)`;
// An age standing for the person ("a very nervous 15-year-old from ..."); only the spelled-out form,
// whose words let the pattern skip posts without them.
const AGE_AS_NOUN = String.raw`\d{1,3}[- ]?(?:year|yr)s?[- ]old`;
const PERSON =
  'man|woman|lady|gentleman|gent|lad|lass|boy|girl|teen|teenager|toddler|child|kid|baby|mum|mom|dad|mother|father|grandmother|grandfather|grandma|grandad|grandpa|granny|pensioner|widow|widower|twins|triplets|resident|local|student|pupil|schoolboy|schoolgirl|son|daughter|grandson|granddaughter|couple|family|parents|husband|wife';
const OCCUPATION =
  'farmer|sheep farmer|dairy farmer|crofter|shepherd|fisherman|fishermen|teacher|schoolteacher|headteacher|head teacher|principal|lecturer|professor|firefighter|fireman|police officer|officer|policeman|policewoman|soldier|veteran|marine|sailor|pilot(?! (?:of|scheme|study|project|programme|program|phase|site)\\b)|priest|vicar|pastor|minister|imam|rabbi|nun|monk|mayor|councillor|MP|senator|judge|lawyer|solicitor|journalist|reporter|presenter|footballer|goalkeeper|striker|winger|player|captain|coach|referee|rider|bull rider|jockey|athlete|boxer|swimmer|cyclist|runner|singer|musician|actor|actress|influencer|YouTuber|TikToker|streamer|DJ|chef|butcher|baker|publican|landlord|landlady|shopkeeper|postman|postwoman|postie|driver|lorry driver|bus driver|taxi driver|builder|plumber|electrician|mechanic|miner|engineer|scientist|vet|zookeeper|gamekeeper|ranger|lifeguard|lifeboat volunteer|coastguard|astronaut|owner|medallist|medalist|Olympian|Paralympian|champion|rower|surfer|climber|skater|gymnast|dancer|model|TV star|reality star|headmaster|headmistress|mail carrier|mailman|postal worker|coxswain|lifeboat coxswain|harbourmaster|harbor master|GP(?! (?:service|surgery|practice|clinic|appointment|led|practices|services|surgeries))|midwife|Lord-Lieutenant|High Sheriff|lollipop lady|lollipop man|skipper|CEO|chief executive|founder|veterinarian|rancher|barber|hairdresser|lineman|lineworker|machinist|news anchor|anchor|newsreader|weatherman|weather presenter|point guard|quarterback|pitcher|linebacker|police chief|fire chief|sheriff|Chief of Police|chief of police|Fire Chief|Police Chief|Lord Provost|Provost|Lord Mayor|defender|midfielder|librarian|accountant|architect|banker|carpenter|cashier|florist|janitor|welder|roofer|logger|trucker|truck driver|waitress|waiter|bartender|barista|nanny|realtor|estate agent|drag queen|drag artist|tattoo artist|photographer|comedian|poet|novelist';
// One person, not a group: "Premier League players" and "our private GPs" describe many (twins and
// couples are listed; a plural possessive still names a place: "the only girls' grammar in Ripon").
const NOUN = `(?:${OCCUPATION}|${PERSON})(?:s(?=['’]))?(?!-)`;
const PLACE = String.raw`(?:[\p{Lu}][\p{L}'’-]+(?:[ \u00a0](?:[\p{Lu}][\p{L}'’-]+|upon|on|in|of|the))*|(?:our|the) (?:little |small |tiny |local )?(?:town|village|city|island|community|parish|county|street|estate))`;
// Org words: "a nurse from Ward 7", "a patient in Bay 3" are about the hospital, not a home town.
const NOT_A_PLACE = /^(?:Ward|Unit|Bay|Bed|Room|Hospital|Clinic|Centre|Center|Department|Service|Services|Team|Programme|Program|Institute|Society|Association|College|Board|Committee|Foundation|Trust|NHS|A&E|ED|ER|ICU|Theatre|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Christmas|Easter|Dr|Mr|Mrs|Ms)\b/u;

// Who + where: "a 47-year-old sheep farmer from Bala", "a retired schoolteacher in Waco", "34F, primary school teacher, keratoconus, Hexham".
const WHO_WHERE = new RegExp(
  String.raw`\b(?:(?:[Aa]|[Aa]n|[Tt]he|[Oo]ne|[Tt]his)[ \u00a0]+)?(?:${AGE}[ ,\u00a0]+)?(?:[\p{L}-]+[ \u00a0]+){0,3}?(?:${NOUN}|${AGE_AS_NOUN})\b[^.!?\n]{0,45}?\b(?:from|in|at|on|near|outside|of|for)[ \u00a0]+(?:the[ \u00a0]+)?(${PLACE})`,
  'gu',
);
const AGE_OR_OCCUPATION = new RegExp(String.raw`${AGE}|\b(?:${OCCUPATION})s?\b`, 'u');
// Shorthand ages with a sex and an occupation: "34F, primary school teacher".
const AGE_SEX_OCCUPATION = new RegExp(String.raw`\b\d{1,3}[MF],[ \u00a0]*(?:[\p{L}-]+[ \u00a0]+){0,3}?(?:${OCCUPATION})\b(?:,[ \u00a0]*[\p{Lu}][\p{L}'’-]+)*`, 'gu');
// One of a kind: "the only pro bull rider in Cheyenne", "the first case of X ever seen in Vermont", "our town's mayor".
const ONE_OF_A_KIND = new RegExp(
  String.raw`\b[Oo]ne[ \u00a0]+of[ \u00a0]+(?:the|our)[ \u00a0]+(?:county|town|village|island|city|valley|parish)['’]s[ \u00a0]+(?:only[ \u00a0]+)?(?:two|three|four|few|handful of)?[ \u00a0]*(?:${OCCUPATION})s\b|\b(?:[\p{Lu}][\p{L}'’-]+|(?:(?:[Tt]he|[Oo]ur)[ \u00a0]+)?(?:county|town|village|island|city|valley|parish|state))['’]s[ \u00a0]+(?:only|sole|first|youngest|oldest)[ \u00a0]+(?:[\p{L}-]+[ \u00a0]+){0,3}?(?:${NOUN})\b|\b(?:[Tt]he|[Oo]ur|[Tt]heir)[ \u00a0]+(?:only|sole|first|youngest|oldest|very first|(?:first|youngest|oldest)-ever)[ \u00a0]+(?:[\p{L}-]+[ \u00a0]+){0,4}?(?:${NOUN}|case|patient|person)\b[^.!?\n]{0,90}?\b(?:in|at|on|of|for|from)[ \u00a0]+(?:the[ \u00a0]+)?${PLACE}|\b(?:[Tt]he|[Oo]ur)[ \u00a0]+(?:only|sole|first)[ \u00a0]+(?:female|male|woman|man|girl|boy|black|deaf|blind|teenage)[ \u00a0]+[\p{L}-]+(?:[ \u00a0]+[\p{L}-]+)?[ \u00a0]+(?:in|at|on|of|for|from)[ \u00a0]+(?:the[ \u00a0]+)?${PLACE}|\b(?:captain|coach|manager|president|chair(?:man|woman)?|head|owner|Captain|Coach|President|Chair|Mayor|Headteacher|Principal|Bishop|Vicar|Lord-Lieutenant|High Sheriff|bishop|landlord|landlady|vicar|priest|rector|headteacher|principal|mayor|chef|keeper|goalkeeper|skipper)[ \u00a0]+of[ \u00a0]+(?:the[ \u00a0]+)?[\p{Lu}][\p{L}'’-]+(?:[ \u00a0][\p{Lu}][\p{L}'’-]*)*|\b(?:[Tt]he[ \u00a0]+)?(?:mayor|vicar|headteacher|head teacher|principal|captain|coach|chief|sheriff|owner)[ \u00a0]+of[ \u00a0]+(?:our|the)[ \u00a0]+(?:[\p{L}-]+[ \u00a0]+){0,2}?(?:town|village|city|island|school|team|club|parish|church|pub|shop|farm)\b|\b(?:[Oo]ur|[Tt]he|[Tt]his)[ \u00a0]+(?:town|village|city|island|county|team|club)['’]s[ \u00a0]+(?:[\p{L}-]+[ \u00a0]+){0,2}?(?:${NOUN})\b`,
  'gu',
);
// Rare by themselves: "a 46-year-old Olympic rowing medallist", "a Premier League striker".
const RARE = new RegExp(
  String.raw`\b(?:Real Housewi(?:fe|ves)|Love Island(?:['’]s)?|Bachelor(?:ette)?|X Factor|Strictly|Big Brother|TikTok|Instagram|YouTube|Olympic|Paralympic|world[- ]champion|world[- ]record|international|pro|professional|famous|celebrity|reality TV|TV|Premier League|Championship|NFL|NBA|MLB|NHL|MLS|WNBA|county cricket|first-team)[ \u00a0]+(?:[\p{L}-]+[ \u00a0]+){0,2}?(?:${NOUN}|medallist|medalist|champion|star|player)\b`,
  'gu',
);
// Known locally for a job, or for a job with a named employer or team: "one of our local news
// anchors", "one of the lifeguards at Fistral Beach", "a former Minnesota Lynx point guard", "a retired
// Mack Trucks machinist", "Seattle FC defender".
const LOCAL_FIGURE = new RegExp(
  String.raw`\b[Oo]ne[ \u00a0]+of[ \u00a0]+(?:our|the)[ \u00a0]+(?:local|town['’]s|city['’]s|area['’]s)[ \u00a0]+(?:[\p{L}-]+[ \u00a0]+){0,2}?(?:${OCCUPATION})s\b|\b[Oo]ne[ \u00a0]+of[ \u00a0]+(?:our|the)[ \u00a0]+(?:[\p{L}-]+[ \u00a0]+){0,2}?(?:${OCCUPATION})s[ \u00a0]+(?:at|in|on|from|for)[ \u00a0]+(?:the[ \u00a0]+)?[\p{Lu}][\p{L}'’-]+|\b(?:[\p{Lu}][\p{L}'’-]+[ \u00a0]+){1,3}(?:FC|AFC|United|City|Rovers|Athletic|Town|Wanderers)[ \u00a0]+(?:${OCCUPATION})\b|\b(?:former|retired|ex-)[ \u00a0]*(?:[\p{Lu}][\p{L}'’&-]+[ \u00a0]+){1,3}(?:${OCCUPATION})\b`,
  'gu',
);
// Famous for one thing: a show, a title at school, a year or a position at a named school ("a Rustin High senior", "Ridgeview High's starting QB").
const FAMOUS = /\b(?:Real Housewi(?:fe|ves) of(?: [\p{Lu}][\p{L}]+)+|(?:Love Island|Bachelor(?:ette)?|X Factor|Strictly|Big Brother|Survivor|American Idol|Drag Race)(?:['’]s)?(?: [\p{L}]+)?? (?:star|contestant|winner|finalist|alum(?:nus|na)?|[\p{Lu}][\p{L}]+)|homecoming (?:queen|king)|prom (?:queen|king)|head (?:boy|girl)|valedictorian|[\p{Lu}][\p{L}]+ (?:High|Middle|Academy|Prep)(?: School)?(?:['’]s)? (?:star |starting |head |team )?(?:senior|junior|sophomore|freshman|quarterback|QB|cheerleader|point guard|pitcher|captain|goalie|goalkeeper|striker|valedictorian))\b/gu;
// Crisis calls and incidents told with a place: "threatening to jump from the Tyne Bridge".
const CRISIS = /\b(?:in (?:our|the) chair|service users?|hearing voices|on a section|came through our doors|gor(?:ed|ing)|ITU|air ambulance|flown to|paramedics?|999|911|RTC|collision|rollover|pile-?up|clinic|appointment|consultation|referr(?:al|ed)|procedure|syndrome|disease|disorder|threaten(?:ing|ed)? to (?:jump|end)|tried to (?:jump|end)|attempted suicide|suicide attempt|overdosed?|self-harm(?:ed|ing)?|sectioned|crisis|collapsed|collapsing|accident|crash(?:ed)?|fell|fall|attack(?:ed)?|stabb(?:ed|ing)|drown(?:ed|ing)?|rescued|airlifted)\b/i;

const CRISIS_ACT = /\b(?:threaten(?:ing|ed)? to|tried to|attempt(?:ing|ed)? to) (?:jump|end|harm|take)\b|\b(?:found|pulled|rescued) (?:collapsed |unconscious |unresponsive )?(?:from|on|at|in)\b/i;

// Descriptions of groups, roles we advertise or the organisation's own people.
// (and a job said of a named person or a service on offer: "41 years as a GP on Mull", "see a private GP in Leeds today")
const NOT_ONE_PERSON_BEFORE = /\b(?:any|every|all|many|most|some|more|other|if you(?:'re| are)?|are you|calling all|looking for|hiring|recruiting|we need|join (?:us|our)|our|volunteer|as)[ \u00a0]+(?:\w+[ \u00a0]+)?$/i;
const SERVICE_BEFORE = /\b(?:see|book|visit|find|choose)[ \u00a0]+$/i;
// History: "On 5 July 1948 ... the very first patient of the new NHS at Park Hospital".
const OLD_YEAR = /\b(?:1[5-8]\d\d|19[0-5]\d)\b/;
const SUPPORT = /\b(?:raised|raising|donat\w+|fundrais\w*|volunteer\w*|sponsor\w*|visit(?:ed|ing) (?:us|our)|to (?:officially )?open (?:our|the) new|officially opened|autographs?|(?:popped|came|dropped) in to (?:cook|sing|play|read|meet|visit|open|perform|judge|say hello)|spent (?:her|his|their) (?:afternoon|morning|day|evening) (?:at|with)|award|joins|hiring|recruiting|vacanc\w+|apply)\b/i;
const THANKED_BEFORE = /\b(?:thank(?:s| you)(?: so much)? to|welcome|congratulations to|congrats to)[ \u00a0]+$/i;
// A date or a time of day narrows a description as an age does: "born on 19/05 to a lovely couple from
// Ystradgynlais", "the man who collapsed by the tills at Tesco Extra Llanelli on Sat around 2.20pm".
const SPECIFIC_DATE = /\b\d{1,2}[/.]\d{1,2}\b|\b\d{1,2}(?:[.:]\d{2})?[ \u00a0]?(?:am|pm)\b|\b\d{1,2}(?:st|nd|rd|th)?[ \u00a0](?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?[ \u00a0]\d{1,2}\b/;
// An age and sex at an address: "Cardiac arrest at 17 Moorland Crescent, Keighley BD21 3QX – 72yo male".
const AGE_SEX = /\b\d{1,3}[ \u00a0]?(?:yo|y\/o|-year-old|year old|yr old)[ \u00a0]+(?:male|female|man|woman|boy|girl|gentleman|lady)\b|\b\d{1,3}[MF]\b/g;
const STREET_ADDRESS = /\b\d{1,5}[ \u00a0]+(?:[\p{Lu}][\p{L}'’-]+[ \u00a0]+){1,3}(?:Road|Rd|Street|St|Crescent|Avenue|Ave|Lane|Ln|Drive|Dr|Close|Way|Court|Ct|Place|Pl|Terrace|Grove|Gardens|Hollow|Boulevard|Blvd)\b|\b[A-Z]{1,2}\d[A-Z\d]?[ \u00a0]?\d[A-Z]{2}\b|\b\d{5}(?:-\d{4})?\b/u;

// A named subject that the description is said of: "Dr. Alan Fong has been elected ".
const PREDICATED = /((?:(?:Dr|Prof|Professor)\.?[ \u00a0])?\p{Lu}[\p{L}'’-]+(?:[ \u00a0]\p{Lu}[\p{L}'’-]+){0,2})[ \u00a0]+(?:has been|have been|was|is|became|had been)(?:[ \u00a0]+(?:re-?elected|elected|named|appointed|voted|made|chosen)(?:[ \u00a0]+as)?)?[ \u00a0]+(?:the[ \u00a0]+|our[ \u00a0]+)?$/u;

function careOrCrisis(text: string, span: { start: number; end: number }): string | undefined {
  const sentence = sentenceAround(text, span);
  const inSentence = CRISIS.exec(text.slice(sentence.start, sentence.end))?.[0] ?? nearestCue(text, CARE_CUE_ALL, span, sentence)?.word;
  return inSentence ?? nearestCue(text, CARE_CUE_ALL, span, { start: 0, end: text.length })?.word;
}

export const jigsaw: Detector = {
  meta: {
    id: 'jigsaw',
    description:
      "Descriptions that identify one person without a name, in a post about care or a crisis: who (an age, an occupation, 'the only ...', 'our town's mayor') plus where (a town, a school, a station, a club), e.g. 'a 47-year-old sheep farmer from Bala', 'the only pro bull rider in Cheyenne', '34F, primary school teacher, Hexham'. Ignores job adverts, calls to groups ('any teachers in Leeds?'), supporters and visitors, and descriptions of the hospital's own wards and units.",
  },
  detect({ text, org }) {
    const index = orgIndex(org);
    const hits: DetectorHit[] = [];
    const add = (start: number, end: number) => {
      if (hits.some((hit) => start < hit.end && hit.start < end)) return;
      const before = text.slice(Math.max(0, start - 30), start);
      if (NOT_ONE_PERSON_BEFORE.test(before) || (SERVICE_BEFORE.test(before) && /^an?\b/i.test(text.slice(start, start + 3)))) return;
      const sentence = sentenceAround(text, { start, end });
      const said = text.slice(sentence.start, sentence.end);
      if (SUPPORT.test(said) || OLD_YEAR.test(said) || toldAsHistory(text, sentence) || THANKED_BEFORE.test(text.slice(sentence.start, start))) return;
      // "Dr. Alan Fong has been elected president of the Colorado Society": a description of someone named as staff.
      const subject = PREDICATED.exec(text.slice(sentence.start, start));
      if (subject && onlyNonPatientsIn(text, { start: sentence.start + subject.index, end: sentence.start + subject.index + subject[1]!.length }, index)) return;
      const event = careOrCrisis(text, { start, end });
      if (!event) return;
      const shown = text.slice(start, end);
      hits.push({
        start,
        end,
        detail: `'${shown}' with '${event}' can identify the person without a name (who, where and what happened add up): make the description general ("a local man", "one of our patients") or remove the place.`,
        suggestions: ['one of our patients'],
      });
    };
    for (const match of matchAllGated(ONE_OF_A_KIND, text)) add(match.index, match.index + match[0].length);
    for (const match of matchAllGated(FAMOUS, text)) add(match.index, match.index + match[0].length);
    for (const match of matchAllGated(RARE, text)) add(match.index, match.index + match[0].length);
    for (const match of matchAllGated(LOCAL_FIGURE, text)) add(match.index, match.index + match[0].length);
    for (const match of matchAllGated(AGE_SEX_OCCUPATION, text)) add(match.index, match.index + match[0].length);
    for (const match of matchAllGated(WHO_WHERE, text)) {
      // The scan may start a few words early ("with a young man ..."): begin at the article.
      const article = /\b(?:[Aa]n?|[Tt]he|[Oo]ne|[Tt]his)[ \u00a0]/.exec(match[0].slice(0, 30));
      const start = match.index + (article?.index ?? 0);
      // "a woman from Bradford" fits thousands; an age or an occupation narrows it to one.
      // (or what happened there: "a young man threatening to jump from the Tyne Bridge")
      if (NOT_A_PLACE.test(match[1]!)) continue;
      const sentence = sentenceAround(text, { start, end: match.index + match[0].length });
      if (!(AGE_OR_OCCUPATION.test(match[0]) || CRISIS_ACT.test(match[0]) || SPECIFIC_DATE.test(text.slice(sentence.start, sentence.end)))) continue;
      add(start, match.index + match[0].length);
    }
    for (const match of matchAllGated(AGE_SEX, text)) {
      const sentence = sentenceAround(text, { start: match.index, end: match.index + match[0].length });
      if (STREET_ADDRESS.test(text.slice(sentence.start, sentence.end))) add(match.index, match.index + match[0].length);
    }
    return hits.sort((a, b) => a.start - b.start);
  },
};
