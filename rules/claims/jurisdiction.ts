// Which jurisdiction's references fit a post: the org profile's `jurisdiction`, else the
// jurisdiction of the packs the ruleset extends, else (the US + UK default) the post's own cues:
// pounds, the NHS, GPs and British spelling against dollars, Medicare, the FDA and US spelling.

import type { Ruleset } from '../schema';

export type Jurisdiction = 'uk' | 'us';

const PACK_JURISDICTION: Record<string, Jurisdiction | 'both'> = {
  'healthcare-uk': 'uk',
  'privacy-uk': 'uk',
  'healthcare-us': 'us',
  'privacy-us': 'us',
  healthcare: 'both',
};

/** The ruleset's jurisdiction, or undefined when it covers both (or says nothing). */
export function rulesetJurisdiction(ruleset: Pick<Ruleset, 'org' | 'extends'>): Jurisdiction | undefined {
  const declared = ruleset.org.jurisdiction;
  if (declared === 'uk' || declared === 'us') return declared;
  if (declared === 'both') return undefined;
  const found = new Set(ruleset.extends.map((name) => PACK_JURISDICTION[name]).filter((j) => j !== undefined));
  return found.size === 1 && !found.has('both') ? ([...found][0] as Jurisdiction) : undefined;
}

const UK_CUES = /£\s?\d|\b(?:nhs|gp|gps|a&e|cqc|mhra|asa|nice|hfea|mum|mums|paracetamol|colour|favourite|centre|programme|organis\w+|stone|ta-ra|pharmacy\s+first|[a-z]{1,2}\d[a-z\d]?\s+\d[a-z]{2})\b/gi;
const US_CUES = /\$\s?\d|\b(?:medicare|medicaid|fda|ftc|hipaa|er|mom|moms|tylenol|color|favorite|center|program|organiz\w+|lbs|insurance|copay|ppo|hmo|911|988)\b/gi;

/** The jurisdiction a post's wording points to, if it points anywhere. */
export function postJurisdiction(text: string): Jurisdiction | undefined {
  const uk = text.match(UK_CUES)?.length ?? 0;
  const us = text.match(US_CUES)?.length ?? 0;
  if (uk === us) return undefined;
  return uk > us ? 'uk' : 'us';
}
