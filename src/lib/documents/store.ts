// Where a reader's own documents are kept: a small interface, so that the app keeps them in
// IndexedDB (src/browser/indexeddb-store.ts) and tests keep them in memory. Every write is all or
// nothing: a failed put or remove leaves what was stored as it was.

import type { SourceHeader } from '../corpus/types.ts';

export interface StoredDocument {
  header: SourceHeader;
  /** The text exactly as given, without a header. */
  text: string;
  /** When it was added (ISO date and time): the list of the reader's documents follows it. */
  added: string;
}

export interface DocumentStore {
  /** 'persistent': kept across reloads (IndexedDB); 'session': gone when the page closes. */
  readonly persistence: 'persistent' | 'session';
  /** Every stored document, oldest first. */
  list(): Promise<StoredDocument[]>;
  /** Adds a document, or replaces the one with the same id. */
  put(doc: StoredDocument): Promise<void>;
  /** Removes the document with this id (nothing happens if there is none). */
  remove(id: string): Promise<void>;
}

const byAdded = (a: StoredDocument, b: StoredDocument): number =>
  a.added < b.added ? -1 : a.added > b.added ? 1 : a.header.id < b.header.id ? -1 : 1;

export function sortStored(docs: StoredDocument[]): StoredDocument[] {
  return docs.sort(byAdded);
}

/** Copies a document, so that a store never shares objects with its callers. */
export function copyStored(doc: StoredDocument): StoredDocument {
  return { header: { ...doc.header }, text: doc.text, added: doc.added };
}

/** Keeps documents in memory: for tests, and where IndexedDB cannot be opened. */
export class MemoryDocumentStore implements DocumentStore {
  readonly persistence = 'session' as const;
  private readonly docs = new Map<string, StoredDocument>();

  constructor(initial: readonly StoredDocument[] = []) {
    for (const d of initial) this.docs.set(d.header.id, copyStored(d));
  }

  async list(): Promise<StoredDocument[]> {
    return sortStored([...this.docs.values()].map(copyStored));
  }

  async put(doc: StoredDocument): Promise<void> {
    this.docs.set(doc.header.id, copyStored(doc));
  }

  async remove(id: string): Promise<void> {
    this.docs.delete(id);
  }
}
