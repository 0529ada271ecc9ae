// Names from the data in the language in use: a theme's or concept's Chinese label (every codebook
// entry has one), else the English one. A reader's own concept keeps the words they gave it.

import type { Language } from './language.ts';

export interface Labelled {
  label: string;
  labelZh?: string | undefined;
}

/** The label to show in `lang`. */
export function labelIn(item: Labelled, lang: Language): string {
  return lang === 'zh' && item.labelZh ? item.labelZh : item.label;
}

/** The label and the language it is written in (for a `lang` attribute when it is not the page's). */
export function labelWithLanguage(
  item: Labelled,
  lang: Language,
): { text: string; lang: Language } {
  return lang === 'zh' && item.labelZh
    ? { text: item.labelZh, lang: 'zh' }
    : { text: item.label, lang: 'en' };
}
