// The interface's words in the language in use, for every component: `t('shell.viewsNav')`,
// `tr().date(…)`. The language follows the link's `lang` (App.svelte calls `useLanguage`). Each
// language's catalogue is loaded in parts, each its own chunk, fetched once: the main part (the
// shell, the share bar, the evidence panel) in parallel with the corpus, before the app mounts
// (main.ts; the build's prerender and the tests load English the same way), and each view's own
// messages with the view's code (useMessages), so that a route fetches only its own. The entry
// script carries no catalogue. Reading `t` or `tr` in markup or $derived re-renders when the
// language changes.

import { untrack } from 'svelte';
import type { Catalogue, MessageKey, MessagePart } from '$lib/i18n/catalogue.ts';
import { DEFAULT_LANGUAGE, htmlLang, type Language } from '$lib/i18n/language.ts';
import type { MessageParams } from '$lib/i18n/message.ts';
import { createTranslator, type Translator } from '$lib/i18n/translator.ts';

type PartLoaders = Record<MessagePart, () => Promise<Partial<Catalogue>>>;

// One chunk per language and part: literal imports, so that the build splits them.
const PARTS: Record<Language, PartLoaders> = {
  en: {
    main: () => import('$lib/i18n/en/main.ts').then((m) => m.enMain),
    evidence: () => import('$lib/i18n/en/evidence-detail.ts').then((m) => m.evidenceDetail),
    share: () => import('$lib/i18n/en/share-tools.ts').then((m) => m.shareTools),
    graph: () => import('$lib/i18n/en/graph.ts').then((m) => m.graph),
    'graph-more': () => import('$lib/i18n/en/graph-more.ts').then((m) => m.graphMore),
    compare: () => import('$lib/i18n/en/compare.ts').then((m) => m.compare),
    timeline: () => import('$lib/i18n/en/timeline.ts').then((m) => m.timeline),
    map: () => import('$lib/i18n/en/map.ts').then((m) => m.map),
    reader: () => import('$lib/i18n/en/reader.ts').then((m) => m.reader),
    'reader-tools': () => import('$lib/i18n/en/reader-tools.ts').then((m) => m.readerTools),
  },
  zh: {
    main: () => import('$lib/i18n/zh/main.ts').then((m) => m.zhMain),
    evidence: () => import('$lib/i18n/zh/evidence-detail.ts').then((m) => m.evidenceDetail),
    share: () => import('$lib/i18n/zh/share-tools.ts').then((m) => m.shareTools),
    graph: () => import('$lib/i18n/zh/graph.ts').then((m) => m.graph),
    'graph-more': () => import('$lib/i18n/zh/graph-more.ts').then((m) => m.graphMore),
    compare: () => import('$lib/i18n/zh/compare.ts').then((m) => m.compare),
    timeline: () => import('$lib/i18n/zh/timeline.ts').then((m) => m.timeline),
    map: () => import('$lib/i18n/zh/map.ts').then((m) => m.map),
    reader: () => import('$lib/i18n/zh/reader.ts').then((m) => m.reader),
    'reader-tools': () => import('$lib/i18n/zh/reader-tools.ts').then((m) => m.readerTools),
  },
};

let current = $state.raw<Translator | null>(null);
// Caches of loaded parts and of translators made, not state: nothing renders from them.
// eslint-disable-next-line svelte/prefer-svelte-reactivity
const loaded = new Map<string, Promise<Partial<Catalogue>>>();
// eslint-disable-next-line svelte/prefer-svelte-reactivity
const translators = new Map<string, Promise<Translator>>();
// The parts asked for so far: every language used loads them all.
// eslint-disable-next-line svelte/prefer-svelte-reactivity
const asked = new Set<MessagePart>(['main']);
// The parts each translator was made over, and its messages (parts asked later join them).
const partsOf = new WeakMap<Translator, Set<MessagePart>>();
const messagesOf = new WeakMap<Translator, Partial<Catalogue>>();
const cacheKey = (lang: Language, names: readonly MessagePart[]): string =>
  `${lang}:${[...names].sort().join(',')}`;
