// The interface's languages: English and Simplified Chinese (the forums' own language). The URL's
// `lang` names one; without it, the reader's last choice, else the browser's first language that
// the app speaks, else English.

export const LANGUAGES = ['en', 'zh'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'en';

/** The value of `<html lang>` (and of `lang` on exported SVG and pages) for a language. */
export function htmlLang(language: Language): string {
  return language === 'zh' ? 'zh-CN' : 'en';
}

/** A BCP 47 tag ("zh-Hant-TW", "en-GB", "fr") → the language the app speaks for it, if any. */
export function languageOfTag(tag: string): Language | null {
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0];
  return primary === 'zh' ? 'zh' : primary === 'en' ? 'en' : null;
}

/** The first of the browser's languages (navigator.languages) that the app speaks, else English. */
export function languageFromBrowser(tags: readonly string[]): Language {
  for (const tag of tags) {
    const language = languageOfTag(tag);
    if (language) return language;
  }
  return DEFAULT_LANGUAGE;
}

/** The language to show: the link's, else the reader's last choice, else the browser's. */
export function chooseLanguage(
  stated: Language | null,
  remembered: string | null,
  browserTags: readonly string[],
): Language {
  if (stated) return stated;
  const kept = remembered === null ? null : languageOfTag(remembered);
  return kept ?? languageFromBrowser(browserTags);
}
