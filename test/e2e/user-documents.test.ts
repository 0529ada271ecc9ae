// A reader's own documents in a real browser: added by pasting, tagged, shown everywhere, kept in
// IndexedDB across a reload, exported, removed; bad input gives clear messages; markup in a text
// is shown as text and never runs. (The graph view is built on another branch: its data is the
// corpus that the footer summarises and the reader shows, which is what these tests check.)

import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { parseSourceFile } from '../../src/lib/corpus/source-file.ts';
import type { Corpus } from '../../src/lib/corpus/types.ts';
import { goToHash, useBrowser } from './browser.ts';

const { open } = useBrowser();
const corpus = JSON.parse(readFileSync('public/data/corpus.json', 'utf8')) as Corpus;
const baseSentences = corpus.documents.reduce((n, d) => n + d.sentences.length, 0);

// Written for this test: three paragraphs, four sentences, phrases from the codebook in two of them.
const TEXT = [
  'The participants discussed cross-border data flow and capacity building.',
  'They agreed to strengthen AI governance. A second sentence follows here.',
  'A closing line that names no concept at all.',
].join('\n');
const TITLE = 'Browser test statement';
const ID = 'browser-test-statement';

async function addDocument(
  page: Page,
  fields: { text: string; title: string; year: string },
): Promise<void> {
  await page.getByLabel('Text', { exact: true }).fill(fields.text);
  await page.getByLabel('Title').fill(fields.title);
  await page.getByLabel('Forum year').fill(fields.year);
  await page.getByRole('button', { name: 'Add to the corpus' }).click();
}

async function dropFile(page: Page, name: string, bytes: number[]): Promise<void> {
  const dataTransfer = await page.evaluateHandle(
    ({ name, bytes }) => {
      const dt = new DataTransfer();
      dt.items.add(new File([new Uint8Array(bytes)], name));
      return dt;
    },
    { name, bytes },
  );
  await page.dispatchEvent('[data-drop-zone]', 'drop', { dataTransfer });
}

// The live app's footer: after a reload the page built into index.html, hidden, may still be there
// until an idle moment.
const footer = async (page: Page) =>
  ((await page.locator('[data-live] footer').textContent()) ?? '').replace(/\s+/g, ' ');

