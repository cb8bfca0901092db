// Checks on one list field of the profile, run as the admin types: each problem names the line it
// is on, so the admin can fix it before anything is saved.

export type ListKind = 'text' | 'phone' | 'email' | 'domain' | 'hashtag';
export type ItemProblem = { line: number; message: string };

const CHECKS: Record<ListKind, (item: string) => string | undefined> = {
  text: () => undefined,
  phone(item) {
    if (!/^\+?[\d\s().\-/]+(?:\s*(?:ext\.?|x)\s*\d+)?$/i.test(item)) return `"${item}" is not a phone number (digits, spaces, + ( ) - only)`;
    const digits = item.replace(/\D/g, '').length;
    return digits < 7 || digits > 15 ? `"${item}" has ${digits} digits; a phone number has 7 to 15` : undefined;
  },
  email: (item) => (/^[^\s@]+@[^\s@]+\.[^\s@.]+$/.test(item) ? undefined : `"${item}" is not an email address like press@riverside.example`),
  domain(item) {
    if (/^[a-z]+:\/\//i.test(item) || item.includes('/')) return `"${item}": write the domain only, like riverside.example`;
    return /^(?!-)[\p{L}\d-]+(?:\.[\p{L}\d-]+)+$/u.test(item) ? undefined : `"${item}" is not a web domain like riverside.example`;
  },
  hashtag: (item) => (/^#?[^\s#]+$/.test(item) ? undefined : `"${item}" is not one hashtag like #RiversideCares`),
};

/** Lines of a list field: trimmed, blank lines dropped. */
export function linesOf(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

const comparable = (kind: ListKind, item: string) =>
  kind === 'phone' ? item.replace(/\D/g, '') : kind === 'hashtag' ? item.replace(/^#/, '').toLowerCase() : item.toLowerCase();

export function checkList(items: readonly string[], kind: ListKind): ItemProblem[] {
  const problems: ItemProblem[] = [];
  const seen = new Map<string, number>();
  items.forEach((item, index) => {
    const line = index + 1;
    const problem = CHECKS[kind](item);
    if (problem) problems.push({ line, message: problem });
    const key = comparable(kind, item);
    const first = seen.get(key);
    if (first !== undefined) problems.push({ line, message: `duplicate of line ${first}` });
    else seen.set(key, line);
  });
  return problems;
}

/** Every field problem in a profile, for the summary next to the Apply button. */
export function profileProblems(profile: {
  names: string[];
  bannedVariants: string[];
  phones: string[];
  emails: string[];
  domains: string[];
  addresses: string[];
  units: string[];
  hashtags: Record<string, { required: string[]; approved: string[]; banned: string[] }>;
}): number {
  const lists: [readonly string[], ListKind][] = [
    [profile.names, 'text'],
    [profile.bannedVariants, 'text'],
    [profile.phones, 'phone'],
    [profile.emails, 'email'],
    [profile.domains, 'domain'],
    [profile.addresses, 'text'],
    [profile.units, 'text'],
    ...Object.values(profile.hashtags).flatMap((policy) => [policy.required, policy.approved, policy.banned].map((list): [readonly string[], ListKind] => [list, 'hashtag'])),
  ];
  const variantsWithoutName = profile.bannedVariants.length > 0 && profile.names.length === 0 ? 1 : 0;
  return lists.reduce((sum, [items, kind]) => sum + checkList(items, kind).length, variantsWithoutName);
}
