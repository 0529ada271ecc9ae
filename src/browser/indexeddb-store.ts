// The reader's documents in IndexedDB: one object store keyed by document id. Each write is one
// readwrite transaction and resolves only when the transaction has completed, so a failed write
// (quota, a closed database) rejects and leaves the stored documents as they were.

import {
  copyStored,
  MemoryDocumentStore,
  sortStored,
  type DocumentStore,
  type StoredDocument,
} from '../lib/documents/store.ts';
import {
  MemoryConceptStore,
  sortConcepts,
  type ConceptStore,
  type StoredConcept,
} from '../lib/concepts/concept-store.ts';
import { DATABASE } from './stored-data.ts';

// Version 2 adds the reader's own concepts beside their documents.
const VERSION = 2;
const STORE = 'documents';
const CONCEPTS = 'concepts';

function request<T>(r: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error ?? new Error('IndexedDB request failed'));
  });
}

function done(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error ?? new Error('IndexedDB transaction failed'));
    tx.onabort = () => reject(tx.error ?? new Error('IndexedDB transaction was aborted'));
  });
}

export class IndexedDbDocumentStore implements DocumentStore {
  readonly persistence = 'persistent' as const;
  private readonly db: IDBDatabase;

  constructor(db: IDBDatabase) {
    this.db = db;
  }

  /** The open database, for the concept store that shares it. */
  get database(): IDBDatabase {
    return this.db;
  }

  async list(): Promise<StoredDocument[]> {
    const tx = this.db.transaction(STORE, 'readonly');
    const all = (await request(tx.objectStore(STORE).getAll())) as StoredDocument[];
    return sortStored(all.filter(isStoredDocument));
  }

  async put(doc: StoredDocument): Promise<void> {
    const tx = this.db.transaction(STORE, 'readwrite');
    const finished = done(tx);
    try {
      tx.objectStore(STORE).put(copyStored(doc));
    } catch (e) {
      tx.abort();
      await finished.catch(() => undefined);
      throw e;
    }
    await finished;
  }

  async remove(id: string): Promise<void> {
    const tx = this.db.transaction(STORE, 'readwrite');
    const finished = done(tx);
    tx.objectStore(STORE).delete(id);
    await finished;
  }

  close(): void {
    this.db.close();
  }
}

/** The reader's concepts in the same database, one readwrite transaction a write. */
export class IndexedDbConceptStore implements ConceptStore {
  private readonly db: IDBDatabase;
  constructor(db: IDBDatabase) {
    this.db = db;
  }
  async list(): Promise<StoredConcept[]> {
    const tx = this.db.transaction(CONCEPTS, 'readonly');
    const all = (await request(tx.objectStore(CONCEPTS).getAll())) as StoredConcept[];
    return sortConcepts(all.filter(isStoredConcept));
  }
  async put(c: StoredConcept): Promise<void> {
    const tx = this.db.transaction(CONCEPTS, 'readwrite');
    const finished = done(tx);
    tx.objectStore(CONCEPTS).put({
      concept: { ...c.concept, phrases: [...c.concept.phrases] },
      added: c.added,
    });
    await finished;
  }
  async remove(id: string): Promise<void> {
    const tx = this.db.transaction(CONCEPTS, 'readwrite');
    const finished = done(tx);
    tx.objectStore(CONCEPTS).delete(id);
    await finished;
  }
}

function isStoredConcept(v: unknown): v is StoredConcept {
  const c = v as StoredConcept | null;
  return (
    c !== null &&
    typeof c === 'object' &&
    typeof c.added === 'string' &&
    typeof c.concept?.id === 'string' &&
    typeof c.concept.label === 'string' &&
    typeof c.concept.theme === 'string' &&
    Array.isArray(c.concept.phrases) &&
    c.concept.phrases.every((p) => typeof p === 'string')
  );
}

export async function openIndexedDbStore(
  factory: IDBFactory,
  name: string = DATABASE,
): Promise<IndexedDbDocumentStore> {
  const open = factory.open(name, VERSION);
  open.onupgradeneeded = () => {
    if (!open.result.objectStoreNames.contains(STORE))
      open.result.createObjectStore(STORE, { keyPath: 'header.id' });
    if (!open.result.objectStoreNames.contains(CONCEPTS))
      open.result.createObjectStore(CONCEPTS, { keyPath: 'concept.id' });
  };
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error ?? new Error('IndexedDB could not be opened'));
    open.onblocked = () => reject(new Error('IndexedDB is blocked by another tab of this app'));
  });
  return new IndexedDbDocumentStore(db);
}

/** IndexedDB when it opens; else memory, with the reason, so that the app can say what is lost. */
export async function openDocumentStore(
  factory: IDBFactory | undefined,
): Promise<{ store: DocumentStore; concepts: ConceptStore; problem: string | null }> {
  if (!factory)
    return {
      store: new MemoryDocumentStore(),
      concepts: new MemoryConceptStore(),
      problem: 'this browser has no IndexedDB',
    };
  try {
    const store = await openIndexedDbStore(factory);
    return { store, concepts: new IndexedDbConceptStore(store.database), problem: null };
  } catch (e) {
    return {
      store: new MemoryDocumentStore(),
      concepts: new MemoryConceptStore(),
      problem: `IndexedDB could not be opened (${e instanceof Error ? e.message : String(e)})`,
    };
  }
}

function isStoredDocument(v: unknown): v is StoredDocument {
  const d = v as StoredDocument | null;
  return (
    d !== null &&
    typeof d === 'object' &&
    typeof d.text === 'string' &&
    typeof d.added === 'string' &&
    typeof d.header?.id === 'string' &&
    typeof d.header.title === 'string' &&
    typeof d.header.year === 'number'
  );
}
