// Whether the reader may have something kept, asked of IndexedDB without opening it: only a
// browser that lists its databases without ours surely keeps nothing.

import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { openIndexedDbStore } from '../../src/browser/indexeddb-store.ts';
import { mayHaveStoredData } from '../../src/browser/stored-data.ts';

describe('mayHaveStoredData', () => {
  it('is false before the store is made, and true once it is', async () => {
    const factory = new IDBFactory();
    expect(await mayHaveStoredData(factory)).toBe(false);
    // Asking made nothing.
    expect(await factory.databases()).toEqual([]);
    (await openIndexedDbStore(factory)).close();
    expect(await mayHaveStoredData(factory)).toBe(true);
  });

  it('ignores other databases of the same origin', async () => {
    const factory = new IDBFactory();
    (await openIndexedDbStore(factory, 'something-else')).close();
    expect(await mayHaveStoredData(factory)).toBe(false);
  });

  it('is true where the browser cannot say: no IndexedDB, no databases(), a refusal', async () => {
    expect(await mayHaveStoredData(undefined)).toBe(true);
    const noList = { open: () => undefined } as unknown as IDBFactory;
    expect(await mayHaveStoredData(noList)).toBe(true);
    const refusing = {
      databases: () => Promise.reject(new Error('SecurityError')),
    } as unknown as IDBFactory;
    expect(await mayHaveStoredData(refusing)).toBe(true);
  });
});
