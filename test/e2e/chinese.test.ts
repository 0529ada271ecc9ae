// Chinese texts in a real browser: the Chinese fixture (written for the tests, see
// test/fixtures/README.md) added through the form as a version of the 2024 statement, read side by
// side with it, a sentence link into both, search in Chinese, the translation differences, a year
// counted once; a Chinese text as a year of its own, exported as a chart; a text in a language
// without phrases added with its note.

import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { parseSourceFile } from '../../src/lib/corpus/source-file.ts';
import { pngSize } from '../../src/lib/export/raster.ts';
import { axeViolations } from './audit.ts';
import { downloadBytes, exportAs } from './charts.ts';
import { goToHash, useBrowser } from './browser.ts';

const { open } = useBrowser();
const fixture = parseSourceFile({
  path: 'test/fixtures/zh/2024-chair-statement.zh.txt',
  content: readFileSync('test/fixtures/zh/2024-chair-statement.zh.txt', 'utf8'),
});
const ZH = fixture.header.id;

async function addChineseVersion(page: Page): Promise<string> {
  await goToHash(page, '#/read?panel=add');
  await page.getByLabel('Text', { exact: true }).fill(fixture.text);
  await page.getByLabel('Title').fill(fixture.header.title);
  // The language is left to detection; the version field fills in the year.
  await page.getByLabel('Language version of').selectOption('2024-chair-statement');
  expect(await page.getByLabel('Forum year').inputValue()).toBe('2024');
  await page.getByRole('button', { name: 'Add to the corpus' }).click();
  const done = page.locator('.done');
  await done.waitFor();
  return ((await done.textContent()) ?? '').replace(/\s+/g, ' ');
}

const text = async (page: Page, selector: string): Promise<string> =>
  ((await page.locator(selector).first().textContent()) ?? '').replace(/\s+/g, ' ').trim();

/**
 * A closed data table is drawn after the chart (`<Later>`) and fills in its rows in idle moments
 * (data-filling until all are in).
 */
const tablesFilled = async (page: Page): Promise<void> => {
  await page.waitForSelector('.data-table');
  await page.waitForSelector('.data-table[data-filling]', { state: 'detached' });
};

