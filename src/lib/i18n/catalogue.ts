// The English catalogue is the reference: its keys are the MessageKey type, and every other
// language's catalogue must have exactly those keys (the type says so; test/lib/i18n checks that
// each key is used in src). Messages are grouped by the part of the app that says them, one file
// per group in en/ and zh/. Each language's catalogue is loaded in parts ($ui/i18n.svelte.ts): the
// main part (main.ts) when the language is used, the share tools' messages when a tool is, each
// view's own messages when that view (or a tool that says them) is. Nothing here imports one, only its type.

import type { en } from './en/index.ts';
import type { enMain } from './en/main.ts';
import type { Message } from './message.ts';

export type MessageKey = keyof typeof en;
export type Catalogue = Readonly<Record<MessageKey, Message>>;

/**
 * The parts a catalogue loads in: the main one, the evidence panel's selection, the share tools',
 * each view's own messages, and what the graph and the reader say on demand (graph-more: small
 * multiples, a concept's links; reader-tools: add a document, search, side by side).
 */
export const MESSAGE_PARTS = [
  'main',
  'evidence',
  'share',
  'graph',
  'graph-more',
  'compare',
  'timeline',
  'map',
  'reader',
  'reader-tools',
] as const;
export type MessagePart = (typeof MESSAGE_PARTS)[number];

/** What is loaded with the language (en/main.ts, zh/main.ts). */
export type MainCatalogue = Pick<Catalogue, keyof typeof enMain>;

/** A message to be said later, in whatever language is in use then: pure code returns these. */
export interface Localized {
  key: MessageKey;
  params?: Readonly<Record<string, string | number>>;
}
