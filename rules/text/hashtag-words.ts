// Words we are confident splitting lower-case hashtags into (#breastcancerawareness ->
// #BreastCancerAwareness). A split is suggested only when every piece is one of these, so an
// unfamiliar tag is flagged without a made-up suggestion.

export const HASHTAG_WORDS: ReadonlySet<string> = new Set(
  `
about action ad ads advice aid aids all alzheimers and anxiety appointment appointments april ask at august autism awareness
baby babies back be beat best better birth blood body bone book brain breast breastfeeding bring
cancer cancers cardiac care career careers carer carers caring celebrate change check child childhood children clinic clinical
come community covid cure cyber day days december dementia dental depression detection diabetes diet disease doctor doctors
donate donation donor donors down drink drive early eat eating end every eye eyes family february fight first fit fitness flu
food for free friday from get give global go good grief gut hand hands happy health healthcare healthy hear heart heroes help
here hiv holiday home hope hospital hospitals hygiene in inclusion international is it its january join july june keep kidney
kids know last learn life lifestyle live lives liver living local love lung lungs make march matter matters may medical
medicine men mental midwife midwives mind mindful monday month more mother mothers move my national new news night no not
november nurse nurses nursing nutrition october of on one open organ our out pain patient patients people pink power prevent
prevention pride proud public quit rare ready real recovery red research run safe safety sat saturday save saves screen
screening self september sexual shift sick skin sleep smoking social speak staff stay stop stress stroke strong student
students suicide sunday support surgery survivor survivors talk team test testing thank thanks the this thursday time to
today together transplant treatment tuesday up us vaccinate vaccinated vaccination vaccine vaccines volunteer volunteers
walk wash we wear wednesday week weekend well wellbeing wellness who win women work workers world year you young your youth
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