describe('a Chinese version of the 2024 statement', () => {
  it('is added through the form, detected as Chinese, tagged, and counts the year once', async () => {
    const { page, errors } = await open('#/compare?a=2023&b=2024');
    // The page as a reader sees it once all of it is there: the wording lists come from a worker.
    await page.waitForSelector('[data-testid="wording-headline"]');
    await tablesFilled(page);
    const before = await text(page, 'main');
    const done = await addChineseVersion(page);
    // 11 sentences, 40 mentions of 26 concepts: counted by hand (test/fixtures/README.md); p6's
    // 供应链安全水平 is digital security, as the English "security level" of supply chains is.
    expect(done).toContain('11 sentences, 40 mentions of 26 concepts');
    expect(done).toMatch(/Language: Chinese, detected because \d+% of its letters are Chinese/);
    expect(done).toContain('It is a language version of “Chair');
    expect(done).not.toContain('No phrase of the codebook occurs in it');
    // The version is named after its document and language.
    expect(await page.locator('.done a', { hasText: 'Read it' }).getAttribute('href')).toBe(
      `#/read?doc=${ZH}`,
    );
    // Compare reads the year as before: the English version is counted, the Chinese is not added.
    await goToHash(page, '#/compare?a=2023&b=2024');
    await page.waitForSelector('main svg');
    await page.waitForSelector('[data-testid="wording-headline"]');
    await tablesFilled(page);
    // The view, opened again in the same page, draws its parts over several tasks (the bars three
    // at a time): once all are in, it reads as before.
    await expect.poll(() => text(page, 'main'), { timeout: 15_000 }).toBe(before);
    expect(errors).toEqual([]);
  });

  it('reads side by side, with a sentence link opening the same place in both', async () => {
    const { page, errors } = await open('#/read');
    await addChineseVersion(page);
    await goToHash(page, '#/read?doc=2024-chair-statement&s=p7.s2');
    await page.waitForSelector('.parallel [data-side="b"] [data-sentence="p7.s2"].selected');
    expect(
      await page.locator('.parallel [data-side="a"] .selected').getAttribute('data-sentence'),
    ).toBe('p7.s2');
    expect(await text(page, '.parallel [data-side="b"] .selected')).toBe(
      '我们呼吁各方支持《全球数据跨境流动合作倡议》以及中方提出的《全球数据安全倡议》，推进数据跨境流动全球合作，携手打造开放共赢的数据领域国际合作格局。',
    );
    // The focus is on the linked sentence, in view.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-sentence'))).toBe(
      'p7.s2',
    );
    // The English p1 has three sentences, the Chinese one: the row is aligned as paragraphs only.
    expect(await text(page, '.parallel [data-row="0"] .note')).toBe(
      '3 sentences in English, 1 in Chinese: aligned as paragraphs only',
    );
    // A link into the Chinese text opens the same place in the English.
    await goToHash(page, `#/read?doc=${ZH}&s=p3.s2`);
    await page.waitForSelector('.parallel [data-side="a"] [data-sentence="p3.s2"].selected');
    expect(
      await page.locator('.parallel [data-side="b"] .selected').getAttribute('data-sentence'),
    ).toBe('p3.s2');
    expect(await page.locator('.parallel [data-side="b"]').first().getAttribute('lang')).toBe('zh');
    // The link names the Chinese sentence: the focus is on the Chinese side.
    expect(
      await page.evaluate(() =>
        document.activeElement?.closest('[data-side]')?.getAttribute('data-side'),
      ),
    ).toBe('b');
    // Pages without a counterpart say so.
    expect(await text(page, '.parallel [data-row="7"] [data-side="b"]')).toBe(
      'no counterpart in the Chinese version',
    );
    // One version alone, and back.
    await page.getByRole('button', { name: 'Read this version alone' }).click();
    await page.waitForSelector('main article [data-sentence="p3.s2"]');
    expect(await page.locator('.parallel').count()).toBe(0);
    await page.getByRole('button', { name: 'Read side by side' }).click();
    await page.waitForSelector('.parallel');
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('lists what the translation drops, per pair and per document', async () => {
    const { page } = await open('#/read');
    await addChineseVersion(page);
    await goToHash(page, '#/read?doc=2024-chair-statement');
    await page.waitForSelector('.parallel');
    expect(await text(page, '[data-translation-summary]')).toBe(
      '7 aligned paragraph pairs: 6 say the same concepts. The translation check finds 1 concept said only in the English and 0 concepts only in the Chinese; 9 paragraphs without a counterpart are not compared.',
    );
    expect(await page.locator('[data-differences] li').allTextContents()).toEqual([
      'The English says “AI” (Artificial intelligence) here; the Chinese does not.',
    ]);
    expect(await page.locator('.parallel [data-row="2"] [data-differences]').count()).toBe(1);
  });

  it('is found by a search in Chinese, with keyword-in-context lines', async () => {
    const { page } = await open('#/read');
    await addChineseVersion(page);
    await goToHash(page, `#/read?q=${encodeURIComponent('数据跨境流动')}`);
    await page.waitForSelector('.results li');
    const lines = (await page.locator('.results li').allTextContents()).map((l) =>
      l.replace(/\s+/g, ' '),
    );
    // The phrase is in p3.s2 and p7.s2 of the fixture; each line shows it with words either side.
    expect(lines.filter((l) => l.includes('数据跨境流动'))).toHaveLength(2);
    expect(await page.locator('.results mark').first().textContent()).toBe('数据跨境流动');
    // Two sentences with the phrase, and partial matches (跨境 alone, in p5.s1's 跨境数字基础设施…).
    expect(await text(page, '.results .status')).toMatch(
      /^\d+ sentences in 1 text: 2 with the exact word, \d+ partial\.$/,
    );
  });
});

describe('a Chinese text as a year of its own', () => {
  it('makes a chart that exports to SVG and PNG', async () => {
    const { page, errors } = await open('#/read?panel=add');
    await page.getByLabel('Text', { exact: true }).fill(fixture.text);
    await page.getByLabel('Title').fill('2023年测试文本');
    await page.getByLabel('Forum year').fill('2023');
    // The form's own language field, not the header's language switch.
    await page.locator('#doc-language').selectOption('zh');
    await page.getByRole('button', { name: 'Add to the corpus' }).click();
    await page.locator('.done').waitFor();
    await goToHash(page, '#/compare?a=2023&b=2024');
    await page.waitForSelector('svg[data-exportable]');
    // 2023 now rests on the Chinese text.
    expect(await text(page, 'main')).toContain('2023: matched in');
    const svg = await downloadBytes(page, () => exportAs(page, 'svg'));
    expect(new TextDecoder().decode(svg.bytes)).toContain('2023');
    const png = await downloadBytes(page, () => exportAs(page, 'png2'));
    expect(pngSize(png.bytes)?.width).toBeGreaterThan(400);
    expect(errors).toEqual([]);
  });
});

describe('a text in a language without phrases', () => {
  it('is added with a clear note that no concepts are matched', async () => {
    const { page } = await open('#/read?panel=add');
    await page
      .getByLabel('Text', { exact: true })
      .fill('Nous soutenons la coopération numérique entre les pays. Elle progresse.');
    await page.getByLabel('Title').fill('Une note');
    await page.getByLabel('Forum year').fill('2024');
    await page.getByRole('button', { name: 'Add to the corpus' }).click();
    const done = page.locator('.done');
    await done.waitFor();
    expect(((await done.textContent()) ?? '').replace(/\s+/g, ' ')).toContain(
      'No concepts are matched in this text: the codebook has phrases in English and Chinese only, and the text is in an undetermined language.',
    );
  });
});
