// The concept graph in a real browser: evidence for a node and a link checked against the text
// itself, the keyboard path, finding a concept, the URL round trip, the phone, the embed, and the
// synthetic corpus of 2,000 concepts drawn on a canvas. Every page: no error, no foreign request.

import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { nodeSpots } from '../../bench/graph-metrics.ts';
import { syntheticGraphCorpus } from '../../bench/synthetic-graph-corpus.ts';
import { startStaticServer, type RunningServer } from '../../scripts/static-server.ts';
import type { Corpus } from '../../src/lib/corpus/types.ts';
import { useBrowser, VIEWPORTS, type OpenedPage } from './browser.ts';
import { downloadBytes, exportAs } from './charts.ts';

const { open } = useBrowser();
const corpus = JSON.parse(readFileSync('public/data/corpus.json', 'utf8')) as Corpus;
const statement = corpus.documents.find((d) => d.id === '2024-chair-statement')!;
const sentences = statement.sentences.map((s) => ({
  id: s.id,
  text: statement.text.slice(s.start, s.end),
}));
const evidence = (page: Page) => page.getByRole('region', { name: 'Evidence' });
const quotes = (page: Page) =>
  evidence(page)
    .locator('blockquote')
    .allTextContents()
    .then((t) => t.map((x) => x.replace(/\s+/g, ' ').trim()));
const clean = (s: string) => s.replace(/\s+/g, ' ').trim();

async function done({ page, errors, foreignRequests }: OpenedPage): Promise<void> {
  expect(errors).toEqual([]);
  expect(foreignRequests).toEqual([]);
  await page.context().close();
}

async function graphReady(page: Page): Promise<void> {
  await page.waitForSelector('[data-live]:not([data-pending]) .chart [data-node]', {
    state: 'attached',
    timeout: 30_000,
  });
  // A canvas's access layer is put in the page in batches, after the first picture.
  await page.waitForSelector('[data-live]:not([data-pending]) .chart:not([data-placing])', {
    state: 'attached',
    timeout: 30_000,
  });
}

