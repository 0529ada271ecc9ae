// Where the reader's own concepts are kept (user-concepts.ts makes them): a small interface, so
// that the app keeps them in IndexedDB (src/browser/indexeddb-store.ts) and tests in memory.

import type { Concept } from '../corpus/types.ts';

export interface StoredConcept {
  concept: Concept & { origin: 'user' };
  /** When it was made (ISO date and time): user concepts are listed in that order. */
  added: string;
}

/** Where the reader's concepts are kept: IndexedDB in the app, memory in tests. */
export interface ConceptStore {
  list(): Promise<StoredConcept[]>;
  /** Adds a concept, or replaces the reader's concept with the same id. */
  put(concept: StoredConcept): Promise<void>;
  remove(id: string): Promise<void>;
}

const byAdded = (a: StoredConcept, b: StoredConcept): number =>
  a.added < b.added ? -1 : a.added > b.added ? 1 : a.concept.id < b.concept.id ? -1 : 1;

const copy = (c: StoredConcept): StoredConcept => ({
  concept: { ...c.concept, phrases: [...c.concept.phrases] },
  added: c.added,
});

export function sortConcepts(list: StoredConcept[]): StoredConcept[] {
  return list.sort(byAdded);
}

export class MemoryConceptStore implements ConceptStore {
  private readonly items = new Map<string, StoredConcept>();
  constructor(initial: readonly StoredConcept[] = []) {
    for (const c of initial) this.items.set(c.concept.id, copy(c));
  }
  async list(): Promise<StoredConcept[]> {
    return sortConcepts([...this.items.values()].map(copy));
  }
  async put(c: StoredConcept): Promise<void> {
    this.items.set(c.concept.id, copy(c));
  }
  async remove(id: string): Promise<void> {
    this.items.delete(id);
  }
}
