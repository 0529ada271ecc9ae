// Beyond the codebook, the whole path in a real browser: a later forum's text (a fixture written
// for this test, test/fixtures/added/later-forum-2026.txt) is added; Compare lists its wording that
// the codebook does not cover and 2024 does not use, each term opening its sentences; the reader
// marks the terms; a concept made from a term appears in the reader, the comparison and the graph,
// survives a reload, and its codebook is exported and re-imported identically in a fresh browser.
//
// Expected terms and counts worked out by hand from the fixture: it says "big data" (2), "network
// coverage" (2), "protectionism" (2) and "unilateralism" (1), none of them said in 2024 nor a
// phrase of the codebook; its only codebook concepts (digital cooperation, capacity building) are
// both said in 2024, so no concept of the codebook is new. 17 terms are new in all (the 2026
// text's every term: 2024 says none of them); making "network coverage" a concept takes it and
// the two longer terms that contain it ("back network coverage", "Wider network coverage").

import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { goToHash, useBrowser } from './browser.ts';

const { open } = useBrowser();
const TEXT = readFileSync('test/fixtures/added/later-forum-2026.txt', 'utf8');
const TITLE = 'Later forum fixture';
const ID = 'later-forum-fixture';
const shots = process.env['TERMS_SCREENSHOTS'];

const squash = (s: string | null): string => (s ?? '').replace(/\s+/g, ' ').trim();

async function shoot(page: Page, name: string): Promise<void> {
  if (shots) await page.screenshot({ path: `screenshots/${name}.png`, fullPage: true });
}