describe('concept graph', () => {
  it('shows, for a concept the 2024 text names, exactly the sentences that contain its phrases', async () => {
    const opened = await open('#/graph');
    const { page } = opened;
    await graphReady(page);
    // What only a selection, a hover or a canvas's export needs is not fetched to show the graph.
    const fetched = () =>
      page.evaluate(() =>
        performance
          .getEntriesByType('resource')
          .map((r) => /\/(SelectionDetails|GraphTooltip|export-svg)-[\w-]+\.js$/.exec(r.name)?.[1])
          .filter(Boolean),
      );
    expect(await fetched()).toEqual([]);
    await page.locator('[data-node="cross-border-data-flow"]').click();
    await page.waitForFunction(() => location.hash.includes('focus=cross-border-data-flow'));
    await expect
      .poll(() => evidence(page).locator('h2').first().textContent())
      .toBe('Cross-border data flow');
    // Beside its evidence, the concept's years (the test below finds it in the 2024 text) and the
    // concepts said in the same sentences, which come with the first selection.
    await expect.poll(() => evidence(page).textContent()).toContain('In the 2024 text');
    await expect
      .poll(() =>
        evidence(page)
          .getByRole('heading', { name: /^Said in the same sentence as \(\d+\)$/ })
          .count(),
      )
      .toBe(1);
    expect(await fetched()).toContain('SelectionDetails');
    // Independent of the app: the concept's phrases (plural and hyphen/space variants) in the raw
    // text, outside the name of the initiative, which is a longer phrase of another concept.
    const phrase =
      /(cross[- ]border data flows?|data flows?|flows? of data|cross[- ]border flows? of data|transfers? of data|data transfers?)/i;
    const expected = sentences
      .filter((s) =>
        phrase.test(s.text.replace(/Global Cross-border Data Flow Cooperation Initiative/g, '')),
      )
      .map((s) => clean(s.text));
    expect(expected.length).toBeGreaterThanOrEqual(3);
    await expect.poll(() => quotes(page), { timeout: 10_000 }).toEqual(expected);
    for (const m of await evidence(page).locator('mark').allTextContents())
      expect(m).toMatch(phrase);
    const hrefs = await evidence(page)
      .getByRole('link', { name: /Read in context/ })
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    for (const h of hrefs) expect(h).toMatch(/^#\/read\?doc=2024-chair-statement&s=p\d+\.s\d+/);
    await done(opened);
  });

  it('shows, for a link, the sentences that say both concepts', async () => {
    const opened = await open('#/graph');
    const { page } = opened;
    await graphReady(page);
    // A link is found under the pointer by its geometry (it has no click target of its own): one
    // whose middle is under no node and more than 8 px from any other link, clicked there.
    const found = await page.evaluate(() => {
      const svg = document.querySelector('[data-live] .chart svg')!;
      const box = svg.getBoundingClientRect();
      const lines = [...svg.querySelectorAll('line[data-link]')].map((l) => {
        const n = (name: string) => Number(l.getAttribute(name));
        return {
          id: l.getAttribute('data-link')!,
          x1: n('x1'),
          y1: n('y1'),
          x2: n('x2'),
          y2: n('y2'),
        };
      });
      const distance = (l: (typeof lines)[number], x: number, y: number) => {
        const dx = l.x2 - l.x1;
        const dy = l.y2 - l.y1;
        const t = Math.max(
          0,
          Math.min(1, ((x - l.x1) * dx + (y - l.y1) * dy) / (dx * dx + dy * dy)),
        );
        return Math.hypot(x - (l.x1 + t * dx), y - (l.y1 + t * dy));
      };
      for (const l of lines) {
        if (Math.hypot(l.x2 - l.x1, l.y2 - l.y1) < 60) continue;
        const [x, y] = [(l.x1 + l.x2) / 2, (l.y1 + l.y2) / 2];
        const hit = document.elementFromPoint(box.left + x, box.top + y);
        if (!hit || !svg.contains(hit) || hit.closest('[data-node]')) continue;
        if (lines.some((o) => o !== l && distance(o, x, y) < 8)) continue;
        return { id: l.id, x: box.left + x, y: box.top + y };
      }
      return null;
    });
    expect(found).not.toBeNull();
    const id = found!.id;
    const [a, b] = id.split('~') as [string, string];
    // Over the link, its tooltip says what a click gives; the click selects it.
    await page.mouse.move(found!.x, found!.y);
    await expect
      .poll(async () => clean((await page.locator('.chart .tooltip').textContent()) ?? ''))
      .toContain('Click for the sentences');
    await page.mouse.click(found!.x, found!.y);
    await page.waitForFunction((l) => location.hash.includes(`link=${l}`), id);
    const said = (c: string) =>
      new Set(corpus.mentions.filter((m) => m.ref === c).map((m) => `${m.doc}:${m.sentence}`));
    const both = [...said(a)].filter((s) => said(b).has(s));
    const expected = sentences
      .filter((s) => both.includes(`2024-chair-statement:${s.id}`))
      .map((s) => clean(s.text));
    expect(expected.length).toBeGreaterThan(0);
    // The evidence's code and sentences load when first asked for: wait for them to be drawn.
    await expect.poll(() => quotes(page), { timeout: 10_000 }).toEqual(expected);
    await done(opened);
  });

  it('works by keyboard: Tab to a node, Enter shows its evidence, arrows move to a neighbour, Escape clears', async () => {
    const opened = await open('#/graph');
    const { page } = opened;
    await graphReady(page);
    await page.getByRole('button', { name: /^Reset the view/ }).focus();
    await page.keyboard.press('Tab');
    const active = () =>
      page.evaluate(() => ({
        id: document.activeElement?.getAttribute('data-node') ?? null,
        name: document.activeElement?.getAttribute('aria-label') ?? '',
      }));
    const first = await active();
    const concept = corpus.codebook.concepts[0]!;
    expect(first.id).toBe(concept.id);
    const degree = corpus.edges.sentence.filter(
      (e) => e.source === concept.id || e.target === concept.id,
    ).length;
    const mentions = corpus.mentions.filter((m) => m.ref === concept.id).length;
    expect(first.name).toMatch(
      new RegExp(
        `^${concept.label}, digital infrastructure, ${mentions} mentions?, ${degree} links?`,
      ),
    );
    // The focus ring is drawn around the focused node.
    expect(await page.locator(`[data-node="${concept.id}"] circle[stroke="#0a58a8"]`).count()).toBe(
      1,
    );
    await page.keyboard.press('Enter');
    await expect.poll(() => evidence(page).locator('h2').first().textContent()).toBe(concept.label);
    expect(await page.evaluate(() => location.hash)).toContain(`focus=${concept.id}`);

    let moved = false;
    for (const key of ['ArrowRight', 'ArrowDown', 'ArrowLeft', 'ArrowUp']) {
      await page.keyboard.press(key);
      const now = await active();
      if (now.id !== first.id) {
        const linked = corpus.edges.sentence.some(
          (e) =>
            (e.source === first.id && e.target === now.id) ||
            (e.target === first.id && e.source === now.id),
        );
        expect(linked, `${now.id} is a neighbour of ${first.id}`).toBe(true);
        moved = true;
        break;
      }
    }
    expect(moved).toBe(true);
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => !location.hash.includes('focus='));
    expect(await evidence(page).textContent()).toContain('Click a concept or a line');
    // Every node is a tab stop.
    expect(await page.locator('.chart [data-node][tabindex="0"]').count()).toBe(
      corpus.codebook.concepts.length,
    );
    await done(opened);
  });

  it('lights up a neighbourhood on hover, zooms and pans, drags a node, and resets', async () => {
    const opened = await open('#/graph');
    const { page } = opened;
    await graphReady(page);
    const id = 'artificial-intelligence';
    const neighbours = new Set(
      corpus.edges.sentence
        .filter((e) => e.source === id || e.target === id)
        .map((e) => (e.source === id ? e.target : e.source)),
    );
    await page.locator(`[data-node="${id}"]`).hover();
    await expect
      .poll(() => page.locator('.chart [role="tooltip"], .chart .tooltip').count())
      .toBe(1);
    const opacity = await page.evaluate(() =>
      Object.fromEntries(
        [...document.querySelectorAll('.chart [data-node]')].map((n) => [
          n.getAttribute('data-node'),
          n.getAttribute('opacity'),
        ]),
      ),
    );
    for (const [node, o] of Object.entries(opacity))
      expect(o, node).toBe(node === id || neighbours.has(node) ? '1' : '0.16');
    expect(clean((await page.locator('.chart .tooltip').textContent()) ?? '')).toContain(
      `${neighbours.size} links`,
    );

    const centre = async (node: string) => {
      const b = (await page.locator(`[data-node="${node}"] circle:not(.target)`).boundingBox())!;
      return { x: b.x + b.width / 2, y: b.y + b.height / 2 };
    };
    const gap = async () => {
      const [a, b] = [await centre('digital-economy'), await centre('digital-divide')];
      return Math.hypot(a.x - b.x, a.y - b.y);
    };
    const before = await gap();
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await expect.poll(gap).toBeCloseTo(before * 1.5, 0);
    // Pan: drag the background (a corner of the chart, where no mark is).
    const chart = (await page.locator('.chart').boundingBox())!;
    const was = await centre('digital-divide');
    await page.mouse.move(chart.x + 4, chart.y + chart.height - 4);
    await page.mouse.down();
    await page.mouse.move(chart.x + 34, chart.y + chart.height - 24, { steps: 6 });
    await page.mouse.up();
    const now = await centre('digital-divide');
    expect(now.x - was.x).toBeCloseTo(30, 0);
    expect(now.y - was.y).toBeCloseTo(-20, 0);

    await page.getByRole('button', { name: /^Reset the view/ }).click();
    await expect.poll(gap).toBeCloseTo(before, 0);
    const start = await centre('digital-divide');
    await page.mouse.move(start.x, start.y);
    await page.mouse.down();
    await page.mouse.move(start.x + 40, start.y + 30, { steps: 8 });
    await page.mouse.up();
    const after = await centre('digital-divide');
    expect(after.x - start.x).toBeCloseTo(40, 0);
    expect(after.y - start.y).toBeCloseTo(30, 0);
    // A drag is not a click: nothing was selected.
    expect(await page.evaluate(() => location.hash)).toBe('#/graph');
    await page.getByRole('button', { name: /^Reset the view/ }).click();
    await expect.poll(() => centre('digital-divide')).toEqual(start);
    await done(opened);
  });

  // Drag, pan and zoom are d3's, loaded when a pointer first comes over the chart: a press or a
  // ctrl+wheel that comes before that code is held and handed to it, not lost.
  it('loads drag and zoom on the first pointer, and keeps a press and a ctrl+wheel made before', async () => {
    const heldBack = async (page: Page) => {
      const loaded = () =>
        page.evaluate(() =>
          performance.getEntriesByType('resource').some((r) => /zoom-drag-/.test(r.name)),
        );
      expect(await loaded()).toBe(false); // not with the view
      let release!: () => void;
      const released = new Promise<void>((done) => (release = done));
      let asked = false;
      await page.route(/\/zoom-drag-[\w-]+\.js$/, async (route) => {
        asked = true;
        await released;
        await route.continue();
      });
      return { asked: () => asked, release };
    };
    const ready = (page: Page) =>
      page.waitForSelector('.chart[data-gestures="ready"]', { state: 'attached' });
    const centreOf = async (page: Page, node: string) => {
      const b = (await page.locator(`[data-node="${node}"] circle:not(.target)`).boundingBox())!;
      return { x: b.x + b.width / 2, y: b.y + b.height / 2 };
    };

    // A node pressed while the code is on its way, then dragged once it is there.
    const first = await open('#/graph');
    await graphReady(first.page);
    const held = await heldBack(first.page);
    const start = await centreOf(first.page, 'digital-divide');
    await first.page.mouse.move(start.x, start.y);
    await first.page.mouse.down();
    await expect.poll(held.asked).toBe(true);
    held.release();
    await ready(first.page);
    await first.page.mouse.move(start.x + 40, start.y + 30, { steps: 8 });
    await first.page.mouse.up();
    const after = await centreOf(first.page, 'digital-divide');
    expect(after.x - start.x).toBeCloseTo(40, 0);
    expect(after.y - start.y).toBeCloseTo(30, 0);
    expect(await first.page.evaluate(() => location.hash)).toBe('#/graph'); // a drag, no click
    await done(first);

    // A ctrl+wheel before the code: not the browser's page zoom, and the chart zooms once it is in.
    const second = await open('#/graph');
    const { page } = second;
    await graphReady(page);
    const gap = async () => {
      const [a, b] = [
        await centreOf(page, 'digital-economy'),
        await centreOf(page, 'digital-divide'),
      ];
      return Math.hypot(a.x - b.x, a.y - b.y);
    };
    const before = await gap();
    const wheelHeld = await heldBack(page);
    const chart = (await page.locator('.chart').boundingBox())!;
    await page.mouse.move(chart.x + chart.width / 2, chart.y + chart.height / 2);
    await page.keyboard.down('Control');
    await page.mouse.wheel(0, -200);
    await page.keyboard.up('Control');
    await expect.poll(wheelHeld.asked).toBe(true);
    expect(await gap()).toBeCloseTo(before, 0);
    wheelHeld.release();
    await ready(page);
    await expect.poll(gap).toBeGreaterThan(before * 1.3);
    expect(await page.evaluate(() => window.visualViewport?.scale)).toBe(1);
    await done(second);
  });

  it('finds a concept by typing; Enter selects it and moves the focus to it', async () => {
    const opened = await open('#/graph');
    const { page } = opened;
    await graphReady(page);
    const box = page.getByRole('combobox', { name: 'Find a concept' });
    await box.fill('data flow');
    // The finder's own list (its code comes with the first letter typed), not the year menu's.
    const options = page.locator(`#${await box.getAttribute('aria-controls')}`).getByRole('option');
    await expect.poll(() => options.count()).toBeGreaterThan(0);
    expect(clean((await options.first().textContent()) ?? '')).toMatch(/^Cross-border data flow/);
    await box.press('Enter');
    await page.waitForFunction(() => location.hash.includes('focus=cross-border-data-flow'));
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-node')))
      .toBe('cross-border-data-flow');
    await done(opened);
  });

  it('restores the view from its URL, and again after changes and a reload', async () => {
    const hash =
      '#/graph?themes=data-flows~ai-governance&year=2024&unit=paragraph&focus=artificial-intelligence&link=ai-governance~artificial-intelligence';
    const opened = await open(hash);
    const { page } = opened;
    await graphReady(page);
    const view = () =>
      page.evaluate(() => ({
        hash: location.hash,
        themes: [...document.querySelectorAll('.legend button[aria-pressed="true"]')].map((b) =>
          b.querySelector('.label')?.textContent?.trim(),
        ),
        year: (document.querySelector('.controls select') as HTMLSelectElement).value,
        unit: (document.querySelector('.controls input[type=radio]:checked') as HTMLInputElement)
          .value,
        nodes: [...document.querySelectorAll('.chart [data-node]')].map((n) =>
          n.getAttribute('data-node'),
        ),
        pressed: [...document.querySelectorAll('.chart [data-node][aria-pressed="true"]')].map(
          (n) => n.getAttribute('data-node'),
        ),
        evidence: document.querySelector('[aria-label="Evidence"] h2')?.textContent ?? null,
      }));
    // The selection's evidence comes with its code, after the chart (a chunk of its own).
    await page.locator('[aria-label="Evidence"] h2').waitFor();
    const first = await view();
    expect(first.hash).toBe(hash);
    expect(first.themes).toEqual(['Data flows and data security', 'AI governance']);
    expect(first.year).toBe('2024');
    expect(first.unit).toBe('paragraph');
    const themed = new Set(
      corpus.codebook.concepts
        .filter((c) => c.theme === 'ai-governance' || c.theme === 'data-flows')
        .map((c) => c.id),
    );
    const said2024 = new Set(corpus.mentions.map((m) => m.ref));
    expect(first.nodes).toEqual(
      corpus.codebook.concepts
        .filter((c) => themed.has(c.id) && said2024.has(c.id))
        .map((c) => c.id),
    );
    expect(first.pressed).toEqual(['artificial-intelligence']);
    expect(first.evidence).toBe('AI governance + Artificial intelligence');

    // Change everything, then reload: the same view comes back.
    await page.getByRole('radio', { name: 'sentence' }).check();
    await page.locator('.controls select').selectOption('all');
    await page
      .getByRole('group', { name: /Themes/ })
      .getByRole('button', { name: /^Capacity building/ })
      .click();
    await page.locator('[data-node="trustworthy-ai-ecosystem"]').click();
    await page.waitForFunction(() => location.hash.includes('focus=trustworthy-ai-ecosystem'));
    const changed = await view();
    expect(changed.hash).toBe(
      '#/graph?themes=data-flows~ai-governance~capacity-building&focus=trustworthy-ai-ecosystem',
    );
    await page.reload();
    await graphReady(page);
    await expect.poll(view).toEqual(changed);
    await done(opened);
  });

  it('fits a phone: no sideways scroll, targets of 24 px at least, fewer labels', async () => {
    const opened = await open('#/graph', { viewport: VIEWPORTS.phone });
    const { page } = opened;
    await graphReady(page);
    expect(
      await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      ),
    ).toBeLessThanOrEqual(0);
    const small = await page.evaluate(() =>
      [
        ...document.querySelectorAll(
          '.chart [data-node], .graph-view button, .graph-view input, .graph-view select, .graph-view summary',
        ),
      ]
        .map((el) => {
          const target = el.closest('label') ?? el;
          const r = target.getBoundingClientRect();
          return {
            what: el.getAttribute('data-node') ?? el.outerHTML.slice(0, 60),
            w: r.width,
            h: r.height,
          };
        })
        .filter((t) => (t.w > 0 || t.h > 0) && (t.w < 24 || t.h < 24)),
    );
    expect(small).toEqual([]);
    expect(await page.locator('.chart .labels text').count()).toBeLessThanOrEqual(12);
    await done(opened);
  });

  it.each([
    ['desktop', VIEWPORTS.desktop],
    ['phone', VIEWPORTS.phone],
  ] as const)(
    'speaks Chinese with lang=zh (%s): Chinese labels drawn apart, the evidence in Chinese, quotes in English',
    async (_name, viewport) => {
      const opened = await open('#/graph?lang=zh', { viewport });
      const { page } = opened;
      await graphReady(page);
      await expect.poll(() => page.locator('h1').first().textContent()).toBe('主题如何相互关联');
      expect(await page.getByRole('combobox', { name: '查找概念' }).count()).toBe(1);
      expect(await page.getByRole('button', { name: '放大' }).count()).toBe(1);
      expect(await page.getByRole('group', { name: '图的显示方式' }).count()).toBe(1);
      const svgTitle = await page.locator('.chart svg > title').textContent();
      expect(svgTitle).toBe('概念网络 · 全部主题 · 全部年份 · 按同句连线');
      // The legend's caption "主题" on one line, not broken into a column beside the chips.
      const caption = page.locator('.legend .caption');
      expect(await caption.textContent()).toBe('主题');
      // One line is at most about 1.5 font sizes tall; two at least 2.4.
      const { height, fontSize } = await caption.evaluate((c) => ({
        height: c.getBoundingClientRect().height,
        fontSize: parseFloat(getComputedStyle(c).fontSize),
      }));
      expect(height).toBeLessThan(fontSize * 2);
      // The labels on the chart: every one the codebook's Chinese, and their drawn boxes (as the
      // browser sets them, in its CJK font) overlap neither each other nor a theme's name.
      const boxes = await page.evaluate(() =>
        [
          ...document.querySelectorAll<SVGTextElement>(
            '.chart .labels text, .chart .theme-labels text',
          ),
        ].map((t) => {
          const r = t.getBoundingClientRect();
          return { text: t.textContent ?? '', x0: r.left, y0: r.top, x1: r.right, y1: r.bottom };
        }),
      );
      expect(boxes.length).toBeGreaterThan(viewport === VIEWPORTS.phone ? 6 : 30);
      const zhLabels = new Set(corpus.codebook.concepts.map((c) => c.labelZh));
      const zhThemes = new Set(corpus.codebook.themes.map((t) => t.labelZh));
      for (const b of boxes)
        expect(zhLabels.has(b.text) || zhThemes.has(b.text), b.text).toBe(true);
      // A pixel of slack: the halo stroke of neighbours may touch.
      const overlap = (a: (typeof boxes)[0], b: (typeof boxes)[0]) =>
        a.x0 < b.x1 - 1 && b.x0 < a.x1 - 1 && a.y0 < b.y1 - 1 && b.y0 < a.y1 - 1;
      const clashes = boxes.flatMap((a, i) =>
        boxes
          .slice(i + 1)
          .filter((b) => overlap(a, b))
          .map((b) => `${a.text} × ${b.text}`),
      );
      expect(clashes).toEqual([]);

      await page.locator('[data-node="cross-border-data-flow"]').click();
      const panel = page.getByRole('region', { name: '证据' });
      await expect.poll(() => panel.locator('h2').first().textContent()).toBe('数据跨境流动');
      expect(clean((await panel.locator('.count').textContent()) ?? '')).toMatch(
        /^\d+份文本中的\d+句$/,
      );
      expect(await panel.getByRole('link', { name: /^查看上下文/ }).count()).toBeGreaterThan(0);
      const langs = await panel
        .locator('blockquote')
        .evaluateAll((qs) => qs.map((q) => q.getAttribute('lang')));
      expect(langs.length).toBeGreaterThan(0);
      expect(new Set(langs)).toEqual(new Set(['en']));
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
      await done(opened);
    },
  );

  it('embeds the chart alone, filling the width it is given', async () => {
    const opened = await open('#/graph?embed=1', { viewport: VIEWPORTS.embed });
    const { page } = opened;
    await graphReady(page);
    expect(await page.locator('header.top').count()).toBe(0);
    expect(await page.getByRole('region', { name: 'Evidence' }).count()).toBe(0);
    const chart = await page.locator('.chart').boundingBox();
    expect(chart!.width).toBeGreaterThan(VIEWPORTS.embed.width - 30);
    expect(chart!.y + chart!.height).toBeLessThanOrEqual(VIEWPORTS.embed.height);
    await done(opened);
  });
});

