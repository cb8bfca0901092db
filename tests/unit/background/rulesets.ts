// Ruleset texts shared by the background unit tests and the admin console's component tests.

/** A small valid ruleset whose one rule fires on "Riverside Hosp" at error severity. */
export const RIVERSIDE = `name: Riverside Hospital social media policy
version: 2026.11.0
gate: { blockOn: error, override: confirm }
rules:
  - id: brand/name
    kind: substitution
    category: brand
    severity: error
    swap: { Riverside Hosp: Riverside Hospital }
    message: Use our full name, "{suggestion}".
    link: https://intranet.example/brand
    examples: { flag: ["Thanks from Riverside Hosp!"], pass: ["Thanks from Riverside Hospital!"] }
`;

/** Same rule, new version: what a URL refresh brings. */
export const RIVERSIDE_V2 = RIVERSIDE.replace('version: 2026.11.0', 'version: 2026.12.0');

/** Line 6 has an unknown severity: the error must point there. */
export const INVALID_SEVERITY = `name: Broken
rules:
  - id: brand/name
    kind: substitution
    swap: { Riverside Hosp: Riverside Hospital }
    severity: fatal
    message: Use our full name.
`;

/** Valid shape, but its own example says "flag" for text the rule does not flag. */
export const FAILING_EXAMPLE = `name: Wrong examples
rules:
  - id: brand/name
    kind: substitution
    swap: { Riverside Hosp: Riverside Hospital }
    message: Use our full name.
    examples: { flag: ["Thanks from Riverside Hospital!"] }
`;
