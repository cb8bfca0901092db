// Suggestions keep the writer's capitalisation: "GUARANTEED" -> "MAY HELP", "Guaranteed" -> "May help".

export function matchCase(original: string, replacement: string): string {
  const letters = original.replace(/[^\p{L}]/gu, '');
  if (letters.length === 0) return replacement;
  const upper = letters.toUpperCase();
  const lower = letters.toLowerCase();
  if (letters.length > 1 && letters === upper && upper !== lower) return replacement.toUpperCase();
  const first = letters[0] ?? '';
  const replacementHasCapitals = replacement !== replacement.toLowerCase();
  if (first !== first.toLowerCase() && !replacementHasCapitals) {
    return replacement.charAt(0).toUpperCase() + replacement.slice(1);
  }
  return replacement;
}
