// The concept graph year by year (`layout=years`): one panel per forum year, every concept at the
// same place in every panel, a selection shared by all panels, and its own export and slide holding
// one panel per year.

import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { useBrowser, VIEWPORTS } from './browser.ts';
import { downloadBytes, exportAs } from './charts.ts';

const { open } = useBrowser();
/** One panel per forum year of the built corpus: add a forum and the test follows. */
const YEARS = (
  JSON.parse(readFileSync('public/data/corpus.json', 'utf8')) as { forums: { year: number }[] }
).forums
  .map((f) => String(f.year))
  .sort();

/**
 * Each panel's year and its nodes' centres, read from the page or from an exported SVG (which keeps
 * the names, aria-label, and drops the page's data- attributes): panels by their names
 * ("2024: matched in …"), nodes by theirs ("AI governance, 2024").
 */
function panelsOf(svgText: string | null) {
  return (page: import('playwright-core').Page) =>
    page.evaluate((text) => {
      const root = text
        ? new DOMParser().parseFromString(text, 'image/svg+xml').documentElement
        : document.querySelector('svg.year-panels')!;
      return [...root.querySelectorAll('g[aria-label]')]
        .filter((g) => /^\d{4}: /.test(g.getAttribute('aria-label') ?? ''))
        .map((g) => ({
          year: g.getAttribute('aria-label')!.slice(0, 4),
          title: g.querySelector('text')?.textContent ?? '',
          nodes: Object.fromEntries(
            [...g.querySelectorAll('circle[aria-label]')].map((c) => [
              c.getAttribute('aria-label')!.replace(/, \d{4}(, coded from the record)?$/, ''),
              [c.getAttribute('cx'), c.getAttribute('cy')],
            ]),
          ),
        }));
    }, svgText);
}

