// Rule messages are admin-written templates; values come from the hit (never HTML: the UI renders
// them as text).

export const PLACEHOLDERS = ['match', 'suggestion', 'detail', 'count', 'max'] as const;
export type Placeholder = (typeof PLACEHOLDERS)[number];
export type PlaceholderValues = Partial<Record<Placeholder, string | number>>;

const PLACEHOLDER = /\{(\w+)\}/g;

export function unknownPlaceholders(template: string): string[] {
  const known = new Set<string>(PLACEHOLDERS);
  return [...template.matchAll(PLACEHOLDER)].map((m) => m[1] ?? '').filter((name) => !known.has(name));
}

/** Fills {name} placeholders; a placeholder without a value becomes empty, never "undefined". */
export function formatMessage(template: string, values: PlaceholderValues): string {
  return template
    .replace(PLACEHOLDER, (whole, name: string) => {
      if (!(PLACEHOLDERS as readonly string[]).includes(name)) return whole;
      const value = values[name as Placeholder];
      return value === undefined ? '' : String(value);
    })
    .replace(/\s{2,}/g, ' ')
    .trim();
}
