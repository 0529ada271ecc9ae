// Why a change to the reader's own documents or concepts could not be made (library.ts throws it).
// Apart from the library so that the reader's panels can tell it from other errors without loading
// the library and the corpus builder it runs.

import type { Localized } from '../i18n/catalogue.ts';

/**
 * A change could not be made; `stage` says where it stopped. Nothing was changed. `said` is the
 * message for the interface to say in its language; `message` is the same in English, for logs
 * (the library writes it: this class loads on pages in any language, without the English words).
 */
export class LibraryError extends Error {
  readonly stage: 'read' | 'tag' | 'save';
  readonly said: Localized;
  constructor(stage: 'read' | 'tag' | 'save', said: Localized, message: string) {
    super(message);
    this.name = 'LibraryError';
    this.stage = stage;
    this.said = said;
  }
}