describe('the graph year by year', () => {
  it.each([
    ['desktop', VIEWPORTS.desktop],
    ['phone', VIEWPORTS.phone],
  ])(
    'shows one panel per year, each concept at one place in all of them (%s)',
    async (_n, viewport) => {
      const { page, errors } = await open('#/graph?layout=years', { viewport });
      await page.waitForSelector('svg.year-panels[data-exportable]');
      const panels = await panelsOf(null)(page);
      expect(panels.map((p) => p.year)).toEqual(YEARS);
      expect(panels.map((p) => p.title)).toEqual(YEARS);
      // Each panel says what it rests on.
      const basis = await page
        .locator('svg.year-panels g[data-year] text.basis title')
        .allTextContents();
      expect(basis[0]).toMatch(/^coded from its published record/);
      expect(basis[2]).toMatch(/^matched in its full text: \d+ concepts, \d+ links$/);
      // Record years: coded concepts, hollow, no links; the text year has its links.
      expect(await page.locator('g[data-year="2023"] circle.node:not(.coded)').count()).toBe(0);
      expect(await page.locator('g[data-year="2023"] line').count()).toBe(0);
      expect(await page.locator('g[data-year="2024"] line').count()).toBeGreaterThan(10);
      // The same concept at the same place in every panel that has it.
      let shared = 0;
      for (const [id, at] of Object.entries(panels[2]!.nodes))
        for (const p of panels.slice(0, 2))
          if (p.nodes[id]) {
            shared += 1;
            expect(p.nodes[id], `${id} in ${p.year}`).toEqual(at);
          }
      expect(shared).toBeGreaterThan(5);
      expect(errors).toEqual([]);
      await page.context().close();
    },
  );

  it('selects a concept in every panel, from a click in one, and keeps it in the link', async () => {
    const { page, errors } = await open('#/graph?layout=small-multiples');
    // An old name of the layout reads as layout=years.
    await page.waitForFunction(() => location.hash === '#/graph?layout=years');
    await page.waitForSelector('svg.year-panels');
    await page.locator('g[data-year="2024"] circle[data-node="digital-divide"]').click();
    await page.waitForFunction(() => location.hash.includes('focus=digital-divide'));
    // Ringed in every year that raises it, outlined in the others; its sentences in the panel.
    const rings = await page.evaluate(() =>
      [...document.querySelectorAll('svg.year-panels g[data-year]')].map((g) =>
        g.querySelector('circle.ring') ? 'ring' : g.querySelector('circle.absent') ? 'absent' : '',
      ),
    );
    expect(rings.filter((r) => r === 'ring').length).toBeGreaterThanOrEqual(2);
    expect(rings.every((r) => r !== '')).toBe(true);
    // In each panel that has it, its node is pressed.
    const pressed = await page
      .locator('svg.year-panels circle[data-node="digital-divide"]')
      .evaluateAll((cs) => cs.map((c) => c.getAttribute('aria-pressed')));
    expect(pressed).toEqual(rings.filter((r) => r === 'ring').map(() => 'true'));
    await page
      .getByRole('complementary', { name: 'Evidence' })
      .getByText(/sentence/)
      .first()
      .waitFor();
    // Back to one network with the switch.
    await page.getByRole('button', { name: 'One network' }).click();
    await page.waitForFunction(() => location.hash === '#/graph?focus=digital-divide');
    await page.waitForSelector('svg[data-exportable]:not(.year-panels)');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('speaks Chinese with lang=zh: headings, panel titles and what each rests on, the evidence', async () => {
    const { page, errors } = await open('#/graph?lang=zh&layout=years');
    await page.waitForSelector('svg.year-panels[data-exportable]');
    expect(await page.locator('h1').first().textContent()).toBe('主题如何相互关联：逐年来看');
    const titles = await page
      .locator('svg.year-panels g[data-year] > text:first-child')
      .allTextContents();
    expect(titles).toEqual(YEARS.map((y) => `${y}年`));
    const basis = await page
      .locator('svg.year-panels g[data-year] text.basis title')
      .allTextContents();
    expect(basis[0]).toMatch(/^据已发布的记录编码：\d+个编码概念，无连线/);
    expect(basis[2]).toMatch(/^在全文中匹配：\d+个概念，\d+条连线$/);
    // The basis drawn under a title wraps between characters and stays inside its panel.
    const overflow = await page.evaluate(() =>
      [...document.querySelectorAll('svg.year-panels g[data-year]')].flatMap((g) => {
        const panel = g.querySelector('rect')!.getBoundingClientRect();
        return [...g.querySelectorAll('text.basis tspan')]
          .map((t) => t.getBoundingClientRect())
          .filter((r) => r.right > panel.right + 1)
          .map(() => g.getAttribute('data-year'));
      }),
    );
    expect(overflow).toEqual([]);
    const node = page.locator('g[data-year="2024"] circle[data-node="digital-divide"]');
    expect(await node.getAttribute('aria-label')).toBe('数字鸿沟，2024年');
    await node.click();
    await page.waitForFunction(() => location.hash.includes('focus=digital-divide'));
    const side = page.getByRole('complementary', { name: '证据' });
    await side
      .getByText(/^\d+份文本中的\d+句/)
      .first()
      .waitFor();
    expect(await side.locator('h2').first().textContent()).toBe('数字鸿沟');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('exports an SVG and a slide holding one panel per year', async () => {
    const { page, errors } = await open('#/graph?layout=years&focus=ai-governance');
    await page.waitForSelector('svg.year-panels[data-exportable]');
    const onScreen = await panelsOf(null)(page);
    const svg = await downloadBytes(page, () => exportAs(page, 'svg'));
    const exported = await panelsOf(strFromU8(svg.bytes))(page);
    expect(exported.map((p) => p.year)).toEqual(YEARS);
    expect(exported.map((p) => p.nodes)).toEqual(onScreen.map((p) => p.nodes));
    const pptx = await downloadBytes(page, () => exportAs(page, 'pptx'));
    const parts = unzipSync(pptx.bytes);
    const media = Object.keys(parts).filter((n) => /^ppt\/media\/.*\.svg$/.test(n));
    expect(media).toHaveLength(1);
    const slideSvg = await panelsOf(strFromU8(parts[media[0]!]!))(page);
    expect(slideSvg.map((p) => p.year)).toEqual(YEARS);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
