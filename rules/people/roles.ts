// Who a named person is, from evidence in the post rather than from the name: a patient, staff, a
// supporter, a public figure, someone from history, a fictional persona, an animal or a training
// mannequin, or unknown. Evidence is read in every sentence that mentions the person (by full name,
// first name or surname), because posts introduce a person once and describe them later
// ("Welcome Dr Siobhan McAllister ... Siobhan joins us from Belfast").
import { sentenceAround, textBefore, type Span } from '../detectors/context';
import { isStaffOrPublic } from '../detectors/names/staff';
import { stripTitles, type OrgIndex } from '../detectors/org';
import { memoLast } from '../text/memo-last';
import { matchAllGated, mayMatch } from '../text/regex-gate';
import { givenNameKey } from './lexicon';
import { findPeople, RECORD_ENTRY } from './mentions';

/** Roles that are never a patient's unless the text says they were treated. */
export const NOT_PATIENT: ReadonlySet<string> = new Set(['self', 'reviewer', 'staff', 'supporter', 'public', 'historical', 'fictional', 'not-a-person']);

export type Role = 'patient' | 'self' | 'reviewer' | 'staff' | 'supporter' | 'public' | 'historical' | 'fictional' | 'not-a-person' | 'unknown';
export type Mention = Span & { name: string };
export type RoleReading = { role: Role; evidence?: string };

// Care nouns that, owned by a person ("her stroke", "Mr Singh's hernia repair"), make them a patient.
const OWNED_CARE =
  '(?:[a-z]+(?:itis|ectomy|otomy|ostomy|plasty|oscopy|algia|pathy|pril|olol|statin|sartan|prazole|cillin|mycin|azepam|oxetine|triptan|formin|gliptin|parin)|[a-z]*(?:carcin|lymph|melan|sarc|gli|myel|blast)oma|graft|bypass|ulcer|stent|pacemaker|inhaler|insulin|expander|braces|aligners|retainer|plaster|cast|stitches|sutures|catheter|cannula|new (?:hip|knee|kidney|liver|heart|lungs?|cornea|lens|valve)|marrow|repeat (?:request|prescription)|prescription|jab|' +
  'oxygen(?: tank)?|wheelchair|walker|zimmer(?: frame)?|frame|feeding tube|dialysis|hearing aids?|prosthe(?:sis|tic)|PTSD|depression|anxiety|dementia|diabetes|epilepsy|autism|COPD|addiction|eating disorder|' +
  // (conditions someone lives with: "to help with her lazy eye")
  "lazy eye|squint|glaucoma|cataracts?|asthma|eczema|psoriasis|arthritis|sciatica|migraines?|seizures?|allerg(?:y|ies)|hearing loss|tinnitus|heart failure|Parkinson['’]s|bulimia|anorexia|ADHD|OCD|bipolar|schizophrenia|psychosis|long covid|Crohn['’]s|colitis|endometriosis|PCOS|infertility|scoliosis|lupus|cerebral palsy|spina bifida|cystic fibrosis|sickle cell|grafts|" +
  'surgery|operation|op|repair|replacement|treatment|diagnosis|recovery|stroke|fall|overdose|collapse|accident|injur(?:y|ies)|cancer|chemo|scan|results|bloods|appointment(?! (?:as|to|of) )|appt|procedure|admission|stay|transplant|delivery|labou?r|c-section|birth|condition|illness|prognosis|medication|meds|discharge|dressings?|wound|fracture|bed|bay|room|referral|therapy|rehab|biopsy|filling|crown|implant|extraction|rhinoplasty|facelift|lipo|IVF|pregnancy|miscarriage|scan)';

