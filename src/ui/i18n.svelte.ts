// The interface's words in the language in use, for every component: `t('shell.viewsNav')`,
// `tr().date(…)`. The language follows the link's `lang` (App.svelte calls `useLanguage`). Each
// language's catalogue is its own chunk, fetched once, in parallel with the corpus, before the app
// mounts (main.ts; the build's prerender and the tests load English the same way): the entry
// script carries no catalogue. The reader's messages are a chunk apart, fetched by what says them
// (useReaderMessages), so that the other views do not load them. Reading `t` or `tr` in markup or
// $derived re-renders when the language changes.

import type { Catalogue, MessageKey } from '$lib/i18n/catalogue.ts';
import { DEFAULT_LANGUAGE, htmlLang, type Language } from '$lib/i18n/language.ts';
import type { MessageParams } from '$lib/i18n/message.ts';
import { createTranslator, type Translator } from '$lib/i18n/translator.ts';

let current = $state.raw<Translator | null>(null);
// A cache of loaded catalogue parts, not state: nothing renders from it.
// eslint-disable-next-line svelte/prefer-svelte-reactivity
const loaded = new Map<string, Promise<Partial<Catalogue>>>();
// eslint-disable-next-line svelte/prefer-svelte-reactivity
const translators = new Map<string, Promise<Translator>>();
// Whether the reader's messages were asked for: then every language used loads them too.
let withReader = false;
let readerLoaded: Promise<void> | null = null;

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

/** One part of a language's catalogue (the main part, or the reader's messages), loaded once. */
function part(lang: Language, reader: boolean): Promise<Partial<Catalogue>> {
  const key = `${lang}${reader ? ':reader' : ''}`;
  let found = loaded.get(key);
  if (!found) {
    found = reader
      ? lang === 'zh'
        ? import('$lib/i18n/zh/reader.ts').then((m) => m.reader)
        : import('$lib/i18n/en/reader.ts').then((m) => m.reader)
      : lang === 'zh'
        ? import('$lib/i18n/zh/main.ts').then((m) => m.zhMain)
        : import('$lib/i18n/en/main.ts').then((m) => m.enMain);
    loaded.set(key, found);
    // A failed load is tried again next time.
    found.catch(() => loaded.delete(key));
  }
  return found;
}

/** A language's translator over the parts asked for so far, made once for each. */
async function translatorFor(lang: Language): Promise<Translator> {
  const reader = withReader;
  const key = `${lang}${reader ? ':reader' : ''}`;
  let found = translators.get(key);
  if (!found) {
    found = Promise.all([part(lang, false), ...(reader ? [part(lang, true)] : [])]).then((parts) =>
      createTranslator(lang, Object.assign({}, ...parts) as Catalogue),
    );
    translators.set(key, found);
    found.catch(() => translators.delete(key));
  }
  const made = await found;
  // The reader's messages were asked for meanwhile: take them too.
  return withReader && !reader ? translatorFor(lang) : made;
}

/** Switches the interface to `lang` once its catalogue is there; `<html lang>` follows. */
export async function useLanguage(lang: Language, doc?: Document): Promise<void> {
  const next = await translatorFor(lang);
  current = next;
  if (doc) doc.documentElement.lang = htmlLang(next.lang);
}

/**
 * Loads the reader's messages into the language in use, and into any used later: the reader's
 * view and the tools that say its messages (the concept dialog, the slides' names) call it before
 * they render. The other views never fetch them.
 */
export function useReaderMessages(): Promise<void> {
  withReader = true;
  return (readerLoaded ??= (async () => {
    const lang = language();
    const next = await translatorFor(lang);
    // Another language taken meanwhile has them too (translatorFor reads withReader).
    if (current?.lang === lang) current = next;
  })().catch((e: unknown) => {
    readerLoaded = null;
    throw e;
  }));
}
