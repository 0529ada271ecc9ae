// The reader's own documents and the corpus they make with the project's texts. Each change is
// transactional: the new corpus is built first (nothing changes if that fails), then the store is
// written (nothing changes if that fails), and only then does the library take the change. One
// change at a time, in the order asked.

import type { ConceptStore, StoredConcept } from '../concepts/user-concepts.ts';
import { MemoryConceptStore, sortConcepts } from '../concepts/user-concepts.ts';
import type { Concept, Corpus } from '../corpus/types.ts';
import type { Catalogue, Localized } from '../i18n/catalogue.ts';
import { reader as readerMessages } from '../i18n/en/reader.ts';
import { createTranslator } from '../i18n/translator.ts';
import { LibraryError } from './library-error.ts';
import type { DocumentStore, StoredDocument } from './store.ts';
import { joinableDocuments, type HiddenDocument } from './user-corpus.ts';

export { LibraryError };

// The reader's own English messages, for the errors' messages (logs, tests); not the whole catalogue.
const inEnglish = createTranslator('en', readerMessages as Partial<Catalogue> as Catalogue);
const failure = (stage: LibraryError['stage'], said: Localized): LibraryError =>
  new LibraryError(stage, said, inEnglish.t(said.key, said.params));

/**
 * Builds the corpus of the base texts, the given documents and concepts: corpusWithUserDocuments,
 * which the app runs in its tagging worker (src/browser/tagger.ts) and tests call directly.
 */
export type Tagger = (
  base: Corpus,
  docs: readonly StoredDocument[],
  concepts?: readonly Concept[],
) => Promise<Corpus>;

export interface LibraryState {
  corpus: Corpus;
  /** Every stored document, oldest first, including hidden ones. */
  documents: readonly StoredDocument[];
  hidden: readonly HiddenDocument[];
  /** The reader's own concepts, oldest first. */
  concepts: readonly StoredConcept[];
  /** Milliseconds the tagging took (0 when nothing had to be tagged). */
  taggingMs: number;
}

const reason = (e: unknown): string =>
  e instanceof Error ? `${e.name !== 'Error' ? `${e.name}: ` : ''}${e.message}` : String(e);

export class UserDocumentLibrary {
  private docs: StoredDocument[] = [];
  private mine: StoredConcept[] = [];
  private queue: Promise<unknown> = Promise.resolve();
  readonly store: DocumentStore;
  readonly conceptStore: ConceptStore;
  private readonly tag: Tagger;
  private readonly now: () => number;

  constructor(
    store: DocumentStore,
    tag: Tagger,
    now: () => number = Date.now,
    conceptStore: ConceptStore = new MemoryConceptStore(),
  ) {
    this.store = store;
    this.tag = tag;
    this.now = now;
    this.conceptStore = conceptStore;
  }

  get concepts(): readonly StoredConcept[] {
    return this.mine;
  }

  get documents(): readonly StoredDocument[] {
    return this.docs;
  }

  /** Reads the stored documents and builds the corpus with those that can join it. */
  load(base: Corpus): Promise<LibraryState> {
    return this.serial(async () => {
      let stored: StoredDocument[];
      let concepts: StoredConcept[];
      try {
        stored = await this.store.list();
      } catch (e) {
        throw failure('read', {
          key: 'reader.library.readDocuments',
          params: { reason: reason(e) },
        });
      }
      try {
        concepts = await this.conceptStore.list();
      } catch (e) {
        throw failure('read', {
          key: 'reader.library.readConcepts',
          params: { reason: reason(e) },
        });
      }
      const state = await this.build(base, stored, concepts);
      this.docs = stored;
      this.mine = concepts;
      return state;
    });
  }

  add(base: Corpus, doc: StoredDocument): Promise<LibraryState> {
    return this.serial(async () => {
      const next = [...this.docs.filter((d) => d.header.id !== doc.header.id), doc];
      const state = await this.build(base, next, this.mine);
      try {
        await this.store.put(doc);
      } catch (e) {
        throw failure('save', {
          key: 'reader.library.saveDocument',
          params: { title: doc.header.title, reason: reason(e) },
        });
      }
      this.docs = next;
      return state;
    });
  }

  remove(base: Corpus, id: string): Promise<LibraryState> {
    return this.serial(async () => {
      const doc = this.docs.find((d) => d.header.id === id);
      const next = this.docs.filter((d) => d.header.id !== id);
      const state = await this.build(base, next, this.mine);
      try {
        await this.store.remove(id);
      } catch (e) {
        throw failure('save', {
          key: 'reader.library.removeDocument',
          params: { title: doc?.header.title ?? id, reason: reason(e) },
        });
      }
      this.docs = next;
      return state;
    });
  }

  /** Adds (or, with the same id, replaces) concepts of the reader's own: tagged, saved, shown. */
  putConcepts(base: Corpus, concepts: readonly StoredConcept[]): Promise<LibraryState> {
    return this.serial(async () => {
      const ids = new Set(concepts.map((c) => c.concept.id));
      const next = sortConcepts([...this.mine.filter((c) => !ids.has(c.concept.id)), ...concepts]);
      const state = await this.build(base, this.docs, next);
      try {
        for (const c of concepts) await this.conceptStore.put(c);
      } catch (e) {
        // Put back what was there before, so that the store matches what is shown.
        for (const c of concepts) {
          const before = this.mine.find((m) => m.concept.id === c.concept.id);
          await (
            before ? this.conceptStore.put(before) : this.conceptStore.remove(c.concept.id)
          ).catch(() => undefined);
        }
        throw failure('save', {
          key: 'reader.library.saveConcept',
          params: { reason: reason(e) },
        });
      }
      this.mine = next;
      return state;
    });
  }

  removeConcept(base: Corpus, id: string): Promise<LibraryState> {
    return this.serial(async () => {
      const next = this.mine.filter((c) => c.concept.id !== id);
      const state = await this.build(base, this.docs, next);
      try {
        await this.conceptStore.remove(id);
      } catch (e) {
        throw failure('save', {
          key: 'reader.library.removeConcept',
          params: { reason: reason(e) },
        });
      }
      this.mine = next;
      return state;
    });
  }

  private async build(
    base: Corpus,
    docs: StoredDocument[],
    concepts: StoredConcept[],
  ): Promise<LibraryState> {
    const { joinable, hidden } = joinableDocuments(base, docs);
    if (joinable.length === 0 && concepts.length === 0)
      return { corpus: base, documents: docs, hidden, concepts, taggingMs: 0 };
    const started = this.now();
    let corpus: Corpus;
    try {
      corpus = await this.tag(
        base,
        joinable,
        concepts.map((c) => c.concept),
      );
    } catch (e) {
      throw failure('tag', { key: 'reader.library.tag', params: { reason: reason(e) } });
    }
    return { corpus, documents: docs, hidden, concepts, taggingMs: this.now() - started };
  }

  private serial<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(task, task);
    this.queue = run.catch(() => undefined);
    return run;
  }
}