// A person's own care, said of them: strong enough to outweigh a staff or supporter reading
// ("nurse Tanya, who spent three weeks as a patient in our ICU").
const OWN_CARE = new RegExp(
  [
    '\\bas an? (?:in-?)?patient\\b',
    '\\b(?:is|was|were|has been|had been|got|being|been) (?:(?:safely|successfully|finally|urgently|lovingly) )?(?:admitted|discharged|diagnosed|treated|rushed|airlifted|transferred|brought in|stretchered|resuscitated|intubated|operated on|seen (?:in|by|at)|cared for|looked after|sectioned|delivered|crushed|injured|hurt|hit by|struck|knocked down|burn(?:ed|t)|bitten|stabbed|shot|found collapsed|pulled from)\\b',
    // (not what staff do: "performed her 500th hip replacement")
    // (nor their work on it: "her research into dementia"; nor a service for a group: "our children's diabetes clinic")
    `(?<!\\b(?:performed|carried out|completed|did|led|gave|ran|hosted|delivers?|delivered|teaches|taught) )(?:\\b(?:his|her|their)|(?<!\\b(?:children|women|men|people|kids|babies|adults|teens|veterans|patients|families))['’]s) (?:(?!(?:research|work|interest|expertise|special(?:ism|ty|ist)|passion|team|clinic|service|stud(?:y|ies)|book|talk|paper|thesis|career|role|post|job|lecture|course)\\b)[\\w-]+ ){0,3}${OWNED_CARE}\\b`,
    `\\b(?:had|has had|got|underwent|received|(?:came|popped|dropped|comes|is) in (?:\\w+ ){0,2}for|is back for|came back for|booked in for|in for) (?:(?:his|her|their|a|an|the|some|more|another) )?(?:[\\w-]+ ){0,2}(?:${OWNED_CARE}|LASIK|laser|jab|vaccine|injection|filler|fillers|botox|tweakments?|session|consultation|check-?up|round \\d)\\b`,
    '\\bin (?:the |our )?(?:chair|treatment room|theatre)(?: \\d+)?\\b',
    '\\b(?:has been|is|was|became|been) (?:a|our) (?:\\w+ )?patient\\b',
    '\\b(?:going home|went home|walked out|discharged home|after \\d+ (?:days|weeks|months|nights) (?:in|on|at) (?:our |the )?[\\w&]+)\\b',
    '\\b(?:came|come|comes) to (?:us|see us|our \\w+)\\b|\\b(?:coming|comes|came|come) to (?:our|the) (?:[\\w-]+ ){0,4}(?:group|clinic|sessions?|programme|program|meetings?|class(?:es)?)\\b',
    '\\b(?:all )?(?:jabbed|vaccinated|immuni[sz]ed|boosted)(?: up)?\\b',
    // someone who uses a service is its patient, whatever the service calls them
    '\\b(?:uses|used|has used|attends|attended|has attended|comes to|came to|joined|started) (?:our|the) (?:[\\w-]+ ){0,3}(?:service|day centre|day center|day hospital|group|programme|program|clinic|sessions?|course of)\\b',
    '\\b(?:day|week|month) \\d{1,3} post[- ]?op\\b|\\bpost[- ]?op (?:for|with)\\b',
    // "has been fighting stage 4 neuroblastoma" (not "fighting for better stroke care"), "trusted our team with 3,200 FUE grafts", "stopping by for her PrEP check-up"
    `\\b(?:(?:is|has been|was|been) (?:fighting|battling)|beat|survived|diagnosed with|treated for|recovering from|living with) (?!(?:for|against|to)\\b)(?:[\\w-]+ ){0,3}?${OWNED_CARE}\\b`,
    '\\btrusted (?:us|our (?:[\\w-]+ )?(?:team|surgeons?|doctors?|clinic|practice|dentists?)|Dr\\.? [A-Z][\\w-]+) with\\b',
    '\\b(?:stopp(?:ed|ing)|swung|swinging|dropp(?:ed|ing)|popp(?:ed|ing)) (?:by|in) for (?:his|her|their|a|an) [\\w-]+',
    '\\b(?:service users?|recipient|in our care|under (?:our|the) care|on (?:our|the) (?:caseload|waiting list)|received (?:his|her|their|a|an) (?:new )?(?:kidney|liver|heart|lungs?|cornea)|(?:days?|weeks?|months?|years?) (?:clean|sober|on from|post[- ]?op|since (?:his|her|their)))\\b',
    // a stay and a death in the organisation's care: "spent his last eleven days with us", "honoured to care for you"
    '\\bspent (?:[\\w-]+ ){0,2}(?:days|weeks|months|nights) (?:with us|here|on (?:our|the) ward|in (?:our|the) (?:care|unit|hospital|hospice))\\b|\\bspent (?:his|her|their) (?:last|final) (?:[\\w-]+ ){0,2}(?:days|weeks|months|hours|nights) (?:with us|here|on (?:our|the) ward|in (?:our|the) (?:care|unit|hospice))|\\bhonou?red to (?:have )?(?:cared for|care for|look after|looked after)\\b',
    '\\b(?:finished|completed) (?:his|her|their) (?:\\w+ ){0,2}(?:weeks|sessions|course|programme|program|treatment|rehab|radiotherapy|chemo)\\b',
    // a nurse of a kind only patients have: "his hospice nurse Carla"
    '\\b(?:his|her|their) (?:hospice|district|community|palliative|Macmillan|Marie Curie|home care|cancer|stoma|diabetes|heart failure|transplant) (?:nurse|team)\\b',
    // a full date of birth written as in a record: "(born 1948-02-11)"
    '\\((?:born|b\\.)[: ]?[ ]?\\d{1,4}[-/.]\\d{1,2}[-/.]\\d{1,4}\\b',
    '\\b(?:died|passed away|passed|slipped away)(?: \\w+)?(?: peacefully)? (?:with us|in our care|here|on (?:the|our) ward|in (?:our|the) (?:[\\w-]+ )?(?:hospice|unit|ward|ICU|suite)|at the hospice)\\b',
    // "came in Saturday for her Sculptra": what someone comes in for is theirs
    '\\b(?:came|popped|dropped|comes|is|was) in (?:\\w+ ){0,2}for (?:his|her|their|a|an|some) [\\w-]+',
    '\\b(?:finished|completed|graduated from|discharged from) (?:our|the|his|her|their) (?:[\\w-]+ ){0,3}(?:program|programme|treatment|rehab|detox|recovery)\\b',
    '\\b(?:verified|approved|denied) (?:coverage|insurance|benefits|claim|authori[sz]ation)\\b|\\bprior auth',
    '\\byour (?:next |upcoming )?(?:[\\w-]+ ){0,2}(?:[a-z]+(?:aline|opram|xetine|apine|idone|adone|codone|prazole|statin|pril|olol|sartan|formin|cillin|mycin|azepam)|methadone|script|appt|appointment|results|scan|prescription|depot|jab|injection|session|procedure|surgery|treatment|intake|assessment|referral|test|refill|pens|crowns?|touch[- ]?up|dressings?)\\b|\\byour (?:[\\w-]+ ){0,2}(?:filler|fillers|botox|lips|crowns?|veneers|implants?|braces|smile|results?) (?:came out|turned out|healed|is healing|look(?:s|ed)?)\\b',
    // a pharmacy or clinic message about one person's care: "ready for collection", "appt moved to thurs"
    '\\b(?:is|are) (?:now )?ready (?:for collection|to collect|to pick up|for pick-?up)\\b|\\b(?:appt|appointment)s? (?:has been |have been |was |is )?(?:moved|rescheduled|changed|cancell?ed|confirmed)\\b',
    '\\bin Dr\\.? [A-Z][\\w-]+[\'’]s chair\\b|\\b(?:had|has) (?:his|her|their) (?:very )?first (?:cleaning|check-?up|exam|visit|fitting|appointment|scan)\\b|\\bgraduated (?:from )?(?:the|our) (?:[\\w-]+ ){0,3}(?:program|programme|course|group)\\b',
    // a former patient back to thank the crew: "walked through our door to say thank you to Dr Fiona and paramedics Stuart and Ali"
    '\\b(?:came|come|walked|popped|dropped|stopped) (?:back |in |by |through our doors? )*to (?:say )?thank (?:you )?(?:to )?(?:the |our )?(?:crew|team|paramedics?|nurses?|staff|doctors?|Dr|surgeons?|medics?)\\b',
    '[,–—-] (?:a|our) (?:[\\w-]+ )?patient (?:at|of|with|here)\\b|\\b(?:days|weeks|months) off (?:the )?(?:gear|drink|booze|drugs|heroin|meth|pills|sauce)\\b|\\bnaci[óo] (?:el|en|a las|hoy|ayer)\\b',
    // a condition someone lives with: "Callum, who has Fragile X syndrome"
    // care told in a message or a shout-out: "off the methadone script for a whole year", "a tough year with us in CAMHS", "see you in 3 months for a touch-up"
    '\\boff (?:the|his|her|their) (?:[\\w-]+ )?(?:script|meds|medication|methadone)\\b|\\bwith us in (?:CAMHS|ICU|ITU|NICU|PICU|rehab|hospital|our care|the unit|the ward|detox)\\b|\\bsee (?:you|u) in \\d+ (?:days|weeks|months) for\\b|\\b(?:group|therapy|sessions?|programme|program|treatment) (?:has|have) been helping (?:you|him|her|them)\\b',
    '\\bwho (?:has|had|lives with|is living with|was born with|suffers from|was diagnosed with) (?:[\\w-]+ ){0,3}(?:syndrome|disease|disorder|dementia|diabetes|autism|palsy|dystrophy|sclerosis|fibrosis|epilepsy|cancer|leuka?emia)\\b',
    // a course of care finished, a birth, a stay on an inpatient unit, a rescue, a check-up to come
    '\\b(?:complet|finish)(?:ed|ing) (?:\\d+|\\w+) (?:weeks|sessions|months) of (?:our|the|his|her|their)\\b|\\b(?:group|programme|program|course) grad(?:uate)?\\b',
    '\\bon the (?:safe |early |happy |surprise )?arrival of\\b',
    '\\bfrom (?:our|the) (?:[\\w\'’-]+ ){0,3}(?:inpatient|residential) (?:unit|ward|service|programme|program)\\b',
    '\\bsee (?:you|u) (?:at|for) (?:your|ur) (?:next )?(?:recheck|follow-?up|appointment|appt|check-?up|review|adjustment|fitting)\\b',
    '\\b(?:pulled|rescued|dragged) (?:him|her|them) (?:out )?from\\b|\\bstarted CPR\\b|\\b(?:was|were|been) (?:brought|taken|rushed|flown) (?:to|into) (?:our|the) (?:ICU|ITU|ER|ED|A&E|ward|hospital|emergency|trauma|resus)',
    '\\b(?:one|two|three|\\d+) (?:year|month|week)s? (?:smoke|alcohol|drug|vape|nicotine)-free\\b|\\bcame (?:back )?in for (?:the|a) (?:\\w+ )?time\\b',
    // living in a care setting: "She's been with us in the Memory Care wing since 2021"
    '\\bwith us (?:in|on) (?:the |our )?(?:memory care|dementia|assisted living|residential|nursing|respite|hospice|palliative|rehab)\\b',
    // Polish and Tagalog, as UK and US posts sometimes are: "po wypisie z oddziału", "na unang nagpabakuna"
    '\\b(?:po wypisie|wypisan[aey]|po (?:operacji|zabiegu|porodzie)|nagpabakuna|nagpa-?opera|na-?confine|na-?ospital)\\b',
    // Spanish, as US posts often are: "salió hoy del hospital", "después de su cirugía", "dio a luz"
    '\\b(?:salió (?:hoy |ayer )?del hospital|dio a luz|fue (?:dad[oa] de alta|operad[oa]|ingresad[oa]|internad[oa])|(?:después de|tras) su (?:cirugía|operación|tratamiento|parto)|(?:por )?termin(?:ar|ó|o) su (?:programa|tratamiento|terapia)|complet(?:ar|ó|o) su (?:programa|tratamiento|terapia)|grupo de apoyo|nuestr[oa] paciente)\\b',
    // welcomed in for their own care, starting their rehab, a jab had, a crisis come through
    // ("welcome Team GB rower Hannah Lockwood to The Beaumont Clinic this week for shoulder surgery",
    // "is now beginning rehabilitation", "thanks for rolling your sleeve up", "after a near-fatal overdose")
    // (not a welcome to a post: "welcome Rachel Adebayo as our new Consultant Midwife for Normal Birth")
    `\\bwelcom(?:e|ed|ing) (?:(?! as )[^.!?\\n]){1,60}? to (?:(?! as )[^.!?\\n]){1,60}? for (?:(?:his|her|their|a|an) )?(?:[\\w-]+ ){0,2}${OWNED_CARE}(?![\\w-])`,
    '\\b(?:beginning|starting|started|began|begins|starts) (?:(?:his|her|their|a|the) )?(?:rehab(?:ilitation)?|physio(?:therapy)?|chemo(?:therapy)?|radiotherapy|dialysis|treatment|recovery)\\b(?! (?:classes|class|programmes?|programs?|services?|units?|teams?|clinics?|groups?|sessions for|pathways?)\\b)',
    '\\b(?:rolling|rolled|roll) (?:your|his|her|their) sleeves? up\\b|\\bgot (?:his|her|their) (?:flu |covid |shingles |RSV )?(?:jab|shot|vaccine|booster)\\b',
    '\\b(?:after|following|survived|surviving) (?:a|an|his|her|their) (?:[\\w-]+ ){0,3}(?:overdose|stroke|heart attack|cardiac arrest|collapse|seizure|aneurysm|brain bleed|car crash|crash|accident)(?![\\w-])',
    '\\b(?:has|had|have) (?:a |an |his |her |their )?(?:fully |now |finally |completely )?(?:healed|healing|cleared|closed) (?:[\\w-]+ ){0,3}?(?:ulcer|wound|fracture|burn|infection|incision|abscess)\\b',
    '\\b(?:underwent|recovering|on the mend|get well soon|(?:back )?home after|in (?:bed|bay|room|cubicle|side room) \\d|DOB|date of birth|born (?:on|at) \\d|gave birth|(?:MRN|NHS (?:no|number)|hospital (?:no|number))\\b)',
  ].join('|'),
  'gi',
);
// "our patient Sylvia", "patient: Ray": case matters, so kept apart from the case-blind list above.
const NAMED_AS_PATIENT = /\b(?:[Pp]atient|[Pp]t|[Rr]esident|[Cc]lient|[Cc]ustomer|[Yy]oung person)[:,]? (?!(?:Safety|Experience|Liaison|Advice|Services?|Portal|Information|Transport|Voice|Feedback|Participation|Engagement|Panel|Forum|Champions?|Partners?|Charter|Care|Flow|Records?|Access|Relations|Education|Support|First|Choice|Centred|Centered|Family|Financial|Pathway|Led|Advocate|Navigator|Day|Week|Month|Year|Award)\b)\p{Lu}\p{Ll}/gu;

