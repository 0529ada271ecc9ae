// A translator: slots filled, plurals by each language's rules (as Intl.PluralRules has them), numbers, dates and lists in each
// language's own form; the language chosen from the link, the reader's choice and the browser.

import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../../src/lib/i18n/translator.ts';
import type { Catalogue } from '../../../src/lib/i18n/catalogue.ts';
import {
  chooseLanguage,
  htmlLang,
  languageFromBrowser,
  languageOfTag,
} from '../../../src/lib/i18n/language.ts';

// A catalogue of two messages written for this test (the type wants every key; only these are read).
const catalogue = {
  'shell.themeCount': { one: '{count} theme', other: '{count} themes' },
  'url.noForumIn': 'no forum in {year} (years: {years})',
} as unknown as Catalogue;
const en = createTranslator('en', catalogue);
const zh = createTranslator('zh', {
  'shell.themeCount': { other: '{count}个主题' },
  'url.noForumIn': '{year}年没有论坛',
} as unknown as Catalogue);

describe('createTranslator', () => {
  it('fills slots, formats numbers in slots, and picks the plural form by count', () => {
    expect(en.t('shell.themeCount', { count: 1 })).toBe('1 theme');
    expect(en.t('shell.themeCount', { count: 1204 })).toBe('1,204 themes');
    expect(zh.t('shell.themeCount', { count: 1 })).toBe('1个主题');
    expect(en.t('url.noForumIn', { year: '1999', years: '2024, 2025' })).toBe(
      'no forum in 1999 (years: 2024, 2025)',
    );
    // A slot without a value stays visible rather than vanishing.
    expect(zh.t('url.noForumIn')).toBe('{year}年没有论坛');
  });

  it('writes dates, spans, months, percentages and lists the way each language does', () => {
    expect(en.date('2024-11-21')).toBe('21 November 2024');
    expect(zh.date('2024-11-21')).toBe('2024年11月21日');
    expect(en.date('2024-11-15', '2024-11-16')).toBe('15–16 November 2024');
    expect(zh.date('2024-11-15', '2024-11-16')).toBe('2024年11月15日至16日');
    expect(zh.date('2024-11-30', '2024-12-01')).toBe('2024年11月30日至12月1日');
    expect(zh.date('2024-12-31', '2025-01-01')).toBe('2024年12月31日至2025年1月1日');
    expect(en.month('2023-10')).toBe('October 2023');
    expect(zh.month('2023-10')).toBe('2023年10月');
    expect(en.percent(0.875)).toBe('87.5%');
    expect(en.list(['a', 'b', 'c'])).toBe('a, b and c');
    expect(zh.list(['甲', '乙', '丙'])).toBe('甲、乙和丙');
    expect(en.number(12345)).toBe('12,345');
  });

  it('writes whole numbers, plurals and lists as Intl does, without making an Intl format', () => {
    // The translator does these by hand (the first Intl format of a page is slow): Intl is the check.
    const counts = [0, 1, 2, 3, 7, 11, 21, 101, 999, 1000, 1001, 12345, 999999, 1000000, -1, -1234];
    counts.push(Number.MAX_SAFE_INTEGER, -Number.MAX_SAFE_INTEGER);
    for (const [lang, tr, locale] of [
      ['en', en, 'en-GB'],
      ['zh', zh, 'zh-CN'],
    ] as const) {
      const plural = new Intl.PluralRules(locale);
      const numbers = new Intl.NumberFormat(locale);
      for (const n of counts) {
        expect(tr.number(n), `${lang} ${n}`).toBe(numbers.format(n));
        const form = plural.select(n) === 'one' ? 'one' : 'other';
        const word = lang === 'en' ? (form === 'one' ? 'theme' : 'themes') : '个主题';
        const sep = lang === 'en' ? ' ' : '';
        expect(tr.t('shell.themeCount', { count: n }), `${lang} ${n}`).toBe(
          `${numbers.format(n)}${sep}${word}`,
        );
      }
    }
    expect(en.number(1234.5)).toBe('1,234.5');
    // Percentages: written by hand too (a new Intl format per call was 15–35 ms of a view's task).
    const shares = [0, 1, 0.5, 0.875, 0.125, 0.0125, 0.005, 0.0049, 0.145, 0.285, 0.9995, 0.99951];
    shares.push(1 / 3, 2 / 3, 1 / 7, 0.1 + 0.2, 12.345678, 1234.5, 0.000001, 1e-9, 3e-7, 0.07);
    for (let i = 0; i <= 200; i++) shares.push(i / 200, i / 997, i / 8);
    for (const [tr, locale] of [
      [en, 'en-GB'],
      [zh, 'zh-CN'],
    ] as const)
      for (const digits of [0, 1, 2])
        for (const share of [...shares, -0.25, Number.NaN, Infinity])
          expect(tr.percent(share, digits), `${locale} ${share} ${digits}`).toBe(
            new Intl.NumberFormat(locale, {
              style: 'percent',
              maximumFractionDigits: digits,
            }).format(share),
          );
    const items = ['a', 'b', 'c', 'd', 'e'];
    for (const [tr, locale] of [
      [en, 'en-GB'],
      [zh, 'zh-CN'],
    ] as const)
      for (const type of ['conjunction', 'disjunction'] as const)
        for (let n = 0; n <= items.length; n++)
          expect(tr.list(items.slice(0, n), type), `${locale} ${type} ${n}`).toBe(
            new Intl.ListFormat(locale, { type }).format(items.slice(0, n)),
          );
  });
});

describe('choosing the language', () => {
  it('reads language tags', () => {
    expect(languageOfTag('zh-Hant-TW')).toBe('zh');
    expect(languageOfTag('en_GB')).toBe('en');
    expect(languageOfTag('fr')).toBeNull();
    expect(languageFromBrowser(['fr-FR', 'zh-CN', 'en'])).toBe('zh');
    expect(languageFromBrowser(['fr-FR', 'de'])).toBe('en');
    expect(htmlLang('zh')).toBe('zh-CN');
  });

  it('takes the link first, then the reader’s last choice, then the browser', () => {
    expect(chooseLanguage('en', 'zh', ['zh-CN'])).toBe('en');
    expect(chooseLanguage(null, 'zh', ['en-US'])).toBe('zh');
    expect(chooseLanguage(null, null, ['zh-TW'])).toBe('zh');
    expect(chooseLanguage(null, 'garbage', ['en-US'])).toBe('en');
  });
});
