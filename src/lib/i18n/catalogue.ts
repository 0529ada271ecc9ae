// The English catalogue is the reference: its keys are the MessageKey type, and every other
// language's catalogue must have exactly those keys (the type says so; test/lib/i18n checks that
// each key is used in src). Messages are grouped by the part of the app that says them, one file
// per group in en/ and zh/. Each language's catalogue is two chunks, loaded when that language is
// used ($ui/i18n.svelte.ts): its main part (main.ts) with the language, the reader's messages when
// something asks for them. Nothing here imports one, only its type.

import type { en } from './en/index.ts';
import type { reader } from './en/reader.ts';
import type { Message } from './message.ts';

export type MessageKey = keyof typeof en;
export type Catalogue = Readonly<Record<MessageKey, Message>>;

/** The reader's messages, loaded with the reader's view and the tools that say them. */
export type ReaderMessageKey = keyof typeof reader;
/** The rest: what is loaded with the language (en/main.ts, zh/main.ts). */
export type MainCatalogue = Omit<Catalogue, ReaderMessageKey>;

/** A message to be said later, in whatever language is in use then: pure code returns these. */
export interface Localized {
  key: MessageKey;
  params?: Readonly<Record<string, string | number>>;
}
