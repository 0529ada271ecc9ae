// The interface's words in the language in use, for every component: `t('shell.viewsNav')`,
// `tr().date(…)`. The language follows the link's `lang` (App.svelte calls `useLanguage`). Each
// language's catalogue is its own chunk, fetched once, in parallel with the corpus, before the app
// mounts (main.ts; the build's prerender and the tests load English the same way): the entry
// script carries no catalogue. Reading `t` or `tr` in markup or $derived re-renders when the
// language changes.

import type { MessageKey } from '$lib/i18n/catalogue.ts';
import { DEFAULT_LANGUAGE, htmlLang, type Language } from '$lib/i18n/language.ts';
import type { MessageParams } from '$lib/i18n/message.ts';
import { createTranslator, type Translator } from '$lib/i18n/translator.ts';

let current = $state.raw<Translator | null>(null);
// A cache of loaded catalogues, not state: nothing renders from it.
// eslint-disable-next-line svelte/prefer-svelte-reactivity
const loaded = new Map<Language, Promise<Translator>>();

function inUse(): Translator {
  if (!current) throw new Error('no catalogue loaded: call useLanguage before rendering');
  return current;
}

/** The translator of the language in use (for pure functions that write words). */
export function tr(): Translator {
  return inUse();
}

/** A message of the language in use. */
export function t(key: MessageKey, params?: MessageParams): string {
  return inUse().t(key, params);
}

/** The language in use. */
export function language(): Language {
  return current?.lang ?? DEFAULT_LANGUAGE;
}

/** A language's translator, its catalogue loaded once. */
function translatorFor(lang: Language): Promise<Translator> {
  let found = loaded.get(lang);
  if (!found) {
    found =
      lang === 'zh'
        ? import('$lib/i18n/zh/index.ts').then(({ zh }) => createTranslator('zh', zh))
        : import('$lib/i18n/en/index.ts').then(({ en }) => createTranslator('en', en));
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