// The language being switched to, while its catalogue loads: parts asked meanwhile load in it.
let switching: { lang: Language; made: Promise<Translator> } | null = null;

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

/** One part of a language's catalogue, loaded once. */
function part(lang: Language, name: MessagePart): Promise<Partial<Catalogue>> {
  const key = `${lang}:${name}`;
  let found = loaded.get(key);
  if (!found) {
    found = PARTS[lang][name]();
    loaded.set(key, found);
    // A failed load is tried again next time.
    found.catch(() => loaded.delete(key));
  }
  return found;
}

/** A language's translator over the parts asked for so far, made once for each set. */
async function translatorFor(lang: Language): Promise<Translator> {
  const names = [...asked].sort();
  const key = cacheKey(lang, names);
  let found = translators.get(key);
  if (!found) {
    found = Promise.all(names.map((name) => part(lang, name))).then((parts) => {
      const messages: Partial<Catalogue> = Object.assign({}, ...parts);
      const made = createTranslator(lang, messages as Catalogue);
      partsOf.set(made, new Set(names));
      messagesOf.set(made, messages);
      return made;
    });
    translators.set(key, found);
    found.catch(() => translators.delete(key));
  }
  const made = await found;
  // More parts were asked for meanwhile: take them too.
  return asked.size > names.length ? translatorFor(lang) : made;
}

/** Switches the interface to `lang` once its catalogue is there; `<html lang>` follows. */
export async function useLanguage(lang: Language, doc?: Document): Promise<void> {
  const mine = { lang, made: translatorFor(lang) };
  switching = mine;
  try {
    const next = await mine.made;
    // A translator in use that already says every part of this one (parts asked meanwhile joined
    // it) stays: a new one would draw the page again for nothing.
    const inUse = current;
    const has = inUse ? partsOf.get(inUse) : undefined;
    if (inUse?.lang !== next.lang || ![...partsOf.get(next)!].every((name) => has?.has(name)))
      current = next;
    // Only when it changes: setting <html lang>, even to the same value, invalidates the style of
    // the whole page (a long task on a phone while the page loads).
    const tag = htmlLang(next.lang);
    if (doc && doc.documentElement.lang !== tag) doc.documentElement.lang = tag;
  } finally {
    if (switching === mine) switching = null;
  }
}

/**
 * Loads these parts' messages into the language in use (or being switched to), and into any used
 * later: a view's code and the tools that say a view's messages (the slides' names, the concept
 * dialog) call it before they render, so that no key shows. The other routes never fetch them.
 */
export async function useMessages(...names: MessagePart[]): Promise<void> {
  for (const name of names) asked.add(name);
  for (;;) {
    // Untracked: a loader called in markup ({#await load()}) must not be run again, and what it
    // drew drawn anew, whenever the language in use changes.
    const lang = untrack(() => switching?.lang ?? current?.lang ?? DEFAULT_LANGUAGE);
    const next = await translatorFor(lang);
    // Another language was taken meanwhile: load them in that one.
    if ((switching?.lang ?? current?.lang ?? DEFAULT_LANGUAGE) !== lang) continue;
    const inUse = current;
    const has = inUse ? partsOf.get(inUse) : undefined;
    if (inUse?.lang === lang && has && !names.every((name) => has.has(name))) {
      // The new parts only add keys that nothing on the page says yet (what says them waits for
      // this call): they join the translator in use, so that nothing already drawn is drawn again
      // (a new translator would re-run every view's words, the graph's whole layout with them).
      Object.assign(messagesOf.get(inUse)!, messagesOf.get(next));
      for (const name of partsOf.get(next)!) has.add(name);
      translators.set(cacheKey(lang, [...has]), Promise.resolve(inUse));
    }
    return;
  }
}