// Own-care phrases are found once per text; a span's answer is the first one lying inside it. Every
// mention asks about its own sentence and each sentence naming it, so this replaced one scan per
// sentence asked about (names-from-many-languages, 3,000 chars: about 1 ms less per check).
type Found = { start: number; end: number; phrase: string };
const findAll = (pattern: RegExp, text: string): Found[] =>
  [...matchAllGated(pattern, text)].map((m) => ({ start: m.index, end: m.index + m[0].length, phrase: m[0] }));
const ownCareFinds = memoLast((text: string) => ({ care: findAll(OWN_CARE, text), named: findAll(NAMED_AS_PATIENT, text) }));

const GUESS_WHO = /^\W*guess who\b/i;
/** How far after a "Guess who ...?" opening its answer may come. */
const TEASER_ANSWER_REACH = 160;

/** The care in a post's "Guess who ...?" opening, when `mention` comes right after it as its answer. */
function teaserCare(text: string, mention: Span): string | undefined {
  if (!GUESS_WHO.test(text)) return undefined;
  const opening = sentenceAround(text, { start: 0, end: 0 });
  if (mention.start < opening.end || mention.start - opening.end > TEASER_ANSWER_REACH) return undefined;
  return ownCare(text, opening);
}

/** An own-care phrase said to "you" anywhere in the post ("your lorazepam refill is ready"). */
function careAddressedToYou(text: string): string | undefined {
  return ownCareFinds(text).care.find((found) => /\byou(?:r)?\b/i.test(found.phrase))?.phrase;
}

