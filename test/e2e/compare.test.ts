// The year comparison in a real browser, with the real data: what 2024 raised that 2023's record
// does not code, said to be "not in 2023's available record" (never "new"), and the unit both
// sides share; concepts and bars opening the evidence of each year.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Corpus } from '../../src/lib/corpus/types.ts';
import { axeViolations } from './audit.ts';
import { useBrowser } from './browser.ts';
import { expectEmbedsAlone, expectFitsPhone } from './view-checks.ts';

const { open } = useBrowser();
const corpus = JSON.parse(readFileSync('public/data/corpus.json', 'utf8')) as Corpus;
const docYear = new Map(corpus.documents.map((d) => [d.id, d.year]));
const label = (id: string) => corpus.codebook.concepts.find((c) => c.id === id)!.label;
const said2024 = new Set(
  corpus.mentions.filter((m) => docYear.get(m.doc) === 2024).map((m) => m.ref),
);
const coded2023 = new Set(corpus.coded.filter((c) => c.year === 2023).map((c) => c.concept));
const chipLabels = (texts: string[]) => texts.map((t) => t.trim());

describe('compare years', () => {
  it('lists what 2024 says that 2023’s record does not code as not in that record, not as new', async () => {
    const { page, errors, foreignRequests } = await open('#/compare?a=2023&b=2024');
    const expectedNew = [...said2024]
      .filter((c) => !coded2023.has(c))
      .map(label)
      .sort();
    const expectedDropped = [...coded2023]
      .filter((c) => !said2024.has(c))
      .map(label)
      .sort();
    const newSet = page.locator('section.set', {
      has: page.getByRole('heading', { name: /Only in 2024; not in 2023’s available record/ }),
    });
    // 2024 is a full text: what 2023's record codes and 2024 does not say is dropped.
    const dropped = page.locator('section.set', {
      has: page.getByRole('heading', { name: /Only in 2023: dropped/ }),
    });
    expect(
      chipLabels(await newSet.locator('button > span:nth-child(2)').allTextContents()).sort(),
    ).toEqual(expectedNew);
    expect(
      chipLabels(await dropped.locator('button > span:nth-child(2)').allTextContents()).sort(),
    ).toEqual(expectedDropped);
    expect(await newSet.getByRole('heading').textContent()).toBe(
      `Only in 2024; not in 2023’s available record (${expectedNew.length})`,
    );
    expect(await page.getByRole('heading', { name: /new/ }).count()).toBe(0);
    expect(await page.locator('.headline').textContent()).toContain(
      `${expectedNew.length} only in 2024 (not in 2023’s available record: paragraphs I–III only`,
    );
    // The chart itself says what 2023 rests on, its extent, and the unit both sides share.
    const chartText = (await page.locator('svg.shares text').allTextContents()).join(' ');
    expect(chartText).toContain('2023: coded from its published record, paragraphs I–III only');
    expect(chartText).toContain('2024: matched in its full text');
    expect(chartText).toContain(`shares of its ${coded2023.size} distinct coded concepts`);
    expect(chartText).toContain(`shares of its ${said2024.size} distinct matched concepts`);
    expect(await page.locator('.chart-title').textContent()).toContain(
      'Share of distinct concepts by theme',
    );
    expect(errors).toEqual([]);
    expect(foreignRequests).toEqual([]);
    await page.context().close();
  });

  it('a concept opens the sentences of the text year and the record entries of the record year', async () => {
    const { page } = await open('#/compare?a=2023&b=2024');
    await page
      .getByRole('button', { name: /^Digital infrastructure\W+2023: coded; 2024: 1 mention/ })
      .click();
    await page.waitForFunction(() => location.hash.includes('focus=digital-infrastructure'));
    const evidence = page.getByRole('region', { name: 'Evidence' });
    await evidence.getByRole('heading', { name: /From forum records/ }).waitFor();
    expect(await evidence.locator('.coded li').textContent()).toContain('2023');
    expect(await evidence.locator('mark').count()).toBeGreaterThan(0);
    expect((await page.locator('.per-year').textContent())?.replace(/\s+/g, ' ')).toContain(
      '2023 (record): 1 coded entry',
    );
    await page.context().close();
  });

  it('a theme bar opens both years’ evidence by keyboard; the years are chosen in the URL', async () => {
    const { page, errors } = await open('#/compare?a=2023&b=2024');
    const bar = page.getByRole('button', { name: /^Data flows and data security: 2023/ });
    await bar.focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => location.hash.includes('theme=data-flows'));
    await page
      .getByRole('region', { name: 'Evidence' })
      .getByRole('heading', { name: /Data flows and data security, 2023 and 2024/ })
      .waitFor();
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toMatch(
      /^AI governance: 2023/,
    );
    await page.getByLabel('First year').selectOption('2022');
    await page.waitForFunction(() => location.hash.startsWith('#/compare?a=2022&b=2024'));
    expect((await page.locator('svg.shares text').allTextContents()).join(' ')).toContain(
      '2022: coded from its published record',
    );
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('fits a phone, and embeds as the chart alone filling its width', async () => {
    await expectFitsPhone(open, '#/compare?a=2023&b=2024', 'svg.shares');
    await expectEmbedsAlone(open, '#/compare?a=2023&b=2024&embed=1', 'svg.shares', 'section.set');
  });
  it('the same year on both sides says so and still shows the year, rather than failing', async () => {
    const { page, errors } = await open('#/compare?a=2024&b=2024');
    await page.getByRole('status').filter({ hasText: 'Both sides show 2024' }).waitFor();
    const both = page.locator('section.set', {
      has: page.getByRole('heading', { name: /^In both/ }),
    });
    expect(await both.locator('button').count()).toBe(said2024.size);
    expect(await page.locator('svg.shares').count()).toBe(1);
    await page.getByLabel('second year').selectOption('2023');
    await page.waitForFunction(() => location.hash === '#/compare?a=2024&b=2023');
    expect(await page.getByText('Both sides show').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('compare years in Chinese', () => {
  it('says the headline and sets in Chinese, the record’s extent kept in English and marked so', async () => {
    const { page, errors } = await open('#/compare?lang=zh&a=2023&b=2024');
    await page.waitForSelector('svg.shares');
    const headline = (await page.locator('.headline').textContent())!;
    expect(headline).toMatch(
      /^2023年 → 2024年：两年共有\d+个概念；\d+个仅见于2024年（不见于2023年现有的记录：/,
    );
    expect(await page.locator('.headline [lang="en"]').textContent()).toMatch(
      /^paragraphs I–III only/,
    );
    expect(await page.getByRole('button', { name: '交换年份' }).count()).toBe(1);
    expect(await page.locator('h2.chart-title').textContent()).toContain('2023年与2024年');
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
