// Words we are confident splitting lower-case hashtags into (#breastcancerawareness ->
// #BreastCancerAwareness). A split is suggested only when every piece is one of these, so an
// unfamiliar tag is flagged without a made-up suggestion.

export const HASHTAG_WORDS: ReadonlySet<string> = new Set(
  `
ability about access action ad ads adult adults advice age aging aid aids all allergy alzheimers and anxiety
appointment appointments april arthritis ask asthma at august autism autumn award awards awareness babies baby back be
beat best better birth birthday blind blood body bone book brain breast breastfeeding breathe bring cancer cancers
cardiac care career careers carer carers caring celebrate cell cells change check child childhood children chronic
clinic clinical coffee cold come community cough covid cure cyber day days deaf december dementia dental depression
detection diabetes diet dignity disability disease doctor doctors donate donation donor donors down drink drive early
eat eating eczema elderly emergency end energy equality every exercise eye eyes fall falls family february fight first
fit fitness flu food for free friday from fund fundraising garden get give global go good grief gut hair hand hands
happy hay health healthcare healthy hear hearing heart heat help here heroes hip hips hiv holiday home hope hospital
hospitals hydration hygiene immune in inclusion infection injury international is it its january join joint joints
journey july june keep kidney kids kind kindness knee knees know lab last leader leaders learn learning life lifestyle
listen live liver lives living local loneliness love lung lungs make march matter matters may medical medicine men
mental midlife midwife midwives migraine milk mind mindful minds monday month more mother mothers mouth move mum mums
music my national neuro new news nhs night no not november nurse nurses nursing nutrition october of older on one open
oral organ our out pain patient patients people pharmacy physio pink plan play power pregnancy pressure prevent
prevention pride proud public quit quiz rare ready real recovery red rehab relief research respect rest ride run
running safe safety sat saturday save saves screen screening self september sexual share shift sick sight skin sleep
smile smoking social speak spine sport sports spring staff stay steps stop stories story stress stroke strong student
students suicide summer sun sunday sunscreen support surgery survivor survivors swim talk team teeth test testing
thank thanks thankyou the therapy this thursday time to today together tooth transplant treatment trust tuesday up us
vaccinate vaccinated vaccination vaccine vaccines vision voice volunteer volunteers walk walking wash water we wear
wednesday week weekend weight well wellbeing wellness wheelchair who win winter women work workers world wound year
you young your youth
`
    .split(/\s+/)
    .filter(Boolean),
);

/** Splits a lower-case run of letters into the fewest known words, or undefined if it can't. */
export function splitIntoWords(letters: string): string[] | undefined {
  const best: (string[] | undefined)[] = [[]];
  for (let end = 1; end <= letters.length; end++) {
    for (let start = Math.max(0, end - 20); start < end; start++) {
      const before = best[start];
      const word = letters.slice(start, end);
      if (!before || !HASHTAG_WORDS.has(word)) continue;
      const candidate = [...before, word];
      const current = best[end];
      if (!current || candidate.length < current.length) best[end] = candidate;
    }
  }
  const words = best[letters.length];
  return words && words.length >= 2 ? words : undefined;
}
