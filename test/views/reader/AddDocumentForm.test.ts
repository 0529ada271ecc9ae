import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useLanguage } from '../../../src/ui/i18n.svelte.ts';
import AddDocumentForm from '../../../src/views/reader/AddDocumentForm.svelte';
import { MemoryDocumentStore, type StoredDocument } from '../../../src/lib/documents/store.ts';
import { miniCorpus } from '../../support/mini-corpus.ts';
import { storedDocument } from '../../support/stored-document.ts';
import { testApp } from '../../support/test-app.ts';

class FullStore extends MemoryDocumentStore {
  override async put(_doc: StoredDocument): Promise<void> {
    throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  }
}

async function setUp(store: MemoryDocumentStore) {
  const app = await testApp(miniCorpus(), '#/read?panel=add', {
    documents: async () => ({ store, problem: null }),
  });
  await waitFor(() => expect(app.userStatus).toBe('ready'));
  render(AddDocumentForm, { app, readHref: (id: string) => `#/read?doc=${id}` });
  return app;
}

describe('AddDocumentForm', () => {
  it('adds a pasted document, says what it found, and the corpus has it', async () => {
    const store = new MemoryDocumentStore();
    const app = await setUp(store);
    await fireEvent.input(screen.getByLabelText('Text'), {
      target: { value: 'We support data flow.' },
    });
    await fireEvent.input(screen.getByLabelText('Title'), { target: { value: 'My note' } });
    await fireEvent.input(screen.getByLabelText('Forum year'), { target: { value: '2029' } });
    await fireEvent.click(screen.getByRole('button', { name: 'Add to the corpus' }));
    // The title is its own element (it carries the text's language).
    const done = await screen.findByText(
      (_, el) => el?.tagName === 'STRONG' && el.textContent === 'Added “My note” (2029).',
    );
    expect(done.querySelector('span')?.getAttribute('lang')).toBe('en');
    expect(done.closest('[role="status"]')?.textContent?.replace(/\s+/g, ' ')).toMatch(
      /1 sentence, 1 mention of 1 concept; tagged in \d+ ms\./,
    );
    expect(app.index!.documentById.get('my-note')?.origin).toBe('user');
    expect((await store.list()).map((d) => d.header.title)).toEqual(['My note']);
  });

  // The fields are plain values with input/change handlers (no bind:, whose runtime would be in
  // the entry script): what is typed, picked and ticked must still reach the stored header.
  it('keeps the date, source, kind and extent picked in the form', async () => {
    const store = new MemoryDocumentStore();
    await setUp(store);
    await fireEvent.input(screen.getByLabelText('Text'), { target: { value: 'Data flow.' } });
    await fireEvent.input(screen.getByLabelText('Title'), { target: { value: 'Notes' } });
    await fireEvent.input(screen.getByLabelText('Forum year'), { target: { value: '2029' } });
    await fireEvent.input(screen.getByLabelText(/^Date/), { target: { value: '2029-03-04' } });
    await fireEvent.input(screen.getByLabelText(/^Source URL/), {
      target: { value: 'https://example.org/notes' },
    });
    await fireEvent.change(screen.getByLabelText('Kind'), { target: { value: 'speech' } });
    const excerpt = screen.getByLabelText('Excerpt') as HTMLInputElement;
    await fireEvent.click(excerpt);
    expect(excerpt.checked).toBe(true);
    expect((screen.getByLabelText('Complete text') as HTMLInputElement).checked).toBe(false);
    await fireEvent.click(screen.getByRole('button', { name: 'Add to the corpus' }));
    await waitFor(async () => expect(await store.list()).toHaveLength(1));
    const [stored] = await store.list();
    expect(stored!.header).toMatchObject({
      title: 'Notes',
      year: 2029,
      date: '2029-03-04',
      source: 'https://example.org/notes',
      kind: 'speech',
      complete: false,
    });
  });

  it('keeps everything as it was when saving fails, and says so', async () => {
    const store = new FullStore([storedDocument('kept', 'Data security.', { title: 'Kept' })]);
    const app = await setUp(store);
    expect(app.index!.documentById.has('kept')).toBe(true);
    await fireEvent.input(screen.getByLabelText('Text'), {
      target: { value: 'We support data flow.' },
    });
    await fireEvent.input(screen.getByLabelText('Title'), { target: { value: 'Second' } });
    await fireEvent.input(screen.getByLabelText('Forum year'), { target: { value: '2029' } });
    await fireEvent.click(screen.getByRole('button', { name: 'Add to the corpus' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain(
      '“Second” could not be saved in this browser (QuotaExceededError: The quota has been exceeded.). Nothing was changed',
    );
    // Nothing lost: the stored document, the corpus, and what was typed.
    expect((await store.list()).map((d) => d.header.id)).toEqual(['kept']);
    expect(app.index!.documentById.has('kept')).toBe(true);
    expect(app.index!.documentById.has('second')).toBe(false);
    expect((screen.getByLabelText('Text') as HTMLTextAreaElement).value).toBe(
      'We support data flow.',
    );
    expect((screen.getByLabelText('Title') as HTMLInputElement).value).toBe('Second');
  });

  it('names each field that is wrong and marks it invalid', async () => {
    await setUp(new MemoryDocumentStore());
    await fireEvent.input(screen.getByLabelText('Forum year'), { target: { value: '99' } });
    await fireEvent.click(screen.getByRole('button', { name: 'Add to the corpus' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Text: there is no text.');
    expect(alert.textContent).toContain('Title: give the document a title.');
    expect(alert.textContent).toContain('Year: “99” is not a four-digit year');
    expect(screen.getByLabelText('Forum year').getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByLabelText('Title').getAttribute('aria-invalid')).toBe('true');
  });

  describe('in Chinese', () => {
    beforeEach(async () => {
      await useLanguage('zh');
    });
    afterEach(async () => {
      await useLanguage('en');
    });

    it('labels its fields and says what is wrong in Chinese', async () => {
      await setUp(new MemoryDocumentStore());
      expect(screen.getByRole('heading', { name: '添加文件' })).toBeTruthy();
      await fireEvent.input(screen.getByLabelText('论坛年份'), { target: { value: '99' } });
      await fireEvent.click(screen.getByRole('button', { name: '加入语料' }));
      const alert = await screen.findByRole('alert');
      expect(alert.textContent).toContain('未添加：3个问题');
      expect(alert.textContent).toContain('标题：请为文件填写标题。');
      expect(alert.textContent).toContain('年份：“99”不是四位数的年份（例如2023）。');
      expect(screen.getByLabelText('标题').getAttribute('aria-invalid')).toBe('true');
    });

    it('says in Chinese that saving failed and nothing changed', async () => {
      await setUp(new FullStore());
      await fireEvent.input(screen.getByLabelText('文本'), {
        target: { value: 'We support data flow.' },
      });
      await fireEvent.input(screen.getByLabelText('标题'), { target: { value: 'Second' } });
      await fireEvent.input(screen.getByLabelText('论坛年份'), { target: { value: '2029' } });
      await fireEvent.click(screen.getByRole('button', { name: '加入语料' }));
      const alert = await screen.findByRole('alert');
      expect(alert.textContent).toBe(
        '“Second”未能保存到本浏览器中（QuotaExceededError: The quota has been exceeded.）。没有任何改动：您的其他文件保持原样。',
      );
    });
  });
});
