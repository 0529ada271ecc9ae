// Why a change to the reader's own documents or concepts could not be made (library.ts throws it).
// Apart from the library so that the reader's panels can tell it from other errors without loading
// the library and the corpus builder it runs.

import type { Catalogue, Localized } from '../i18n/catalogue.ts';
import { reader as readerMessages } from '../i18n/en/reader.ts';
import { createTranslator } from '../i18n/translator.ts';

// The reader's own English messages, for the error's message (logs, tests); not the whole catalogue.
const inEnglish = createTranslator('en', readerMessages as Partial<Catalogue> as Catalogue);

/**
 * A change could not be made; `stage` says where it stopped. Nothing was changed. `said` is the
 * message for the interface to say in its language; `message` is the same in English, for logs.
 */
export class LibraryError extends Error {
  readonly stage: 'read' | 'tag' | 'save';
  readonly said: Localized;
  constructor(stage: 'read' | 'tag' | 'save', said: Localized) {
    super(inEnglish.t(said.key, said.params));
    this.name = 'LibraryError';
    this.stage = stage;
    this.said = said;
  }
}
