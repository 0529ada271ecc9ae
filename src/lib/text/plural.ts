// Counts in words: "1 sentence", "1,204 sentences", "2 entries". English only: a noun's plural is
// its singular plus "s" unless given.

/** The noun for a count: `nounFor(1, 'text')` = "text", `nounFor(2, 'entry', 'entries')` = "entries". */
export function nounFor(n: number, singular: string, plural = `${singular}s`): string {
  return n === 1 ? singular : plural;
}

/** The count and its noun, the count with thousands separators: "1,204 sentences". */
export function countOf(n: number, singular: string, plural = `${singular}s`): string {
  return `${n.toLocaleString('en')} ${nounFor(n, singular, plural)}`;
}
