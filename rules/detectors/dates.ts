// Date expressions: "12 May", "12th of May 2024", "May 12, 2024", "12/05/2024", "3/4/24", "2024-05-12".
// Numeric dates need a year unless written with a slash ("on 9/18"); "3.4kg", "24/7" and "3/4 of
// patients" are not dates. "the 14th" counts (not "the 14th century").
const MONTH = '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)';
const DAY = '(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?';

/** Dates with at least a day and a month. Global: use with matchAll. */
export const FULL_DATE = new RegExp(
  [
    `\\b${DAY}(?: of |[ -])${MONTH}\\b(?:,? \\d{4}|-(?:\\d{4}|\\d{2})\\b)?`,
    `\\b${MONTH}\\.? ${DAY}\\b(?:,? \\d{4})?`,
    `(?<![\\d/.-])(?:0?[1-9]|[12]\\d|3[01])[/.-](?:0?[1-9]|1[0-2]|[12]\\d|3[01])[/.-](?:\\d{4}|\\d{2})(?![\\d/-]|\\.\\d)`,
    `\\b\\d{4}-\\d{2}-\\d{2}\\b`,
    `(?<![\\d/.-])(?!24/7)(?:0?[1-9]|1[0-2]|[12]\\d|3[01])/(?:0?[1-9]|1[0-2]|[12]\\d|3[01])(?![\\d/]| ?(?:of|ths?|rds?|nds?|sts?)\\b)`,
    `\\bthe (?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)\\b(?! (?:century|anniversary|birthday|floor|time|year|edition|annual))`,
  ].join('|'),
  'g',
);

/** A weekday, optionally with a time ("on Tuesday", "Wed 10:15 AM", "Thurs 10am"): a date element within a week. */
export const WEEKDAY =
  /\b(?:Mon|Tue|Tues|Wed|Wednes|Thu|Thur|Thurs|Fri|Sat|Satur|Sun)(?:day)?\b(?:,? (?:at )?(?:\d{1,2}[:.]\d{2}(?: ?[AaPp]\.?[Mm]\.?)?|\d{1,2} ?[AaPp]\.?[Mm]\b\.?))?(?! \d{1,2}(?:st|nd|rd|th)? [A-Z])/g;

/** A named day of the year ("Christmas Eve", "New Year's Day"): as specific as a date. */
export const NAMED_DAY =
  /\b(?:Christmas (?:Eve|Day)|Boxing Day|New Year'?s (?:Eve|Day)|Hogmanay|Easter (?:Sunday|Monday|Day)|Good Friday|Thanksgiving(?: Day)?|Valentine'?s Day|Halloween|Bonfire Night|Guy Fawkes Night|Independence Day|(?:the )?Fourth of July|July 4th|Memorial Day|Labor Day|St\.? Patrick'?s Day)\b/g;

/** Birth and death years together ("(1928-2024)"); dashes are already plain in normalised text. */
export const LIFESPAN = /(?<![\d/.-])(1[89]\d{2}|20\d{2}) ?- ?(1[89]\d{2}|20\d{2})(?![\d/-])/g;

/** A month on its own ("in March"): a weaker date element. */
export const MONTH_ONLY = new RegExp(`\\b(?:in|during|since|early|late|mid-?) ${MONTH}\\b(?: \\d{4})?`, 'g');
