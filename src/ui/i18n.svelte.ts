// The interface's words in the language in use, for every component: `t('shell.viewsNav')`,
// `tr().date(…)`. The language follows the link's `lang` (App.svelte calls `useLanguage`); the
// English catalogue is in the entry script, the Chinese one is fetched when first needed. Reading
// `t` or `tr` in markup or $derived re-renders when the language changes.

import { english, type MessageKey } from '$lib/i18n/catalogue.ts';
import { DEFAULT_LANGUAGE, htmlLang, type Language } from '$lib/i18n/language.ts';
import type { MessageParams } from '$lib/i18n/message.ts';
import { createTranslator, type Translator } from '$lib/i18n/translator.ts';

let current = $state.raw<Translator>(createTranslator(DEFAULT_LANGUAGE, english));
// A cache of loaded catalogues, not state: nothing renders from it.
// eslint-disable-next-line svelte/prefer-svelte-reactivity
const loaded = new Map<Language, Promise<Translator>>([
  [DEFAULT_LANGUAGE, Promise.resolve(current)],
]);

/** The translator of the language in use (for pure functions that write words). */
export function tr(): Translator {
  return current;
}

/** A message of the language in use. */
export function t(key: MessageKey, params?: MessageParams): string {
  return current.t(key, params);
}

/** The language in use. */
export function language(): Language {
  return current.lang;
}

/** A language's translator, its catalogue loaded once. */
export function translatorFor(lang: Language): Promise<Translator> {
  let found = loaded.get(lang);
  if (!found) {
    found = import('$lib/i18n/zh/index.ts').then(({ zh }) => createTranslator('zh', zh));
    loaded.set(lang, found);
    // A failed load is tried again next time.
    found.catch(() => loaded.delete(lang));
  }
  return found;
}

/** Switches the interface to `lang` once its catalogue is there; `<html lang>` follows. */
export async function useLanguage(lang: Language, doc?: Document): Promise<void> {
  const next = await translatorFor(lang);
  current = next;
  if (doc) doc.documentElement.lang = htmlLang(next.lang);
}
