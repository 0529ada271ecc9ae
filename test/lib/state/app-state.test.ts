// The app state with the reader's own documents, on a fake window (no browser): the project's
// corpus shows first, stored documents join after, a link to one of them is held until they have,
// and what was said about a bad link survives the corpus changing under it.

import { describe, expect, it, vi } from 'vitest';
import type { Corpus } from '../../../src/lib/corpus/types.ts';
import { MemoryDocumentStore } from '../../../src/lib/documents/store.ts';
import { AppState } from '../../../src/lib/state/app-state.svelte.ts';
import { mainThreadServices } from '../../support/main-thread-services.ts';
import { miniCorpus } from '../../support/mini-corpus.ts';
import { storedDocument } from '../../support/stored-document.ts';

function fakeWindow(corpus: Corpus, hash: string) {
  const location = { hash };
  return {
    location,
    history: {
      replaceState: (_s: unknown, _t: string, h: string) => (location.hash = h),
      pushState: (_s: unknown, _t: string, h: string) => (location.hash = h),
    },
    fetch: async () => new Response(JSON.stringify(corpus)),
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
  } as unknown as Window;
}

/** A store whose documents are read only when `release` is called. */
function slowStore(docs = [storedDocument('own-speech', 'We support data flow. Second one.')]) {
  const store = new MemoryDocumentStore(docs);
  let release: () => void = () => undefined;
  const gate = new Promise<void>((r) => (release = r));
  const list = store.list.bind(store);
  store.list = async () => {
    await gate;
    return list();
  };
  return { store, release: () => release() };
}

/** Until the stored documents have been read (and joined). */
const settled = (app: AppState) => vi.waitFor(() => expect(app.userStatus).toBe('ready'));

describe('AppState with the reader’s documents', () => {
  it('shows the project corpus first, then lets the stored documents join', async () => {
    const { store, release } = slowStore();
    const app = new AppState(fakeWindow(miniCorpus(), '#/read'), 'corpus.json', {
      ...mainThreadServices,
      documents: async () => ({ store, problem: null }),
    });
    await app.load();
    expect(app.status).toBe('ready');
    expect(app.userStatus).toBe('pending');
    expect(app.index!.documentById.has('own-speech')).toBe(false);
    release();
    await settled(app);
    expect(app.userStatus).toBe('ready');
    expect(app.index!.documentById.get('own-speech')?.origin).toBe('user');
    expect(app.userDocuments.map((d) => d.header.id)).toEqual(['own-speech']);
  });

  it('holds a link to a stored document until it has joined, then opens it', async () => {
    const { store, release } = slowStore();
    const win = fakeWindow(miniCorpus(), '#/read?doc=own-speech&s=p1.s2');
    const app = new AppState(win, 'corpus.json', {
      ...mainThreadServices,
      documents: async () => ({ store, problem: null }),
    });
    await app.load();
    expect(app.waitingForDocuments).toBe(true);
    expect(app.problems).toEqual([]);
    expect(win.location.hash).toBe('#/read?doc=own-speech&s=p1.s2');
    release();
    await settled(app);
    expect(app.waitingForDocuments).toBe(false);
    expect([app.url.doc, app.url.s]).toEqual(['own-speech', 'p1.s2']);
    expect(app.problems).toEqual([]);
  });

  it('says so when the held document is not there after all', async () => {
    const { store, release } = slowStore([]);
    const win = fakeWindow(miniCorpus(), '#/read?doc=gone');
    const app = new AppState(win, 'corpus.json', {
      ...mainThreadServices,
      documents: async () => ({ store, problem: null }),
    });
    await app.load();
    release();
    await settled(app);
    expect(app.problems.map((p) => p.param)).toEqual(['doc']);
    expect(win.location.hash).toBe('#/read');
  });

  it('keeps the note about a bad link when the stored documents join', async () => {
    const { store, release } = slowStore();
    const win = fakeWindow(miniCorpus(), '#/graph?year=1999');
    const app = new AppState(win, 'corpus.json', {
      ...mainThreadServices,
      documents: async () => ({ store, problem: null }),
    });
    await app.load();
    expect(app.problems.map((p) => p.param)).toEqual(['year']);
    expect(win.location.hash).toBe('#/graph');
    release();
    await settled(app);
    expect(app.index!.documentById.has('own-speech')).toBe(true);
    expect(app.problems.map((p) => p.param)).toEqual(['year']);
  });

  it('says why documents will not last when only a memory store could be opened', async () => {
    const app = new AppState(fakeWindow(miniCorpus(), '#/read'), 'corpus.json', {
      ...mainThreadServices,
      documents: async () => ({
        store: new MemoryDocumentStore(),
        problem: 'IndexedDB could not be opened (blocked)',
      }),
    });
    await app.load();
    await settled(app);
    expect(app.userPersistence).toBe('session');
    expect(app.userProblem).toBe(
      'IndexedDB could not be opened (blocked): documents you add last only until this page is closed',
    );
  });
});

describe('AppState where nothing of the reader’s is kept', () => {
  it('opens no store at load, then opens it once with the first document added', async () => {
    const store = new MemoryDocumentStore();
    let opened = 0;
    const win = fakeWindow(miniCorpus(), '#/read?doc=own-speech');
    const app = new AppState(win, 'corpus.json', {
      ...mainThreadServices,
      mayHaveStored: async () => false,
      documents: async () => {
        opened++;
        return { store, problem: null };
      },
    });
    await app.load();
    await settled(app);
    expect(opened).toBe(0);
    expect(app.userPersistence).toBe('persistent');
    // Nothing can be waiting: a link to a document of the reader's own is not held.
    expect(app.waitingForDocuments).toBe(false);
    expect(app.problems.map((p) => p.param)).toEqual(['doc']);

    await Promise.all([
      app.addUserDocument(storedDocument('own-speech', 'We support data flow.')),
      app.addUserDocument(storedDocument('other-speech', 'Capacity building matters.')),
    ]);
    expect(opened).toBe(1);
    expect((await store.list()).map((d) => d.header.id).sort()).toEqual([
      'other-speech',
      'own-speech',
    ]);
    expect(app.index!.documentById.get('own-speech')?.origin).toBe('user');
  });

  it('reads the store at load when it may hold something', async () => {
    const store = new MemoryDocumentStore([storedDocument('own-speech', 'We support data flow.')]);
    const app = new AppState(fakeWindow(miniCorpus(), '#/read'), 'corpus.json', {
      ...mainThreadServices,
      mayHaveStored: async () => true,
      documents: async () => ({ store, problem: null }),
    });
    await app.load();
    await settled(app);
    expect(app.index!.documentById.get('own-speech')?.origin).toBe('user');
  });
});
