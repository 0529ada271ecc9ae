// Which rules read a text: its `language` header picks them (en → English, zh / zh-Hans / zh-Hant
// / zh-CN … → Chinese); any other language is read with the English sentence rules but matched
// against no phrases, and says so (never a silent zero). A pasted text with no language given is
// detected by its script.

import type { Localized } from '../i18n/catalogue.ts';
import type { Translator } from '../i18n/translator.ts';

export type LanguageRules = 'en' | 'zh';

export const KNOWN_LANGUAGES: readonly LanguageRules[] = ['en', 'zh'];

/** The rules for a BCP 47 tag, or null when the codebook has no phrases in that language. */
export function languageRules(tag: string): LanguageRules | null {
  const primary = tag.toLowerCase().split('-')[0];
  return primary === 'en' || primary === 'zh' ? primary : null;
}

export const LANGUAGE_NAMES: Record<LanguageRules, string> = { en: 'English', zh: 'Chinese' };

/** "zh-Hant" → "Chinese (zh-Hant)"; an unknown tag is named by itself. */
export function languageName(tag: string): string {
  const rules = languageRules(tag);
  if (rules === null) return tag === 'und' ? 'an undetermined language' : tag;
  return tag === rules ? LANGUAGE_NAMES[rules] : `${LANGUAGE_NAMES[rules]} (${tag})`;
}

/** A language tag named in the interface's language: "zh-Hant" → "Chinese (zh-Hant)" / "中文（zh-Hant）". */
export function languageNameIn(tag: string, tr: Translator): string {
  const rules = languageRules(tag);
  if (rules === null) return tag === 'und' ? tr.t('reader.language.und') : tag;
  const name = tr.t(rules === 'en' ? 'reader.language.en' : 'reader.language.zh');
  return tag === rules ? name : tr.t('reader.language.withTag', { name, tag });
}

const HAN = /\p{Script=Han}/u;
const HAN_G = /\p{Script=Han}/gu;
const LATIN_G = /\p{Script=Latin}/gu;
const LETTER_G = /\p{L}/gu;
const WORD_G = /\p{L}+/gu;
const ENGLISH_WORDS = new Set([
  'the',
  'and',
  'of',
  'to',
  'in',
  'a',
  'for',
  'on',
  'with',
  'is',
  'are',
  'that',
  'by',
  'as',
  'we',
  'all',
]);
// Never "100%" for a part: a Chinese text with an acronym in it is 99%, not all, Chinese.
const pct2 = (n: number, of: number): string =>
  `${n === of ? 100 : Math.min(99, Math.round((n * 100) / of))}%`;

export interface DetectedLanguage {
  /** A language tag for the header: en, zh, or und (undetermined). */
  tag: string;
  /** Why, in words for the form. */
  reason: Localized;
}

/**
 * Detects the language from the letters of a text: Chinese when at least 30% of its letters are
 * Han characters (a Chinese text keeps acronyms such as AI, 5G, APEC in Latin letters, and one Han
 * character carries about as much as a Latin word), English when at least 90% are Latin letters,
 * otherwise undetermined. Only the first 20,000 characters are looked at: enough, and fast.
 */
export function detectLanguage(text: string): DetectedLanguage {
  const sample = text.slice(0, 20000);
  const letters = (sample.match(LETTER_G) ?? []).length;
  if (letters === 0) return { tag: 'und', reason: { key: 'reader.detect.noLetters' } };
  const han = (sample.match(HAN_G) ?? []).length;
  const latin = (sample.match(LATIN_G) ?? []).length;
  const pct = (n: number): string => pct2(n, letters);
  if (han / letters >= 0.3)
    return { tag: 'zh', reason: { key: 'reader.detect.han', params: { share: pct(han) } } };
  if (latin / letters >= 0.9) {
    // Latin letters alone do not make English: French or Spanish would match almost nothing.
    const words = sample.toLowerCase().match(WORD_G) ?? [];
    const common = words.filter((w) => ENGLISH_WORDS.has(w)).length;
    if (words.length > 0 && common / words.length >= 0.08)
      return {
        tag: 'en',
        reason: { key: 'reader.detect.english', params: { share: pct2(common, words.length) } },
      };
    return {
      tag: 'und',
      reason: { key: 'reader.detect.fewEnglish' },
    };
  }
  return {
    tag: 'und',
    reason: { key: 'reader.detect.mixed' },
  };
}

export const hasHan = (text: string): boolean => HAN.test(text);