describe('beyond the codebook', () => {
  it('shows a later text’s new wording, makes a concept of a term, keeps and shares it', async () => {
    const { page, errors, foreignRequests } = await open('#/read?panel=add');
    await page.getByLabel('Text', { exact: true }).fill(TEXT);
    await page.getByLabel('Title').fill(TITLE);
    await page.getByLabel('Forum year').fill('2026');
    await page.getByRole('button', { name: 'Add to the corpus' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `Added “${TITLE}” (2026)` })
      .waitFor();

    // Compare: the counts say what they count; the new wording lists the fixture's own words.
    await goToHash(page, '#/compare?a=2024&b=2026');
    const headline = page.getByTestId('wording-headline');
    await headline.waitFor();
    expect(squash(await headline.textContent())).toMatch(
      /^New concepts of the codebook: 0; new terms outside it: 17\./,
    );
    const added = page.locator('section[aria-labelledby="wording-added"]');
    expect(squash(await added.getByRole('heading').textContent())).toBe('New wording in 2026 (17)');
    // The first 15 are shown, the rest on request.
    await added.getByRole('button', { name: 'Show all 17' }).click();
    const chips = (await added.locator('button.term > span:first-child').allTextContents()).map(
      squash,
    );
    expect(chips.slice(0, 3)).toEqual(['Big data', 'network coverage', 'protectionism']);
    expect(chips).toContain('unilateralism');
    expect(
      squash(
        await page.getByRole('heading', { name: /^Only in 2026: new concepts/ }).textContent(),
      ),
    ).toBe('Only in 2026: new concepts (0)');
    // A term opens its sentences, its words marked.
    await added.getByRole('button', { name: /^network coverage\W+said 2 times/ }).click();
    const evidence = page.getByRole('region', { name: 'Evidence' });
    await evidence
      .getByRole('heading', { name: '“network coverage” (not in the codebook)' })
      .waitFor();
    expect(await evidence.locator('mark').allTextContents()).toEqual([
      'network coverage',
      'network coverage',
    ]);
    expect(squash(await evidence.locator('p.count').textContent())).toBe('2 sentences in 1 text');
    // The term can be made a concept from here too (made below, from the reader).
    await evidence
      .getByRole('button', { name: 'Make a concept from “network coverage”' })
      .waitFor();
    await shoot(page, 'terms-compare-desktop');

    // Reader: terms marked on request; the sentences that match no concept are listed (4 of 6:
    // only the first says "digital cooperation" and the fifth "capacity building").
    await goToHash(page, `#/read?doc=${ID}`);
    await page.getByRole('heading', { name: 'Beyond the codebook' }).waitFor();
    await page.getByRole('link', { name: 'network coverage' }).first().waitFor();
    expect(await page.locator('[data-term]').count()).toBe(0);
    await page.getByLabel('Mark terms outside the codebook').check();
    await page.waitForSelector('[data-term="network coverage"]');
    expect(await page.locator('[data-term="network coverage"]').allTextContents()).toEqual([
      'network coverage',
      'network coverage',
    ]);
    expect(await page.locator('[data-term="big data"]').allTextContents()).toEqual([
      'Big data',
      'big data',
    ]);
    const unmatched = page.getByRole('button', { name: 'Sentences that match no concept (4)' });
    await unmatched.click();
    expect(await unmatched.getAttribute('aria-expanded')).toBe('true');
    expect(await page.locator('.unmatched li').allTextContents()).toEqual([
      'They warned that unilateralism and protectionism were holding back network coverage in poorer regions.',
      'Big data platforms should serve public purposes, and big data skills should reach small firms.',
      'Wider network coverage was called the first step towards inclusion.',
      'Protectionism was named as a risk to open markets.',
    ]);
    await shoot(page, 'terms-reader-desktop');

    // Make a concept from the term.
    await page.getByRole('button', { name: 'Make a concept from “network coverage”' }).click();
    const dialog = page.getByRole('dialog', { name: 'Make a concept' });
    expect(await dialog.getByLabel('Label').inputValue()).toBe('network coverage');
    expect(await dialog.getByLabel('Phrases (one a line)').inputValue()).toBe('network coverage');
    await dialog.getByRole('button', { name: 'Make the concept' }).click();
    // Nothing is saved while a field is missing; the message names it.
    await dialog.getByRole('alert').filter({ hasText: 'Theme: choose one of' }).waitFor();
    await dialog.getByLabel('Theme').selectOption({ label: 'Digital infrastructure' });
    await dialog
      .getByLabel('Definition (one line)')
      .fill('How far networks reach people and places.');
    await dialog.getByRole('button', { name: 'Make the concept' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: 'Made your concept “network coverage”: 2 mentions in the texts.' })
      .waitFor();
    expect(await page.locator('main article .m').allTextContents()).toContain(
      'Wider network coverage'.slice(6),
    );
    expect(await page.locator('[data-term="network coverage"]').count()).toBe(0);

    // It is there after a reload, in the comparison (marked as the reader's) and in the graph.
    await page.reload();
    await page.getByRole('heading', { name: 'Your concepts (1)' }).waitFor();
    await goToHash(page, '#/compare?a=2024&b=2026');
    await page.getByRole('heading', { name: 'Only in 2026: new concepts (1)' }).waitFor();
    expect(squash(await page.getByTestId('wording-headline').textContent())).toMatch(
      /^New concepts of the codebook: 1; new terms outside it: 14\./,
    );
    await page.getByRole('button', { name: /^network coverage \(yours\)/ }).waitFor();
    await goToHash(page, '#/graph?focus=network-coverage');
    const panel = page.getByRole('region', { name: 'Evidence' });
    await panel.getByText('Your own concept, kept in this browser').waitFor();
    expect(await panel.getByRole('heading', { level: 2 }).first().textContent()).toBe(
      'network coverage',
    );
    await shoot(page, 'terms-graph-desktop');

    // Exported, then imported in a fresh browser: the same codebook comes back.
    await goToHash(page, `#/read?doc=${ID}`);
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download the codebook (JSON)' }).click();
    const exported = readFileSync((await (await downloading).path())!, 'utf8');
    const file = JSON.parse(exported) as { concepts: { id: string; phrases: string[] }[] };
    expect(file.concepts.at(-1)).toEqual({
      id: 'network-coverage',
      theme: 'digital-infrastructure',
      label: 'network coverage',
      definition: 'How far networks reach people and places.',
      phrases: ['network coverage'],
    });
    expect(errors).toEqual([]);
    expect(foreignRequests).toEqual([]);
    await page.context().close();

    const fresh = await open('#/read');
    await fresh.page.getByRole('heading', { name: 'Your concepts (0)' }).waitFor();
    await fresh.page.getByLabel('Import a codebook').setInputFiles({
      name: 'codebook.json',
      mimeType: 'application/json',
      buffer: Buffer.from(exported),
    });
    await fresh.page
      .getByRole('status')
      .filter({
        hasText: /^Imported codebook\.json: 1 new concept, \d+ already here, 0 left out\.$/,
      })
      .waitFor();
    await fresh.page.getByRole('heading', { name: 'Your concepts (1)' }).waitFor();
    const again = fresh.page.waitForEvent('download');
    await fresh.page.getByRole('button', { name: 'Download the codebook (JSON)' }).click();
    expect(readFileSync((await (await again).path())!, 'utf8')).toBe(exported);
    // The same file again changes nothing; a file that breaks the schema names its line.
    await fresh.page.getByLabel('Import a codebook').setInputFiles({
      name: 'broken.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{\n  "version": "1.0.0",\n  "themes": []\n}\n'),
    });
    const alert = fresh.page.getByRole('alert');
    await alert.waitFor();
    expect(squash(await alert.textContent())).toContain(
      'broken.json:3: codebook: at least one theme is needed',
    );
    expect(fresh.errors).toEqual([]);
    await fresh.page.context().close();
  });

  it('makes a concept from words selected in the reader, and asks for a selection first', async () => {
    const { page, errors } = await open('#/read');
    await page.getByRole('heading', { name: 'Beyond the codebook' }).waitFor();
    const button = page.getByRole('button', { name: 'Make a concept from selected words' });
    await button.click();
    await page
      .getByRole('status')
      .filter({ hasText: 'Select a few words in the text first' })
      .waitFor();
    // Select "two consecutive years" in the 2024 text (paragraph 2).
    await page.evaluate(() => {
      const walker = document.createTreeWalker(
        document.querySelector('main article')!,
        NodeFilter.SHOW_TEXT,
      );
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const at = n.textContent!.indexOf('two consecutive years');
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(n, at);
        range.setEnd(n, at + 'two consecutive years'.length);
        getSelection()!.removeAllRanges();
        getSelection()!.addRange(range);
        return;
      }
    });
    await button.click();
    const dialog = page.getByRole('dialog', { name: 'Make a concept' });
    expect(await dialog.getByLabel('Label').inputValue()).toBe('two consecutive years');
    expect(await dialog.getByLabel('Phrases (one a line)').inputValue()).toBe(
      'two consecutive years',
    );
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('a link to another browser’s concept says it may be its maker’s own', async () => {
    const { page } = await open('#/graph?focus=someone-elses-concept');
    const note = page.getByRole('status').filter({ hasText: 'not understood' });
    await note.waitFor();
    expect(squash(await note.textContent())).toContain(
      'The link may name concepts or documents that its maker added in their own browser',
    );
    await page.context().close();
  });
});