describe('the reader’s own documents', () => {
  it('adds a pasted text, shows it everywhere, keeps it across a reload, exports and removes it', async () => {
    const { page, errors, foreignRequests } = await open('#/read?panel=add');
    await addDocument(page, { text: TEXT, title: TITLE, year: '2023' });
    const done = page.getByRole('status').filter({ hasText: `Added “${TITLE}” (2023)` });
    await done.waitFor();
    expect((await done.textContent())?.replace(/\s+/g, ' ')).toMatch(
      /4 sentences, 3 mentions of 3 concepts; tagged in \d+(\.\d)? m?s\./,
    );
    // The corpus behind every view now has 2023 as a full text added by the reader.
    expect(await footer(page)).toContain('2023: full text (added by you)');
    expect(await footer(page)).toContain(`${baseSentences + 4} sentences`);

    await page.reload();
    await page.waitForFunction(() =>
      document.querySelector('[data-live] footer')?.textContent?.includes('added by you'),
    );
    expect(await footer(page)).toContain(`${baseSentences + 4} sentences`);

    // A link to one of its sentences opens it once the stored documents have joined.
    await goToHash(page, `#/read?doc=${ID}&s=p2.s2`);
    await page.waitForSelector('[data-sentence="p2.s2"].selected');
    expect(await page.locator('main header.card').textContent()).toContain('Added by you');
    expect(await page.locator('[data-sentence="p2.s2"]').textContent()).toBe(
      'A second sentence follows here.',
    );
    expect(await page.locator('main article .m').allTextContents()).toEqual([
      'cross-border data flow',
      'capacity building',
      'AI governance',
    ]);
    expect(await page.getByRole('status').filter({ hasText: 'not understood' }).count()).toBe(0);

    // Search finds it, under its year.
    await page.getByRole('searchbox', { name: 'Search all texts' }).fill('capacity building');
    const results = page.getByRole('region', { name: /Search: “capacity building”/ });
    await results.getByRole('heading', { name: '2023' }).waitFor();
    expect((await results.textContent())?.replace(/\s+/g, ' ')).toContain(
      `${TITLE} (added by you)`,
    );

    // Export: a data/sources file that the build's parser reads.
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: `Download “${TITLE}” as a .txt file` }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe(`${ID}.txt`);
    const file = readFileSync((await download.path())!, 'utf8');
    const parsed = parseSourceFile({ path: `${ID}.txt`, content: file });
    expect([parsed.header.title, parsed.header.year, parsed.text]).toEqual([TITLE, 2023, TEXT]);

    // Remove: gone now and after a reload.
    await page.getByRole('button', { name: `Remove “${TITLE}”` }).click();
    await page
      .getByRole('group', { name: `Remove “${TITLE}”?` })
      .getByRole('button', { name: 'Remove' })
      .click();
    await page.waitForFunction(
      () => !document.querySelector('[data-live] footer')?.textContent?.includes('added by you'),
    );
    await page.goto(page.url().replace(/#.*$/, '#/read?panel=add'));
    await page.reload();
    // The form is enabled once the stored documents have been read.
    await page.waitForSelector('button[type="submit"]:not([disabled])');
    expect(await footer(page)).not.toContain('added by you');
    expect(await footer(page)).toContain(`${baseSentences} sentences`);
    expect(errors).toEqual([]);
    expect(foreignRequests).toEqual([]);
    await page.context().close();
  });

  it('makes no store on a first visit, nor fetches its code, until a document is added', async () => {
    const scripts: string[] = [];
    const { page, errors } = await open('#/read?panel=add', {
      beforeLoad: async (p) => p.on('request', (r) => scripts.push(r.url())),
    });
    const databases = () =>
      page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name));
    // The form is enabled once the app knows what is kept: here, nothing.
    await page.waitForSelector('button[type="submit"]:not([disabled])');
    expect(await page.locator('main').textContent()).toContain(
      'It stays in this browser (IndexedDB) until you remove it',
    );
    expect(scripts.filter((u) => /indexeddb-store/.test(u))).toEqual([]);
    expect(await databases()).toEqual([]);

    await addDocument(page, { text: TEXT, title: TITLE, year: '2023' });
    await page
      .getByRole('status')
      .filter({ hasText: `Added “${TITLE}” (2023)` })
      .waitFor();
    expect(scripts.filter((u) => /indexeddb-store/.test(u))).toHaveLength(1);
    expect(await databases()).toEqual(['gdi-explorer']);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('tags on the page, with the worker’s own script, where no worker can start', async () => {
    const scripts: string[] = [];
    const { page, errors } = await open('#/read?panel=add', {
      beforeLoad: async (p) => {
        p.on('request', (r) => void (r.resourceType() === 'script' && scripts.push(r.url())));
        // As in a browser that starts no worker: the worker client runs the same code on the page.
        await p.addInitScript(() => {
          (window as unknown as { Worker?: unknown }).Worker = undefined;
        });
      },
    });
    await addDocument(page, { text: TEXT, title: TITLE, year: '2023' });
    await page
      .getByRole('status')
      .filter({ hasText: `Added “${TITLE}” (2023)` })
      .waitFor();
    expect(await footer(page)).toContain(`${baseSentences + 4} sentences`);
    // The code came from the worker's script, imported by the page: the build has no second copy.
    expect(scripts.filter((u) => /\/corpus\.worker-[\w-]+\.js$/.test(u))).toHaveLength(1);
    expect(errors).toEqual([]);
  });

  it('refuses a dropped binary file with a message naming the file, and keeps what was typed', async () => {
    // A year known only from its record offers to add its text, with the year filled in.
    const { page } = await open('#/read');
    await page.getByRole('link', { name: 'Add the text of 2023' }).click();
    await page.waitForFunction(() => location.hash.includes('panel=add'));
    expect(await page.getByLabel('Forum year').inputValue()).toBe('2023');
    await page.getByLabel('Title').fill('Kept title');
    await dropFile(page, 'photo.png', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0]);
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain(
      'photo.png:1: not valid UTF-8 text (first bad byte at offset 0)',
    );
    expect(await page.getByLabel('Title').inputValue()).toBe('Kept title');
    // A dropped text file fills the form.
    await dropFile(page, 'notes.md', [
      ...new TextEncoder().encode('# Notes on data security\n\nText.'),
    ]);
    await page.getByText('From notes.md').waitFor();
    expect(await page.getByRole('alert').count()).toBe(0);
    await page.context().close();
  });

  it('says what is wrong with empty text, a duplicate title, and accepts a text with no concept', async () => {
    const { page } = await open('#/read?panel=add');
    await addDocument(page, { text: '   ', title: corpus.documents[0]!.title, year: '20x4' });
    const alert = page.getByRole('alert');
    await alert.waitFor();
    const text = (await alert.textContent())!;
    expect(text).toContain('Text: there is no text.');
    expect(text).toContain('is already the title of a document (2024, one of the project’s texts)');
    expect(text).toContain('Year: “20x4” is not a four-digit year');
    expect(await page.getByLabel('Forum year').getAttribute('aria-invalid')).toBe('true');

    await addDocument(page, {
      text: 'Nothing from the codebook is here.',
      title: 'Plain',
      year: '2025',
    });
    const done = page.getByRole('status').filter({ hasText: 'Added “Plain” (2025)' });
    await done.waitFor();
    expect(await done.textContent()).toContain('No phrase of the codebook occurs in it');
    expect(await footer(page)).toContain('2025: full text (added by you)');
    await page.context().close();
  });

  it('shows markup in a document as text and runs nothing', async () => {
    const { page, errors } = await open('#/read?panel=add');
    const hostile =
      'We support data flow <img src=x onerror="window.__pwned=1"> today.\n<script>window.__pwned=2</script> And <b>bold</b> words.';
    await addDocument(page, { text: hostile, title: 'Markup <i>test</i>', year: '2023' });
    const done = page.getByRole('status').filter({ hasText: 'Added “Markup <i>test</i>” (2023)' });
    await done.waitFor();
    expect(await done.textContent()).toContain('The text contains HTML markup');
    await done.getByRole('link', { name: 'Read it' }).click();
    await page.waitForSelector('main article [data-sentence]');
    expect(await page.locator('main article').textContent()).toContain(
      '<img src=x onerror="window.__pwned=1">',
    );
    expect(await page.locator('main h2').first().textContent()).toBe('Markup <i>test</i>');
    expect(await page.locator('main img, main script, main b, main i').count()).toBe(0);
    expect(
      await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned),
    ).toBeUndefined();
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('opens a long document at a sentence deep inside it, and draws the whole text for printing', async () => {
    const { page, errors } = await open('#/read?panel=add');
    // 600 paragraphs written for this test; paragraph 500 says something distinctive.
    const paragraphs = Array.from({ length: 600 }, (_, i) =>
      i === 499
        ? 'Paragraph five hundred is about capacity building. Its second sentence is here.'
        : `Paragraph ${i + 1} speaks of cooperation. It has two sentences.`,
    );
    await addDocument(page, { text: paragraphs.join('\n'), title: 'Long test text', year: '2023' });
    await page.getByRole('status').filter({ hasText: 'Added “Long test text”' }).waitFor();
    await goToHash(page, '#/read?doc=long-test-text&s=p500.s2');
    const target = '[data-sentence="p500.s2"]';
    await page.waitForSelector(`${target}.selected`);
    await page.waitForFunction((sel) => {
      const r = document.querySelector(sel)!.getBoundingClientRect();
      return r.top >= 0 && r.bottom <= window.innerHeight;
    }, target);
    expect(await page.locator(target).textContent()).toBe('Its second sentence is here.');
    // The chunks above are drawn afterwards; the sentence stays where the reader sees it.
    await page.waitForSelector('main article[aria-busy="false"]');
    const top = await page.evaluate(
      (sel) => document.querySelector(sel)!.getBoundingClientRect().top,
      target,
    );
    expect(top).toBeGreaterThanOrEqual(0);
    expect(top).toBeLessThan(800);
    await page.emulateMedia({ media: 'print' });
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    expect(await page.locator('main article [data-paragraph]').count()).toBe(600);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
