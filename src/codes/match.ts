// Finding a code from what a cashier types: the two characters in any case or width, with
// spaces, or words from its meaning or the message on the POS, in either language. Pure.

/** What the lookup searches: an entry's titles (weighed first) and its other words. */
export interface Searchable {
  id: string;
  titles: readonly string[];
  texts: readonly string[];
}

/** Full-width letters and digits (Ａ０) as ASCII, lower case, one space between words. */
export function normalize(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** What is left of a typed code once spaces and separators go: `a 0`, `A-0` and `Ａ０` are `a0`. */
const compact = (text: string) => normalize(text).replace(/[\s\-_.·:：]/g, '');

/** A typed code as the list writes it: `ａ０ ` is `A0`. */
export const codeOf = (text: string): string => compact(text).toUpperCase();

/** How well an entry matches, best first. */
const rank = {
  /** The whole query is the code. */
  code: 0,
  /** The code is among the words typed, or the one character typed so far starts it. */
  partly: 1,
  /** Every word is in its title or the message the POS shows. */
  title: 2,
  /** Every word is somewhere in its words. */
  text: 3,
} as const;

function rankOf(
  entry: Searchable,
  typed: string,
  codes: readonly string[],
  words: readonly string[],
): number | null {
  const id = entry.id.toLowerCase();
  if (typed === id) return rank.code;
  if (codes.includes(id)) return rank.partly;
  if (/^[0-9a-z]$/.test(typed) && id.startsWith(typed)) return rank.partly;
  const titles = entry.titles.map(normalize).join('\n');
  if (words.every((word) => titles.includes(word))) return rank.title;
  const texts = [titles, ...entry.texts.map(normalize)].join('\n');
  if (words.every((word) => texts.includes(word))) return rank.text;
  return null;
}

/**
 * The ids of the entries that match `query`, best first, in list order among equals; every id
 * for an empty query, none when nothing matches.
 */
export function matchCodes(query: string, entries: readonly Searchable[]): string[] {
  const words = normalize(query).split(' ').filter(Boolean);
  if (words.length === 0) return entries.map((entry) => entry.id);
  const typed = compact(query);
  // Codes typed among other words: `code 51`, `应答码51`.
  const codes = normalize(query).match(/[0-9a-z]+/g) ?? [];
  return entries
    .map((entry, index) => ({ id: entry.id, index, rank: rankOf(entry, typed, codes, words) }))
    .filter((found): found is { id: string; index: number; rank: number } => found.rank !== null)
    .sort((a, b) => a.rank - b.rank || a.index - b.index)
    .map((found) => found.id);
}
