// The IndexedDB adapter against fake-indexeddb (an in-memory IndexedDB for Node): documents are
// kept across a reopening, and a failed write leaves the stored documents as they were.

import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { openDocumentStore, openIndexedDbStore } from '../../src/browser/indexeddb-store.ts';
import type { StoredDocument } from '../../src/lib/documents/store.ts';
import { storedDocument } from '../support/stored-document.ts';

const doc = (id: string, added: string, text = 'Data flow.'): StoredDocument =>
  storedDocument(id, text, { title: `Title ${id}`, year: 2023, date: '2023-11-09' }, added);

describe('IndexedDbDocumentStore', () => {
  it('keeps documents across a reopening, oldest first, and removes them', async () => {
    const factory = new IDBFactory();
    const store = await openIndexedDbStore(factory);
    await store.put(doc('later', '2025-02-01T00:00:00.000Z'));
    await store.put(doc('earlier', '2025-01-01T00:00:00.000Z'));
    store.close();

    const again = await openIndexedDbStore(factory);
    expect((await again.list()).map((d) => d.header.id)).toEqual(['earlier', 'later']);
    expect((await again.list())[0]).toEqual(doc('earlier', '2025-01-01T00:00:00.000Z'));
    await again.remove('earlier');
    expect((await again.list()).map((d) => d.header.id)).toEqual(['later']);
    // Putting the same id replaces it.
    await again.put(doc('later', '2025-02-01T00:00:00.000Z', 'New text.'));
    expect((await again.list()).map((d) => d.text)).toEqual(['New text.']);
  });

  it('rejects a write that fails and leaves what was stored as it was', async () => {
    const store = await openIndexedDbStore(new IDBFactory());
    await store.put(doc('kept', '2025-01-01T00:00:00.000Z'));
    // A value IndexedDB cannot store (a function) makes the write fail inside its transaction.
    const bad = doc('bad', '2025-01-02T00:00:00.000Z');
    (bad.header as unknown as Record<string, unknown>)['oops'] = () => 1;
    await expect(store.put(bad)).rejects.toThrow();
    expect((await store.list()).map((d) => d.header.id)).toEqual(['kept']);
  });

  it('falls back to memory, and says why, when there is no IndexedDB', async () => {
    const opened = await openDocumentStore(undefined);
    expect(opened.store.persistence).toBe('session');
    expect(opened.problem).toBe('this browser has no IndexedDB');
    const ok = await openDocumentStore(new IDBFactory());
    expect([ok.store.persistence, ok.problem]).toEqual(['persistent', null]);
  });
});
