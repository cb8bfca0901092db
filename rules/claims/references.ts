// The reference each built-in tone rule links to, per jurisdiction: UK posts get the ASA/CAP,
// MHRA and GMC pages, US posts the FTC's (and, for fertility, SART's). The pack's own link is one
// of the two; a link an admin set on their own version of a rule is never replaced.

import type { Jurisdiction } from './jurisdiction';

type References = Record<Jurisdiction, string>;

const FTC_HEALTH = 'https://www.ftc.gov/business-guidance/resources/health-products-compliance-guidance';
const FTC_ADVERTISING = 'https://www.ftc.gov/business-guidance/resources/advertising-faqs-guide-small-business';
const FTC_ENDORSEMENTS = 'https://www.ftc.gov/business-guidance/resources/ftcs-endorsement-guides';
const ASA_SUBSTANTIATION = 'https://www.asa.org.uk/advice-online/substantiation-for-health-beauty-and-slimming-claims.html';
const SART = 'https://docslib.org/doc/11774850/society-for-assisted-reproductive-technology-sart-policy-for-advertising-by-art-programs-july-2020-effective-1-01-2021-repor';

const ASA_OPTIMAX = 'https://www.asa.org.uk/rulings/optimax-laser-eye-clinics-a11-162751.html';
const ASA_VF = 'https://asa.org.uk/rulings/marketing-vf-ltd-a24-1253881-marketing-vf-ltd.html';
const ASA_BELVEDERE = 'https://asa.org.uk/rulings/the-belvedere-clinic-ltd-g21-1124283-the-belvedere-clinic-ltd.html';
const ASA_TESTIMONIALS = 'https://www.asa.org.uk/advice-online/testimonials-and-endorsements.html';
const ASA_FERTILITY = 'https://www.asa.org.uk/news/uk-fertility-clinics-achieve-high-compliance-following-enforcement.html';

/** Pairs of references and the rules that use them. */
const GROUPS: [References, string[]][] = [
  [{ uk: ASA_SUBSTANTIATION, us: 'https://the-rheumatologist.org/article/are-your-ads-violating-the-law/2' }, ['tone/guarantee', 'tone/promise']],
  [{ uk: ASA_SUBSTANTIATION, us: FTC_HEALTH }, ['tone/cure', 'tone/cure-verb', 'tone/absolute-outcome', 'tone/clinically-proven']],
  [{ uk: ASA_VF, us: FTC_HEALTH }, ['tone/miracle', 'tone/vision-outcome']],
  [{ uk: 'https://asa.org.uk/rulings/health-line-a24-1253884-health-line.html', us: FTC_HEALTH }, ['tone/risk-free']],
  [{ uk: 'https://www.opticianonline.net/content/news/painless-lasik-claim-challenged', us: FTC_HEALTH }, ['tone/painless']],
  [{ uk: 'https://www.asa.org.uk/advice-online/eyes-laser-eye-surgery.html', us: FTC_HEALTH }, ['tone/permanent']],
  [{ uk: ASA_OPTIMAX, us: FTC_ADVERTISING }, ['tone/superiority', 'tone/provider-superlative']],
  [{ uk: 'https://www.asa.org.uk/type/non_broadcast/code_section/03.html', us: SART }, ['tone/comparison']],
  [{ uk: ASA_FERTILITY, us: SART }, ['tone/success-rate', 'tone/fertility-pressure']],
  [{ uk: ASA_BELVEDERE, us: FTC_ADVERTISING }, ['tone/urgency', 'tone/pressure', 'tone/fear-urgency']],
  [{ uk: 'https://www.mddus.com/resources/resource-library/news-digest/2016/april/new-standards-for-cosmetic-procedures', us: FTC_ADVERTISING }, ['tone/giveaway']],
  [{ uk: 'https://www.asa.org.uk/rulings/the-laser-treatment-clinic-ltd-a18-447095.html', us: FTC_ENDORSEMENTS }, ['tone/before-after']],
  [{ uk: ASA_TESTIMONIALS, us: FTC_ENDORSEMENTS }, ['tone/testimonial']],
  [{ uk: ASA_TESTIMONIALS, us: 'https://www.lexblog.com/2024/08/20/ftc-issues-final-rule-to-fight-fake-product-reviews/' }, ['tone/endorsement']],
  [{ uk: 'https://asa.org.uk/rulings/pall-mall-medical--manchester--ltd-a24-1252542-pall-mall-medical--manchester--ltd.html', us: FTC_HEALTH }, ['tone/trivialising']],
  [{ uk: 'https://asa.org.uk/advice-online/cosmetic-surgery.html', us: FTC_ADVERTISING }, ['tone/credentials']],
  [{ uk: 'https://www.asa.org.uk/advice-online/health-medicinal-claims.html', us: FTC_HEALTH }, ['tone/stop-medicine']],
];

export const REFERENCES: Record<string, References> = Object.fromEntries(GROUPS.flatMap(([references, ids]) => ids.map((id) => [id, references])));

/** The link that fits the jurisdiction, or the finding's own when it is not one of the pack's references. */
export function referenceFor(ruleId: string, link: string | undefined, jurisdiction: Jurisdiction): string | undefined {
  const references = REFERENCES[ruleId];
  if (!references || link === undefined || (link !== references.uk && link !== references.us)) return link;
  return references[jurisdiction];
}
