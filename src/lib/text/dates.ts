// Dates in words, in English: the month names (long and short) and "21 November 2024". One place
// for them: the timeline, the map, citations and the time axis all read these.

/** English month names, January first. */
export const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** "Jan" … "Dec", for axis ticks. */
export const SHORT_MONTH_NAMES = MONTH_NAMES.map((m) => m.slice(0, 3));

/** "21 November 2024", or "15–16 November 2024" for a span within a month. */
export function formatIsoDate(iso: string, end: string | null = null): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const month = MONTH_NAMES[m - 1] ?? '';
  if (end && end !== iso) {
    const [y2, m2, d2] = end.split('-').map(Number) as [number, number, number];
    if (y2 === y && m2 === m) return `${d}–${d2} ${month} ${y}`;
    return `${d} ${month} ${y} – ${d2} ${MONTH_NAMES[m2 - 1] ?? ''} ${y2}`;
  }
  return `${d} ${month} ${y}`;
}

/** Today's date as ISO YYYY-MM-DD, from a Date the caller supplies (local calendar day). */
export function isoDay(date: Date): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
