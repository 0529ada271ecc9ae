import { describe, expect, it } from 'vitest';
import type { Corpus } from '../../../src/lib/corpus/types.ts';
import { enTr, zhTr } from '../../support/i18n.ts';
import {
  LibraryError,
  UserDocumentLibrary,
  type Tagger,
} from '../../../src/lib/documents/library.ts';
import {
  MemoryDocumentStore,
  type DocumentStore,
  type StoredDocument,
} from '../../../src/lib/documents/store.ts';
import { documentReport } from '../../../src/lib/documents/user-corpus.ts';
import { inlineTagger } from '../../support/main-thread-services.ts';
import { miniCorpus } from '../../support/mini-corpus.ts';
import { storedDocument } from '../../support/stored-document.ts';

const base = miniCorpus();

const doc = (id: string, text: string): StoredDocument =>
  storedDocument(id, text, {}, `2025-01-0${id.length % 9}T00:00:00.000Z`);

/** A store whose writes fail after `failAfter` successful ones (e.g. a full disk). */
class FailingStore implements DocumentStore {
  readonly persistence = 'persistent' as const;
  readonly inner = new MemoryDocumentStore();
  writes = 0;
  constructor(private readonly failAfter: number) {}
  list() {
    return this.inner.list();
  }
  async put(d: StoredDocument) {
    if (this.writes++ >= this.failAfter)
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    return this.inner.put(d);
  }
  async remove(id: string) {
    if (this.writes++ >= this.failAfter)
      throw new DOMException('The database connection is closing.', 'InvalidStateError');
    return this.inner.remove(id);
  }
}

const userIds = (c: Corpus) => c.documents.filter((d) => d.origin === 'user').map((d) => d.id);

