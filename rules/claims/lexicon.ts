// Word classes the constructions share, as regular-expression sources (case-insensitive, whole
// words). Classes, not past posts: every condition a treatment might claim to end, every sign that
// a post sells something.

/** Turns a list of alternatives into a non-capturing group. */
export const anyOf = (words: readonly string[]): string => `(?:${words.join('|')})`;

/** Illnesses, symptoms and body states a treatment may be claimed to end. */
export const CONDITION = anyOf([
  'anxiety', 'depression', 'pain', 'hearing(?: loss)?', 'eyesight', 'fear(?: response)?', 'aches?', 'arthritis', 'diabetes', 'cancers?', 'tumou?rs?', 'migraines?', 'headaches?',
  'psoriasis', 'eczema', 'acne', 'rosacea', 'tinnitus', 'fatigue', 'insomnia', 'snoring', 'long covid', 'asthma', 'allerg(?:y|ies)',
  'cellulite', 'wrinkles?', 'fine lines', 'lines', 'crow\'s feet', 'frown lines', '(?:belly |stubborn |body |excess )?fat(?: cells)?', 'hair ?loss', 'hairline', 'receding hairline', 'baldness', 'bald spots?',
  'sciatica', 'back pain', 'neck pain', 'joint pain', 'knee pain', 'infertility', 'impotence', 'erectile dysfunction', 'adhd', 'ibs', 'bloating',
  'obesity', 'weight', 'ageing', 'aging', 'menopause(?: symptoms)?', 'scars?', 'varicose veins', 'addiction', 'dementia', 'alzheimer\'s', 'parkinson\'s',
  'ptsd', 'ocd', 'colic', 'reflux', 'brain fog', 'endometriosis', 'pcos', 'hypertension', 'high blood pressure', 'cholesterol', 'osteoporosis', 'gout', 'fibromyalgia',
  'infections?', 'colds?', 'flu', 'viruses', 'toxins', '(?:your )?immune system', 'immunity', 'inflammation', 'trauma', 'panic attacks?',
  'symptoms', 'gut(?: health)?', 'bloating', 'hormones', 'disease', 'illness', 'conditions?', 'disorders?', 'damage', 'nerve damage', 'cartilage', '(?:\\d+|ten|five) (?:years|yrs)', 'the years', 'sagging', 'jowls',
  'double chins?', 'dark circles', 'pigmentation', 'sun damage', 'gum disease', 'decay', 'stains?', 'yellow teeth', 'bad breath', 'short[- ]sightedness', 'myopia', 'cataracts?',
]);

/** Medicines and vaccines people might be told to stop or skip. */
export const MEDICINE = anyOf([
  'antidepressants?', 'meds', 'medications?', 'medicines?', 'pills', 'tablets', 'drugs', 'prescriptions?', 'insulin', 'statins?', 'inhalers?', 'steroids',
  'blood pressure (?:pills|tablets|medication)', 'painkillers', 'antibiotics', 'chemo(?:therapy)?', 'radiotherapy', 'ssris?', 'metformin', 'levothyroxine',
  'vaccines?', 'vaccinations?', 'jabs?', 'flu (?:shot|jab|vaccine)s?', 'covid (?:shot|jab|vaccine|booster)s?', 'boosters?', 'shots?', 'immuni[sz]ations?', 'mmr',
]);

/** Words that show a post sells something: prices, offers, bookings. */
export const SELLING = /[£$€]\s?\d|\b(?:price[sd]?|offers?|deals?|discount|sale|special|vouchers?|book(?:ing)?|consult(?:ation)?s?|dm|enrol(?:l|ling|ment)?|sign up|packages?|programme|program|per month|\/month|link in bio|call us|today|now)\b/i;

/** Words that show a post is public-health information rather than a sale. */
export const PUBLIC_HEALTH = /\b(?:nhs|gp|screening|111|999|911|988|samaritans|a&e|emergency department|symptoms|pharmacist|vaccin\w*|immunis\w*|awareness|talk to your doctor|ask your doctor|speak to your (?:gp|doctor|pharmacist))\b/i;
