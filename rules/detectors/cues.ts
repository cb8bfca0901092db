// Shared vocabularies. A cue is evidence about WHOSE detail a candidate is: a patient's (care and
// person cues) or the organisation's (org cues). Compiled once at module load.

/** Words tying a person to care: being a patient, treated, admitted, born, recovering, dying. */
export const CARE_CUE =
  /\b(?:our |a |the |this |young |elderly )?patients?\b|\b(?:admitted|admission|discharged?|diagnos(?:ed|is)|surgery|surgeries|operation|operated on|transplant|treated|treatment|chemo(?:therapy)?|radiotherapy|dialysis|bed|bedside|ward|bay|ICU|intensive care|critical care|A&E|emergency department|ER|resus|born|birth|delivered|newborn|NICU|recovering|recovery|rehab(?:ilitation)?|died|passed away|death|palliative|hospice|end of life|condition|stable|critical condition|cancer|tumou?r|stroke|heart attack|cardiac arrest|fracture[ds]?|broken (?:hip|leg|arm)|hip replacement|knee replacement|amputation|ventilator|in hospital|hospitali[sz]ed|prescribed|medication|scan|biopsy|x-?ray|walking again|rang the bell|ring the bell|mum of|mother of|dad of|father of|wife of|husband of|son of|daughter of|relatives? of|family of|next of kin|visited (?:him|her|them) in|your (?:visit|appointment|treatment|procedure|surgery)|therapy|physio(?:therapy)? sessions?|miscarriage|pregnan(?:t|cy)|labou?r|IVF|overdose|self-harm|dementia|alzheimer'?s|diabetes|HIV|covid)\b/i;

/** Global twin of CARE_CUE for nearest-cue lookups. */
export const CARE_CUE_ALL = new RegExp(CARE_CUE.source, 'gi');

/** Contact details that belong to a particular person, not to the organisation. */
export const PERSON_CUE =
  /\b(?:(?:his|her|their|patient'?s?|mum'?s|dad'?s|wife'?s|husband'?s|son'?s|daughter'?s|family'?s|home|personal|private) (?:(?:mobile|cell|home|work|landline|phone|telephone|contact|email|e-mail|postal|home) )?(?:number|no\.?|phone|mobile|cell|email|e-mail|address|postcode|zip(?: code)?)|(?:our|the|a|this) patient\b|patient [A-Z][a-z]+|next of kin|NOK|relatives?|mum|mother|dad|father|wife|husband|son|daughter|grand(?:mother|father|son|daughter)|carer|lives (?:at|in|on)|living at|resident of|resides|reach (?:him|her|them)|contact (?:him|her|them)|call (?:him|her|them)|admitted|discharged|diagnosed|born|baby|Mr|Mrs|Ms|Miss|Mx)\b/i;

/** Contact details presented as the organisation's own: "call us on", "our helpline", "book at". */
export const ORG_CUE =
  /\b(?:(?:call|ring|phone|contact|email|e-mail|text|message|visit|find|reach|write to|join|meet) us|(?:our|the) (?:[a-z]+ )?(?:number|line|team|clinic|office|practice|surgery|hospital|address|helpline|hotline|switchboard|reception|desk|inbox|site|campus|centre|center|building|unit)|reception|switchboard|helpline|hotline|appointments?|bookings?|book (?:online|now|today|an? )|enquiries|inquiries|PALS|press office|media team|volunteering|careers|recruitment|fundraising|donations?|find us|visit us|located at|venue|held at|head office|registered office|opening hours|open (?:daily|from|on|mon)|hospital|clinic|medical cent(?:re|er)|health cent(?:re|er)|hospice|pharmacy|infirmary|GP surgery|(?:mon|tues|wednes|thurs|fri|satur|sun)days?)\b/i;

/** Words introducing a phone number. */
export const PHONE_CUE = /\b(?:tel(?:ephone)?|phone|ph|call|ring|mobile|mob|cell|fax|text|sms|whatsapp|landline|number|contact(?:ed)? (?:on|at))\b[^\n\d]{0,12}$/i;