/** The own-care phrase in `span` with a few words after it, so a message can quote what was said ("'s results after her rhinoplasty"). */
function ownCare(text: string, span: Span): string | undefined {
  const finds = ownCareFinds(text);
  const inside = (found: Found) => found.start >= span.start && found.end <= span.end;
  const found = finds.care.find(inside) ?? finds.named.find(inside);
  if (!found) return undefined;
  const tail = /^[^.!?\n]{0,30}(?=\s|$)/.exec(text.slice(found.end, span.end))?.[0] ?? '';
  return (found.phrase + tail).trim();
}

// Roles other than patient, said of the person (their sentence, or any sentence naming them); global,
// because evidence right before another name is that person's and the search goes on.
const ROLE_EVIDENCE: [Exclude<Role, 'patient' | 'unknown'>, RegExp][] = [
  ['not-a-person', /\b(?:therapy (?:dog|cat|pony|animal)|(?:our|the|a) (?:\w+ )?(?:dog|puppy|cat|kitten|pony|horse|mascot|robot|teddy)|(?:simulation|sim|training|resus|CPR) (?:mannequin|manikin|dummy|doll)|mannequin|manikin)\b/gi],
  ['fictional', /\b(?:composite|fictional|fictitious|imaginary|hypothetical|made-up|not a real (?:patient|person)|(?:names?|details) (?:have been|has been|are|were) changed|persona|character(?! of)|played by|actors?|stock (?:photo|image)|for illustration)\b/gi],
  // (a birth year is not history: "born ... 1921" with a 104th birthday is a living person)
  ['historical', /(?<!\b(?:born|DOB|b\.)\b[^.!?\n]{0,40})\b(?:1[5-8]\d\d|19[0-5]\d)\b(?![-–]\d)(?![ \u00a0]+(?:[NSEW]\.?[ \u00a0]+)?(?:[A-Z][a-z]+[ \u00a0]+){1,3}(?:St|Street|Ave|Avenue|Rd|Road|Blvd|Boulevard|Lane|Ln|Dr|Drive|Way|Ct|Court|Pl|Place|Terrace|Close|Crescent|Pkwy|Hwy)\b)|\b(?:history|historic(?:al)?|pioneer(?:ing)?|founder|founded|legacy of|centenary|bicentenary|born in 1[5-9]\d\d)\b/gi],
  [
    'staff',
    // (a group is not the person: "she still beats our nurses at Uno"; "one of our nurses" is one of them)
    /\b(?:(?:(?<!\bone of )our|a|new|former|retiring|late|dear|much-loved|beloved) (?:\w+ ){0,2}(?:colleague|staff|team member|employee|nurse|doctor|midwife|consultant|surgeon|dietitian|physio(?:therapist)?|therapist|pharmacist|porter|receptionist|manager|matron|sister|registrar|paramedic|HCA|practitioner|dentist|hygienist|optometrist|technician|scientist|chaplain|chef|cleaner|handler|administrator|secretary|GP|clinician|counsell?or|psychologist|psychiatrist|social worker|coordinator|lead|director|chief|officer|CEO|chair)(?!s\b)|one of our (?:\w+ ){0,2}(?:colleagues|nurses|doctors|midwives|consultants|surgeons|physios|therapists|pharmacists|porters|paramedics|practitioners|dentists|hygienists|GPs|clinicians|staff)|joins? (?:us|the team|our|the trust|the practice|from)|joined (?:us|the|our)|welcome (?:to the team|aboard)|(?:her|his|their) (?:retirement|first shift|last shift|new role|career|service)|retir(?:es|ing|ement)|retired(?! (?!from\b|after\b|this\b|today\b|last\b|on\b|in\b)[a-z])|hangs? up (?:her|his|their)|years (?:of service|service|in the NHS|with us|at the)|long(?:est)?-serving|started (?:here|on|in|with|as|at)|qualified as|promoted|appointed|shortlisted for|(?:won|received|wins|scooped) (?:an?|the|our|this year's) (?:\w+ ){0,3}award|award winner|worked (?:here|at|on|in|as|for)|works (?:on|in|at|as)|work anniversary|(?:first|last|night|long) shifts?|led (?:the|our)|leads (?:the|our)|staff (?:nurse|member|birthday)|charge nurse|ward manager|front[- ]desk (?:star|queen|king|hero|legend|team|lead|manager|staff)|office manager|reception team)\b/gi,
  ],
  ['staff', /#(?:NursesWeek|NursesDay|IND20\d\d|MidwivesDay|IDM20\d\d|StaffAppreciation|StaffAwards|WorkAnniversary|TeamAppreciation)\b/gi],
  ['supporter', /\b(?:volunteer(?:s|ed|ing)?|raised|raising|fundrais\w*|donat\w+|gift(?:ed)?|legacy|sponsor\w*|in memory of|in loving memory|memorial|plaque|bench|charity|(?:walked|ran|cycled|swam|climbed|baked|knitted|trekked|hiked)\b[^.!?\n]{0,50}?\b(?:for (?:our|the|us)|to raise|in aid of|raising)|thank(?:s| you) to (?:the )?[\p{Lu}][\p{L}'’-]+(?: [\p{Lu}][\p{L}'’-]+)*(?: family)? for|for (?:spending|visiting|opening|donating|raising|organi[sz]ing|supporting|reading|coming|joining)|thoughts are with|condolences?|sympathy|cut the ribbon|unveil(?:ed|s)?|handler|finishers?|runners?)\b/giu],
  ['public', /\b(?:Team GB|Olympi(?:c|an)|Paralympi(?:c|an)|swimmer|footballer|athlete|boxer|cricketer|rugby (?:player|star)|singer|actor|actress|author|presenter|celebrity|MP|MSP|senator|mayor|governor|councillor|congress(?:man|woman)|royal|Duke|Duchess|Prince|Princess|King|Queen|star of|visit(?:ed|ing)? (?:us|our)|Strictly|X Factor|Love Island|Bake Off|EastEnders|Coronation Street|Emmerdale|Hollyoaks|to (?:officially )?open (?:our|the) new|officially opened)\b/gi],
];

// A room right after a name places the person in it: "Little Brayden in 512 screamed when Spider-Man knocked".
const IN_ROOM_AFTER = /^[ \u00a0]+in[ \u00a0]+(?:(?:room|bed|bay|cubicle)[ \u00a0]+\d{1,4}|\d{3})[A-Z]?\b(?![ \u00a0]*(?:%|days?|weeks?|months?|years?|people|patients|steps|miles|km|calls|minutes|hours|countries|languages|ways))/i;

const SELF_INTRODUCTION = /(?:\bI['’]m|\bI am|\bmy name is|\bthis is me,?|\bit['’]s me,?)[ \u00a0]+$/i;

// (or with its verb, the subject left out: "Ok who else loves Sgt. Ruiz?? Came in for his transplant check today")
const PRONOUN_OPENING = /^\s*(?:He|She|They|His|Her|Their|Him|Came|Had|Got|Went)\b/;

// Every mention's role reads every other mention's name parts: split each name once, not once per pair.
const namePartsOf = new WeakMap<Mention, string[]>();

function nameParts(mention: Mention): string[] {
  let parts = namePartsOf.get(mention);
  if (!parts) namePartsOf.set(mention, (parts = stripTitles(mention.name).split(/\s+/)));
  return parts;
}

const CAPITALISED_WORD = /^\p{Lu}\p{Ll}+$/u;
const LETTER = /\p{L}/u;

// Name words with short forms folded ("Tom" is "Thomas"), once per mention.
const nameKeysOf = new WeakMap<Mention, Set<string>>();

function nameKeys(mention: Mention): Set<string> {
  let keys = nameKeysOf.get(mention);
  if (!keys) nameKeysOf.set(mention, (keys = new Set(nameParts(mention).map(givenNameKey))));
  return keys;
}

/** Whether `other` is named by one of `parts`, or by its everyday short form ("Tom" for "Thomas Okafor"). */
const sharesName = (parts: readonly string[], other: Mention): boolean => {
  const keys = nameKeys(other);
  return parts.some((part) => keys.has(givenNameKey(part)));
};

/** Other mentions of the same person: "Rev. Thomas Okafor ... Tom". */
const samePerson = (mention: Mention, all: readonly Mention[]): Mention[] => all.filter((other) => other !== mention && sharesName(nameParts(mention), other));

/** Sentences that name `mention` by its full name, first name or surname, each once. */
function sentencesNaming(text: string, mention: Mention, all: readonly Mention[]): Span[] {
  const parts = nameParts(mention)
    .map((part) => part.replace(/^['‘"“]|['’"”,]$/g, ''))
    .filter((part) => part.length > 1);
  const same: Span[] = all.filter((other) => other === mention || sharesName(parts, other));
  // A name word the finder did not take alone ("Walter \"Buddy\" Kowalczyk ... Buddy spent his last days with us").
  for (const part of parts) {
    if (!CAPITALISED_WORD.test(part)) continue;
    for (let at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length)) {
      if (!LETTER.test(text[at - 1] ?? '') && !LETTER.test(text[at + part.length] ?? '')) same.push({ start: at, end: at + part.length });
    }
  }
  const spans = new Map<number, Span>();
  for (const other of same) {
    const sentence = sentenceAround(text, other);
    spans.set(sentence.start, sentence);
    // "Coach Bill Haverty ... ditching the glasses! He had LASIK this morning": the next sentence, when it opens with a pronoun.
    const next = sentence.end < text.length ? sentenceAround(text, { start: sentence.end, end: sentence.end }) : undefined;
    if (next && PRONOUN_OPENING.test(text.slice(next.start, next.end))) spans.set(next.start, next);
  }
  return [...spans.values()];
}


/** A role word right before a name is that person's: "Our volunteer Pat popped in to see Mrs Honeyman". */
// (or before a capitalised word the name finder left out, such as the ambiguous "Pat"; name words
// between the role and this mention are this person's own: "Charge Nurse Patricia 'Trish' O'Donnell")
const NAME_WORD_AFTER = /^[ \u00a0](?!(?:Ward|Unit|Bay|Room|Bed|Theatre|Hospital|Clinic|Centre|Center|Trust|Team|Day|Week|Month|Year)\b)\p{Lu}\p{Ll}+\b/u;
const beforeAnotherName = (text: string, end: number, others: readonly Span[], mention: Span): boolean =>
  !/^[ \u00a0]+(?:\p{Lu}[\p{L}'’.-]*(?:,? (?:and|&)|,)?[ \u00a0]+)*$/u.test(text.slice(end, mention.start)) &&
  (NAME_WORD_AFTER.test(text.slice(end, end + 24)) ||
    others.some((other) => other.start >= end && other.start - end <= 3 && /^[ \u00a0,:]*$/.test(text.slice(end, other.start))));

// Like own care, one sentence is searched with each role's pattern once, however many people it names.
type Evidence = { end: number; word: string };
const evidenceBySentence = memoLast((_text: string) => new Map<RegExp, Map<string, Evidence[]>>());

function evidenceIn(text: string, span: Span, pattern: RegExp): Evidence[] {
  const byPattern = evidenceBySentence(text);
  let bySpan = byPattern.get(pattern);
  if (!bySpan) byPattern.set(pattern, (bySpan = new Map()));
  const key = `${span.start}:${span.end}`;
  let found = bySpan.get(key);
  if (!found) {
    // (gated on the whole post: a literal it lacks is in none of its sentences, and the gate reads one text once)
    found = mayMatch(pattern, text) ? [...text.slice(span.start, span.end).matchAll(pattern)].map((match) => ({ end: span.start + match.index + match[0].length, word: match[0] })) : [];
    bySpan.set(key, found);
  }
  return found;
}

function firstEvidence(text: string, spans: readonly Span[], pattern: RegExp, others: readonly Span[] = [], mention?: Span): string | undefined {
  for (const span of spans) {
    for (const found of evidenceIn(text, span, pattern)) {
      if (!mention || !beforeAnotherName(text, found.end, others, mention)) return found.word;
    }
  }
  return undefined;
}

/** The person's own sentence says they are, or were, in care ("Councillor Tuckett ... after his collapse"). */
export function saysPatient(text: string, mention: Mention): boolean {
  return ownCare(text, sentenceAround(text, mention)) !== undefined;
}

/**
 * Reads the role of one mention. Evidence in the person's own sentence outranks evidence elsewhere,
 * and own-care evidence outranks a role (staff and supporters can be patients too); among roles the
 * order above decides (a therapy dog's "handler Jon" is about the dog before it is about staff).
 */
export function roleOf(text: string, mention: Mention, all: readonly Mention[], index: OrgIndex): RoleReading {
  const known = readings.get(mention);
  if (known && known.text === text && known.all === all && known.index === index) return known.reading;
  const reading = readRole(text, mention, all, index);
  readings.set(mention, { text, all, index, reading });
  return reading;
}

// Several detectors ask the role of the same mention during one check (patient-name, room-bed,
// age-90, care dates): read it once per mention of the shared people list.
const readings = new WeakMap<Mention, { text: string; all: readonly Mention[]; index: OrgIndex; reading: RoleReading }>();

function readRole(text: string, mention: Mention, all: readonly Mention[], index: OrgIndex): RoleReading {
  const own = sentenceAround(text, mention);
  if (RECORD_ENTRY.test(text.slice(mention.end, mention.end + 16))) return { role: 'patient', evidence: 'a record entry' };
  const room = IN_ROOM_AFTER.exec(text.slice(mention.end, mention.end + 40));
  if (room) return { role: 'patient', evidence: room[0].trim() };
  // "On 5 July 1948, 13-year-old Sylvia was admitted ...": care long ago is history, not a leak
  // (a year of birth is not: "born 1931" makes a living patient 90+).
  const ownText = text.slice(own.start, own.end);
  const oldYear = OLD_YEAR.exec(ownText);
  // (a living person's past is not history: "Mr Breaux, age 96, who served on the USS Missouri in 1945" is at the ceremony today)
  if (oldYear && (Number(oldYear[0]) < 1900 || !(BORN_BEFORE.test(ownText.slice(0, oldYear.index)) || PRESENT_TIME.test(ownText)))) return { role: 'historical', evidence: oldYear[0] };
  if (toldAsHistory(text, own)) return { role: 'historical', evidence: 'a post about history' };
  // The author telling their own story ("I'm Tasha, one of the physios ... I was diagnosed with MS") has consented to it.
  if (SELF_INTRODUCTION.test(textBefore(text, mention.start, 16))) return { role: 'self', evidence: 'the author' };
  const care = ownCare(text, own);
  if (care) return { role: 'patient', evidence: care };
  if (isStaffOrPublic(text, mention, index)) return { role: 'staff', evidence: 'named as staff' };
  // (the same person named as staff elsewhere in the post: "Paramedic Ian McAllister ... Mac joined the service in 1986")
  if (samePerson(mention, all).some((other) => isStaffOrPublic(text, other, index) && !saysPatient(text, other))) return { role: 'staff', evidence: 'named as staff' };
  if (GREETING_BEFORE.test(textBefore(text, mention.start, 24))) {
    if (ADDRESSED_WITHOUT_DISCLOSURE.test(text)) return { role: 'reviewer', evidence: 'the person the reply is to' };
    // The person greeted is the "you" of the reply: "@carolwinters Hi Carol! Yes, your lorazepam refill is ready".
    const addressed = careAddressedToYou(text);
    if (addressed) return { role: 'patient', evidence: addressed };
  }
  // A teaser answered by the name: "Guess who popped in for their flu jab today? ... Only Wanderers legend Gary Tomlinson!"
  const teaser = teaserCare(text, mention);
  if (teaser) return { role: 'patient', evidence: teaser };
  const ownRole = roleIn(text, [own], clauseAround(text, mention, own), mention, all.filter((other) => other !== mention));
  // (a visitor or a supporter can be a patient too, said in another sentence: "presenter Big Dave
  // Thompson! Thanks for rolling your sleeve up Dave")
  if (ownRole && !LOOSE_ROLES.has(ownRole.role)) return ownRole;
  // (the person's other sentences are read only now: most mentions are settled by their own)
  const others = sentencesNaming(text, mention, all).filter((span) => span.start !== own.start);
  const careSpan = others.find((span) => ownCare(text, span) !== undefined);
  if (careSpan) return { role: 'patient', evidence: ownCare(text, careSpan) };
  return ownRole ?? roleIn(text, others) ?? roleInHeading(text) ?? { role: 'unknown' };
}

// A reply that greets the reviewer and says it cannot discuss anyone's care confirms nothing about them:
// "Hi Marcus, thank you for your kind words ... We can't comment on anyone's individual care".
const ADDRESSED_WITHOUT_DISCLOSURE =
  /\b(?:can(?:no|['’])t|cannot|unable to|won['’]t|don['’]t|do not|never) (?:comment on|discuss|share|confirm|talk about|go into) (?:anyone['’]s|any(?:one['’]s)? individual|individual|personal|specific|patients['’]?|people['’]s)\b/i;
const GREETING_BEFORE = /(?:^|\n)\W*(?:@\S+[ \u00a0]+)?(?:Hi|Hello|Hey|Dear|Thanks|Thank you)[ \u00a0,]*$/i;

// A post introduced by its heading: "💜 Volunteer of the Month 💜 Meet Graham, who has driven our minibus ...".
const HEADING_ROLES: [Role, RegExp][] = [
  ['patient', /^[^\n]{0,30}\b(?:patients?|stars?|heroe?s?|warriors?) of the (?:month|week|year)\b/i],
  ['supporter', /^[^\n]{0,20}\b(?:volunteers?|fundraisers?|supporters?|donors?) (?:of the (?:month|week|year)|spotlight)\b/i],
  ['staff', /^[^\n]{0,20}\b(?:staff|colleagues?|employees?|team members?|nurses?|midwives|porters?|doctors?) (?:of the (?:month|week|year)|spotlight)\b/i],
];

function roleInHeading(text: string): RoleReading | undefined {
  const found = HEADING_ROLES.find(([, heading]) => heading.test(text));
  return found && { role: found[0], evidence: 'the post\'s heading' };
}

// History told across sentences: "On this day in 1887 ... Our very first patient that winter was Otto".
const HISTORY_TAG =
  /#(?:History|OnThisDay|FoundersDay|ThrowbackThursday|TBT|Heritage|Archives?)\b|\bon this day in 1[5-9]\d\d\b|\b(?:\d{2,3}|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a hundred) years (?:later|ago|on|of)\b|\b\d{2,3}(?:st|nd|rd|th) anniversary\b|\bopened (?:our|its) doors\b/i;
// Asked for every person, birth and description in a post: read the whole post once.
const aboutThePast = memoLast((text: string) => HISTORY_TAG.test(text));
const FIRST_PATIENT = /\b(?:very )?first (?:ever )?(?:patients?|bab(?:y|ies))\b/i;
// (a post about the past may still name someone here now: "#OnThisDay in 1948 ... today Mrs Jones turns 100")
const NOW = /\b(?:today|tonight|yesterday|this (?:morning|afternoon|evening|week|month|year)|last (?:night|week|month)|recently|currently)\b/i;
// (not the year of a numeric date: "12/03/1958" on a handover board is a date of birth)
// (nor a house number: "1820 W Belmont Ave")
// ("a patient at our surgery since 1958" goes on today)
const OLD_YEAR = /(?<!\d[/.-])(?<!\bsince )\b(?:1[5-8]\d\d|19[0-5]\d)\b(?![-–]\d)(?![ \u00a0]+(?:[NSEW]\.?[ \u00a0]+)?(?:[A-Z][a-z]+[ \u00a0]+){1,3}(?:St|Street|Ave|Avenue|Rd|Road|Blvd|Boulevard|Lane|Ln|Dr|Drive|Way|Ct|Court|Pl|Place|Terrace|Close|Crescent|Pkwy|Hwy)\b)/;
const PRESENT_TIME = /\b(?:today|tonight|this (?:morning|afternoon|evening|week)|aged? \d{1,3}|\d{1,3}-year-old|turns? \d{2,3})\b/i;
const BORN_BEFORE = /\b(?:born|DOB|D\.O\.B|b\.|date of birth)\b[^.!?\n]{0,40}$/i;

/** Whether the sentence `own` tells the organisation's history: an old year or its first patient, in a post about its past. */
export function toldAsHistory(text: string, own: Span): boolean {
  if (!aboutThePast(text)) return false;
  const ownText = text.slice(own.start, own.end);
  if (NOW.test(ownText)) return false;
  return OLD_YEAR.test(text.slice(0, own.end)) || FIRST_PATIENT.test(ownText);
}

// Supporters and public figures are read from the person's own clause: "Stanley Cohen, aged 91, won
// again – the volunteers are demanding a recount" does not make Stanley a volunteer.
const LOOSE_ROLES: ReadonlySet<Role> = new Set(['supporter', 'public']);
const RELATIVES_OF_BEFORE = /\b(?:family|parents|relatives|loved ones|friends|mum|mom|dad|wife|husband|children) of[ \u00a0]+$/i;
const CLAUSE_BREAK = /[ \u00a0][–—-][ \u00a0]|;/g;
const LIST_GOES_ON = /^(?:including|such as|namely|among them|like)\b/i;

function clauseAround(text: string, mention: Span, sentence: Span): Span {
  let { start, end } = sentence;
  for (const found of text.slice(sentence.start, sentence.end).matchAll(CLAUSE_BREAK)) {
    const at = sentence.start + found.index;
    // (a list that goes on after a dash belongs to the clause before it: "Our volunteer ward helpers – including Pat, Raj and Eileen")
    if (LIST_GOES_ON.test(text.slice(at + found[0].length, at + found[0].length + 12))) continue;
    if (at + found[0].length <= mention.start) start = at + found[0].length;
    else if (at >= mention.end) {
      end = at;
      break;
    }
  }
  return { start, end };
}

/** The first role with evidence in `spans`; supporters and public figures only inside `clause` when one is given. */
/** Where evidence for `role` may sit: an animal or a mannequin only right beside the name ("a teddy was left ... by a little girl called Maisie Hart"). */
function evidenceSpans(role: Role, spans: readonly Span[], clause: Span | undefined, mention: Span | undefined, text: string): readonly Span[] {
  if (!clause || !mention) return spans;
  // ("Thank you to the family of Ruby Akhtar for the memorial bench": the family gives, Ruby is remembered)
  if (LOOSE_ROLES.has(role) && RELATIVES_OF_BEFORE.test(text.slice(Math.max(0, mention.start - 30), mention.start))) return [];
  if (role === 'not-a-person') return [{ start: Math.max(clause.start, mention.start - 60), end: Math.min(clause.end, mention.end + 60) }];
  return LOOSE_ROLES.has(role) ? [clause] : spans;
}

function roleIn(text: string, spans: readonly Span[], clause?: Span, mention?: Span, others: readonly Span[] = []): RoleReading | undefined {
  for (const [role, pattern] of ROLE_EVIDENCE) {
    const where = evidenceSpans(role, spans, clause, mention, text);
    // (a year in a sentence set today is the person's past, not history)
    const evidence = firstEvidence(text, role === 'historical' ? where.filter((span) => !PRESENT_TIME.test(text.slice(span.start, span.end))) : where, pattern, others, mention);
    if (evidence) return { role, evidence };
  }
  return undefined;
}

/** A person named inside `within` whom the post does not show to be staff, a supporter or anyone else who is not a patient ("call Mrs Okafor's daughter on ..."). */
export function possiblePatientIn(text: string, within: Span, index: OrgIndex): { word: string } | null {
  const people = findPeople(text);
  const person = people.find((mention) => mention.start >= within.start && mention.end <= within.end && !NOT_PATIENT.has(roleOf(text, mention, people, index).role));
  return person ? { word: person.name } : null;
}

/** Someone is named inside `within`, and the post shows every one of them to be staff, a supporter or anyone else who is not a patient. */
export function onlyNonPatientsIn(text: string, within: Span, index: OrgIndex): boolean {
  const people = findPeople(text);
  const inside = people.filter((mention) => mention.start >= within.start && mention.end <= within.end);
  // ("Dr. Asante" alone is not a mention the finder takes, but a doctor is staff)
  const titledStaff = /\b(?:Dr|Prof|Doctor|Professor)\.?[ \u00a0]\p{Lu}/u.test(text.slice(within.start, within.end));
  return (inside.length > 0 || titledStaff) && inside.every((mention) => NOT_PATIENT.has(roleOf(text, mention, people, index).role));
}
