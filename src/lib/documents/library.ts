// The reader's own documents and the corpus they make with the project's texts. Each change is
// transactional: the new corpus is built first (nothing changes if that fails), then the store is
// written (nothing changes if that fails), and only then does the library take the change. One
// change at a time, in the order asked.

import type { Corpus } from '../corpus/types.ts';
import type { DocumentStore, StoredDocument } from './store.ts';
import { corpusWithUserDocuments, joinableDocuments, type HiddenDocument } from './user-corpus.ts';

/** Builds the corpus of the base texts and the given documents (in a worker, in the app). */
export type Tagger = (base: Corpus, docs: readonly StoredDocument[]) => Promise<Corpus>;

export const inlineTagger: Tagger = async (base, docs) => corpusWithUserDocuments(base, docs);

export interface LibraryState {
  corpus: Corpus;
  /** Every stored document, oldest first, including hidden ones. */
  documents: readonly StoredDocument[];
  hidden: readonly HiddenDocument[];
  /** Milliseconds the tagging took (0 when nothing had to be tagged). */
  taggingMs: number;
}

/** A change could not be made; `stage` says where it stopped. Nothing was changed. */
export class LibraryError extends Error {
  readonly stage: 'read' | 'tag' | 'save';
  constructor(stage: 'read' | 'tag' | 'save', message: string) {
    super(message);
    this.name = 'LibraryError';
    this.stage = stage;
  }
}

const reason = (e: unknown): string =>
  e instanceof Error ? `${e.name !== 'Error' ? `${e.name}: ` : ''}${e.message}` : String(e);

export class UserDocumentLibrary {
  private docs: StoredDocument[] = [];
  private queue: Promise<unknown> = Promise.resolve();
  readonly store: DocumentStore;
  private readonly tag: Tagger;
  private readonly now: () => number;

  constructor(store: DocumentStore, tag: Tagger = inlineTagger, now: () => number = Date.now) {
    this.store = store;
    this.tag = tag;
    this.now = now;
  }

  get documents(): readonly StoredDocument[] {
    return this.docs;
  }

  /** Reads the stored documents and builds the corpus with those that can join it. */
  load(base: Corpus): Promise<LibraryState> {
    return this.serial(async () => {
      let stored: StoredDocument[];
      try {
        stored = await this.store.list();
      } catch (e) {
        throw new LibraryError(
          'read',
          `your documents could not be read from this browser (${reason(e)})`,
        );
      }
      const state = await this.build(base, stored);
      this.docs = stored;
      return state;
    });
  }

  add(base: Corpus, doc: StoredDocument): Promise<LibraryState> {
    return this.serial(async () => {
      const next = [...this.docs.filter((d) => d.header.id !== doc.header.id), doc];
      const state = await this.build(base, next);
      try {
        await this.store.put(doc);
      } catch (e) {
        throw new LibraryError(
          'save',
          `“${doc.header.title}” could not be saved in this browser (${reason(e)}). Nothing was changed: your other documents are as they were.`,
        );
      }
      this.docs = next;
      return state;
    });
  }

  remove(base: Corpus, id: string): Promise<LibraryState> {
    return this.serial(async () => {
      const doc = this.docs.find((d) => d.header.id === id);
      const next = this.docs.filter((d) => d.header.id !== id);
      const state = await this.build(base, next);
      try {
        await this.store.remove(id);
      } catch (e) {
        throw new LibraryError(
          'save',
          `“${doc?.header.title ?? id}” could not be removed from this browser (${reason(e)}). Nothing was changed.`,
        );
      }
      this.docs = next;
      return state;
    });
  }

  private async build(base: Corpus, docs: StoredDocument[]): Promise<LibraryState> {
    const { joinable, hidden } = joinableDocuments(base, docs);
    if (joinable.length === 0) return { corpus: base, documents: docs, hidden, taggingMs: 0 };
    const started = this.now();
    let corpus: Corpus;
    try {
      corpus = await this.tag(base, joinable);
    } catch (e) {
      throw new LibraryError(
        'tag',
        `the texts could not be tagged (${reason(e)}). Nothing was changed.`,
      );
    }
    return { corpus, documents: docs, hidden, taggingMs: this.now() - started };
  }

  private serial<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(task, task);
    this.queue = run.catch(() => undefined);
    return run;
  }
}