describe('concept graph at scale (synthetic corpus, 2,000 concepts, 5,000 links)', () => {
  let server: RunningServer;
  const synthetic = syntheticGraphCorpus({ concepts: 2000, links: 5000 });

  beforeAll(async () => {
    server = await startStaticServer({
      root: inject('distDir'),
      overrides: new Map([
        [
          '/data/corpus.json',
          { status: 200, body: JSON.stringify(synthetic), type: 'application/json' },
        ],
      ]),
    });
  });
  afterAll(() => server.close());

  it('draws on a canvas, lays out in the worker, and keeps clicks, keyboard and evidence working', async () => {
    const opened = await open('#/graph', {
      baseUrl: server.url,
      // Whether the chart was still settling (the worker's forces running) when its canvas came,
      // and when it stopped settling.
      beforeLoad: (page) =>
        page.addInitScript(`(() => {
          const seen = { canvasWhileSettling: null, settledAt: null };
          window.__settling = seen;
          new MutationObserver(() => {
            const chart = document.querySelector('[data-live] .chart');
            if (!chart) return;
            if (seen.canvasWhileSettling === null && chart.querySelector('canvas'))
              seen.canvasWhileSettling = chart.hasAttribute('data-settling');
            if (seen.canvasWhileSettling !== null && seen.settledAt === null && !chart.hasAttribute('data-settling'))
              seen.settledAt = performance.now();
          }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-settling'] });
        })()`),
    });
    const { page } = opened;
    await page.waitForSelector('.chart canvas', { timeout: 110_000 });
    await graphReady(page);
    expect(await page.locator('.chart [data-node]').count()).toBe(2000);
    // The first picture comes from the rough layout, before the worker's forces are done; the
    // settled layout replaces it.
    await page.waitForSelector('[data-live] .chart:not([data-settling])', {
      state: 'attached',
      timeout: 110_000,
    });
    const settling = await page.evaluate(() => {
      const w = window as unknown as {
        __settling: { canvasWhileSettling: boolean | null; settledAt: number | null };
      };
      return {
        ...w.__settling,
        firstFrame: performance.getEntriesByName('graph:first-frame')[0]?.startTime ?? null,
      };
    });
    expect(settling.canvasWhileSettling).toBe(true);
    expect(settling.firstFrame).not.toBeNull();
    expect(settling.settledAt).toBeGreaterThan(settling.firstFrame!);
    // The settled layout's access layer (where the test finds the nodes) comes in batches too.
    await graphReady(page);
    // Click a node on the canvas: its evidence is its sentences.
    const spot = (await nodeSpots(page))[0]!;
    await page.mouse.click(spot.x, spot.y);
    await page.waitForFunction((id) => location.hash.includes(`focus=${id}`), spot.id);
    const label = synthetic.codebook.concepts.find((c) => c.id === spot.id)!.label;
    await expect.poll(() => evidence(page).locator('h2').first().textContent()).toBe(label);
    const said = synthetic.mentions.filter((m) => m.ref === spot.id).length;
    expect(await evidence(page).locator('blockquote').count()).toBe(said);
    // Keyboard: the access layer is in the tab order after the controls.
    await page.getByRole('button', { name: /^Reset the view/ }).focus();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-node'))).toBe(
      'c0001',
    );
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => location.hash.includes('focus=c0001'));

    // Export still gives an SVG: every node, drawn as the canvas is now (the focused concept's
    // neighbourhood stands out), and again after the focus is cleared.
    const exported = async () => {
      const file = await downloadBytes(page, () => exportAs(page, 'svg'));
      return page.evaluate((text) => {
        const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
        // Export keeps no class or data attribute: a node is a group placed by translate() that
        // holds its circle; its fading is its opacity (attribute or inlined style).
        const nodes = [...doc.querySelectorAll('g[transform^="translate("]')].filter(
          (g) => g.querySelector(':scope > circle') !== null,
        );
        const opacity = (g: Element) =>
          Number(
            g.getAttribute('opacity') ??
              /(?:^|;)\s*opacity:\s*([\d.]+)/.exec(g.getAttribute('style') ?? '')?.[1] ??
              1,
          );
        return { nodes: nodes.length, faded: nodes.filter((g) => opacity(g) < 1).length };
      }, new TextDecoder().decode(file.bytes));
    };
    const focused = await exported();
    expect(focused.nodes).toBe(2000);
    // All but the focused concept and its neighbours fade.
    const neighbours = new Set(
      synthetic.edges.sentence.flatMap((e) =>
        e.source === 'c0001' ? [e.target] : e.target === 'c0001' ? [e.source] : [],
      ),
    );
    expect(focused.faded).toBe(2000 - 1 - neighbours.size);
    await page.locator('.chart [data-node="c0001"]').focus();
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => !location.hash.includes('focus='));
    expect(await exported()).toEqual({ nodes: 2000, faded: 0 });
    await done(opened);
  }, 120_000);
});
