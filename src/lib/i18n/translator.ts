// One language's words and formats: a message by key with its slots filled, and numbers, dates and
// lists through Intl, so that "1,204" / "1,204", "21 November 2024" / "2024年11月21日" and "a, b and c" /
// "a、b和c" follow the language. Pure: views get theirs from $ui/i18n.svelte.ts, pure functions that
// write words take one as a parameter, tests make one with `createTranslator`.

import { formatIsoDate } from '../text/dates.ts';
import type { Catalogue, MessageKey } from './catalogue.ts';
import type { Language } from './language.ts';
import type { MessageParams } from './message.ts';

export interface Translator {
  readonly lang: Language;
  /** The message for `key`, its {slots} filled; numbers are formatted, `count` picks the plural. */
  t(key: MessageKey, params?: MessageParams): string;
  /** A number in the language's format: 1,204. */
  number(n: number, options?: Intl.NumberFormatOptions): string;
  /** A share 0–1 as a percentage: 87.5 %. */
  percent(share: number, maximumFractionDigits?: number): string;
  /** An ISO day ("2024-11-21") in words: "21 November 2024" / "2024年11月21日"; a span to `end`. */
  date(iso: string, end?: string | null): string;
  /** A year and month ("2024-11"): "November 2024" / "2024年11月". */
  month(isoMonth: string): string;
  /** "a, b and c" / "a、b和c". */
  list(items: readonly string[], type?: 'conjunction' | 'disjunction'): string;
}

/** A message by key and the language's Intl formats, over one catalogue. */
export function createTranslator(lang: Language, catalogue: Catalogue): Translator {
  const locale = lang === 'zh' ? 'zh-CN' : 'en-GB';
  // Each Intl format is made when first used: making them all up front cost the page's first task
  // tens of milliseconds, and most pages use two or three.
  const once = <T>(make: () => T): (() => T) => {
    let made: T | undefined;
    return () => (made ??= make());
  };
  // The first Intl format a page makes loads the locale's data: 20–30 ms of one task at full CPU
  // speed, measured on the app's first render (the footer's counts, then the graph's year list).
  // Plurals, whole numbers and lists, which every view writes, are therefore done here by the rules
  // of the two languages (the tests check them against Intl); the other formats still come from
  // Intl, when a view first asks for them.
  const plural = (count: number): 'one' | 'other' =>
    lang === 'en' && Math.abs(count) === 1 ? 'one' : 'other';
  const numbers = once(() => new Intl.NumberFormat(locale));
  // Made once per digit count, for the shares writePercent leaves to Intl.
  const percents = new Map<number, Intl.NumberFormat>();
  const percentFormat = (maximumFractionDigits: number): Intl.NumberFormat => {
    let f = percents.get(maximumFractionDigits);
    if (!f) {
      f = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits });
      percents.set(maximumFractionDigits, f);
    }
    return f;
  };
  const formatNumber = (n: number): string => (Number.isInteger(n) ? groupDigits(n) : String(n));
  const monthFormat = once(
    () => new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }),
  );
  const utc = (iso: string): Date => {
    const [y, m = 1, d = 1] = iso.split('-').map(Number);
    return new Date(Date.UTC(y!, m - 1, d));
  };

  return {
    lang,
    t(key, params) {
      const message = catalogue[key];
      if (message === undefined) return key;
      const text =
        typeof message === 'string'
          ? message
          : (message[plural(Number(params?.count ?? 0))] ?? message.other);
      if (!params) return text;
      return text.replace(/\{(\w+)\}/g, (slot, name: string) => {
        const value = params[name];
        return value === undefined ? slot : typeof value === 'number' ? formatNumber(value) : value;
      });
    },
    number: (n, options) =>
      options
        ? new Intl.NumberFormat(locale, options).format(n)
        : Number.isSafeInteger(n)
          ? groupDigits(n)
          : numbers().format(n),
    percent: (share, maximumFractionDigits = 1) =>
      writePercent(share, maximumFractionDigits) ??
      percentFormat(maximumFractionDigits).format(share),
    date: (iso, end = null) => (lang === 'zh' ? chineseDate(iso, end) : formatIsoDate(iso, end)),
    month: (isoMonth) => monthFormat().format(utc(isoMonth)),
    list: (items, type = 'conjunction') => joinList(lang, items, type),
  };
}

/** "a, b and c" / "a、b和c" ("or" / "或" for a disjunction), as Intl.ListFormat writes them. */
function joinList(
  lang: Language,
  items: readonly string[],
  type: 'conjunction' | 'disjunction',
): string {
  if (items.length < 2) return items[0] ?? '';
  const [separator, last] =
    lang === 'zh'
      ? ['、', type === 'conjunction' ? '和' : '或']
      : [', ', type === 'conjunction' ? ' and ' : ' or '];
  return `${items.slice(0, -1).join(separator)}${last}${items[items.length - 1]!}`;
}

/**
 * A whole number with its thousands separated by commas, as en-GB and zh-CN both write it
 * ("1,204", "-12,345"); beyond the safe integers Intl does it.
 */
function groupDigits(n: number): string {
  if (!Number.isSafeInteger(n)) return new Intl.NumberFormat('en-GB').format(n);
  const digits = String(Math.abs(n));
  let out = '';
  for (let end = digits.length; end > 0; end -= 3)
    out = digits.slice(Math.max(0, end - 3), end) + (out ? `,${out}` : '');
  return n < 0 ? `-${out}` : out;
}

/**
 * A share 0–1 as en-GB and zh-CN both write a percentage ("87.5%", "1,250%"), rounded half away
 * from zero as Intl does: on the number's shortest decimal form, the digits Intl's formatter sees.
 * A new Intl format cost 15–35 ms of a view's task for each call, so Intl only does what this
 * does not: negative shares, exponent forms and the non-finite (null).
 */
function writePercent(share: number, maximumFractionDigits: number): string | null {
  const decimal = String(share);
  if (!Number.isFinite(share) || share < 0 || /e/i.test(decimal)) return null;
  const [whole, fraction = ''] = decimal.split('.') as [string, string?];
  // Move the point two places right: the digits of share × 100, exactly.
  const digits = (whole + fraction).padEnd(whole.length + 2 + maximumFractionDigits + 1, '0');
  const point = whole.length + 2;
  const kept = digits.slice(0, point + maximumFractionDigits);
  const roundUp = digits[point + maximumFractionDigits]! >= '5';
  const scaled = (BigInt(kept) + (roundUp ? 1n : 0n))
    .toString()
    .padStart(maximumFractionDigits + 1, '0');
  const intPart = scaled.slice(0, scaled.length - maximumFractionDigits);
  if (intPart.length > 15) return null;
  const fracPart = scaled.slice(scaled.length - maximumFractionDigits).replace(/0+$/, '');
  return `${groupDigits(Number(intPart))}${fracPart ? `.${fracPart}` : ''}%`;
}

/** "2024年11月21日"; a span "2024年11月15日至16日", "2024年11月30日至12月1日", "2024年12月31日至2025年1月1日". */
function chineseDate(iso: string, end: string | null): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const first = `${y}年${m}月${d}日`;
  if (!end || end === iso) return first;
  const [y2, m2, d2] = end.split('-').map(Number) as [number, number, number];
  if (y2 !== y) return `${first}至${y2}年${m2}月${d2}日`;
  return m2 === m ? `${first}至${d2}日` : `${first}至${m2}月${d2}日`;
}