describe('UserDocumentLibrary', () => {
  it('adds a document: tagged by the codebook, in the corpus as the user’s, and stored', async () => {
    const store = new MemoryDocumentStore();
    const library = new UserDocumentLibrary(store, inlineTagger);
    const state = await library.add(base, doc('speech', 'We support data flow and AI governance.'));
    expect(userIds(state.corpus)).toEqual(['speech']);
    expect(state.corpus.documents.find((d) => d.id === 'fixture-statement')?.origin).toBe(
      'project',
    );
    expect(
      state.corpus.mentions.filter((m) => m.doc === 'speech').map((m) => [m.ref, m.text]),
    ).toEqual([
      ['data-flow', 'data flow'],
      ['ai-governance', 'AI governance'],
    ]);
    expect((await store.list()).map((d) => d.header.id)).toEqual(['speech']);
    // 2029 was a record year; with a text it becomes a text year.
    expect(state.corpus.documents.some((d) => d.year === 2029)).toBe(true);
  });

  it('finds its documents again after a reload (a new library on the same store)', async () => {
    const store = new MemoryDocumentStore();
    await new UserDocumentLibrary(store, inlineTagger).add(
      base,
      doc('speech', 'We support data flow.'),
    );
    const reloaded = new UserDocumentLibrary(store, inlineTagger);
    const state = await reloaded.load(base);
    expect(userIds(state.corpus)).toEqual(['speech']);
    expect(reloaded.documents.map((d) => d.header.id)).toEqual(['speech']);
  });

  it('removes a document from the corpus and the store', async () => {
    const store = new MemoryDocumentStore([doc('a', 'Data flow.'), doc('bb', 'AI governance.')]);
    const library = new UserDocumentLibrary(store, inlineTagger);
    await library.load(base);
    const state = await library.remove(base, 'a');
    expect(userIds(state.corpus)).toEqual(['bb']);
    expect((await store.list()).map((d) => d.header.id)).toEqual(['bb']);
  });

  it('keeps the previous state when saving fails: store, documents and corpus unchanged', async () => {
    const store = new FailingStore(1);
    const library = new UserDocumentLibrary(store, inlineTagger);
    const first = await library.add(base, doc('a', 'Data flow.'));
    const failed = library.add(base, doc('bb', 'AI governance.'));
    await expect(failed).rejects.toThrow(LibraryError);
    await expect(failed).rejects.toMatchObject({ stage: 'save' });
    await expect(failed).rejects.toThrow(
      '“Title of bb” could not be saved in this browser (QuotaExceededError: The quota has been exceeded.). Nothing was changed: your other documents are as they were.',
    );
    // The same, said in Chinese; the browser's own reason is quoted as it came.
    const said = ((await failed.catch((e: unknown) => e)) as LibraryError).said;
    expect(zhTr.t(said.key, said.params)).toBe(
      '“Title of bb”未能保存到本浏览器中（QuotaExceededError: The quota has been exceeded.）。没有任何改动：您的其他文件保持原样。',
    );
    expect((await store.list()).map((d) => d.header.id)).toEqual(['a']);
    expect(library.documents.map((d) => d.header.id)).toEqual(['a']);
    expect(userIds(first.corpus)).toEqual(['a']);
    // A failed remove leaves the document in place too.
    await expect(library.remove(base, 'a')).rejects.toMatchObject({ stage: 'save' });
    expect((await store.list()).map((d) => d.header.id)).toEqual(['a']);
    expect(library.documents.map((d) => d.header.id)).toEqual(['a']);
  });

  it('writes nothing when tagging fails', async () => {
    const store = new MemoryDocumentStore();
    const broken: Tagger = async () => {
      throw new Error('worker crashed');
    };
    const library = new UserDocumentLibrary(store, broken);
    await expect(library.add(base, doc('a', 'Data flow.'))).rejects.toMatchObject({
      stage: 'tag',
      message: 'the texts could not be tagged (worker crashed). Nothing was changed.',
    });
    expect(await store.list()).toEqual([]);
    expect(library.documents).toEqual([]);
  });

  it('says when the store cannot be read', async () => {
    const unreadable: DocumentStore = {
      persistence: 'persistent',
      list: () => Promise.reject(new Error('blocked')),
      put: () => Promise.resolve(),
      remove: () => Promise.resolve(),
    };
    await expect(
      new UserDocumentLibrary(unreadable, inlineTagger).load(base),
    ).rejects.toMatchObject({
      stage: 'read',
      message: 'your documents could not be read from this browser (blocked)',
    });
  });

  it('accepts a text that matches no concept, and reports it as such', async () => {
    const state = await new UserDocumentLibrary(new MemoryDocumentStore(), inlineTagger).add(
      base,
      doc('plain', 'Nothing here is in the codebook. Nor here.'),
    );
    expect(documentReport(state.corpus, 'plain')).toEqual({
      words: 8,
      sentences: 2,
      mentions: 0,
      concepts: 0,
      unmatched: 2,
    });
  });

  it('hides a stored document that a project text now supersedes, without deleting it', async () => {
    const same = doc('fixture-statement', 'Data flow.');
    const store = new MemoryDocumentStore([same, doc('own', 'Data security.')]);
    const state = await new UserDocumentLibrary(store, inlineTagger).load(base);
    expect(userIds(state.corpus)).toEqual(['own']);
    expect(state.hidden.map((h) => h.doc.header.id)).toEqual(['fixture-statement']);
    const reason = state.hidden[0]!.reason;
    expect(enTr.t(reason.key, reason.params)).toBe(
      'the project’s texts now include “Fixture statement” (2030) with the same id, so your copy is not shown; export or remove it',
    );
    expect(zhTr.t(reason.key, reason.params)).toBe(
      '本项目的文本现已包含ID相同的“Fixture statement”（2030年），因此不显示您的副本；请导出或删除它',
    );
    expect((await store.list()).length).toBe(2);
  });

  it('makes one change at a time, in the order asked', async () => {
    const library = new UserDocumentLibrary(new MemoryDocumentStore(), inlineTagger);
    const [, second] = await Promise.all([
      library.add(base, doc('a', 'Data flow.')),
      library.add(base, doc('bb', 'AI governance.')),
    ]);
    expect(userIds(second.corpus).sort()).toEqual(['a', 'bb']);
  });
});
