// The English catalogue is the reference: its keys are the MessageKey type, and every other
// language's catalogue must have exactly those keys (the type says so; test/lib/i18n checks that
// each key is used in src). Messages are grouped by the part of the app that says them, one file
// per group in en/ and zh/. Each language's catalogue is its own chunk, loaded when that language
// is used ($ui/i18n.svelte.ts): nothing here imports one, only its type.

import type { en } from './en/index.ts';
import type { Message } from './message.ts';

export type MessageKey = keyof typeof en;
export type Catalogue = Readonly<Record<MessageKey, Message>>;

/** A message to be said later, in whatever language is in use then: pure code returns these. */
export interface Localized {
  key: MessageKey;
  params?: Readonly<Record<string, string | number>>;
}
