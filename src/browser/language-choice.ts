// The reader's choice of language, remembered in this browser for links that state none. Storage
// may be refused (private windows, embeds in another site): the choice then lasts the page.

import type { Language } from '$lib/i18n/language.ts';

const KEY = 'gdi-explorer.lang';

export function rememberedLanguage(win: Window): string | null {
  try {
    return win.localStorage.getItem(KEY);
  } catch {
    return null;
  }
}

export function rememberLanguage(win: Window, language: Language): void {
  try {
    win.localStorage.setItem(KEY, language);
  } catch {
    // Not kept: the link still carries it.
  }
}
