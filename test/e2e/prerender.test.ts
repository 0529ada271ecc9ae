// index.html arrives with the page in it: the shell and the concept graph, rendered at build time
// from the same components, shown before any script runs and replaced by the live app without a
// shift. With scripts off, the 2024 text and the charts' data are one link away.

import { describe, expect, inject, it } from 'vitest';
import { buildConceptGraph } from '../../src/lib/model/concept-graph.ts';
import { indexCorpus } from '../../src/lib/model/corpus-index.ts';
import { realCorpus } from '../support/mini-corpus.ts';
import { VIEW_SHOWN } from '../support/view-shown.ts';
import { useBrowser, VIEWPORTS } from './browser.ts';

const { browser } = useBrowser();
const corpus = realCorpus();
const graph = buildConceptGraph(indexCorpus(corpus), {
  themes: null,
  year: null,
  unit: 'sentence',
});
const statement = corpus.documents.find((d) => d.id === '2024-chair-statement')!;

describe('the built index.html', () => {
  it('holds the heading, the views, the legend and the graph, before any script runs', async () => {
    const html = await (await fetch(inject('baseUrl'))).text();
    const body = html.slice(html.indexOf('<body'));
    expect(body).toContain('GDI Digital Cooperation Explorer');
    expect(body).toContain('<h1 id="graph-title"');
    expect(body).toMatch(/<h1 id="graph-title"[^>]*>How the themes connect<\/h1>/);
    for (const label of ['Concept graph', 'Timeline', 'Compare years', 'Map', 'Read'])
      expect(body).toContain(`>${label}</a>`);
    for (const theme of corpus.codebook.themes) expect(body).toContain(theme.label);
    // The graph, twice (a wide drawing, and a tall one for phones), each with every concept.
    const svgs = [...body.matchAll(/<svg data-prerendered-shape="(wide|tall)"[\s\S]*?<\/svg>/g)];
    expect(svgs.map((m) => m[1])).toEqual(['wide', 'tall']);
    for (const [svg] of svgs) {
      const nodes = new Set([...svg.matchAll(/data-node="([^"]+)"/g)].map((m) => m[1]));
      expect(nodes).toEqual(new Set(graph.nodes.map((n) => n.id)));
    }
    // The chart's data table too, for screen readers and for reading without scripts.
    expect(body).toMatch(/<table[\s\S]*?<\/table>/);
  });

  it('is shown at once, and replaced by the live app without shifting the heading', async () => {
    const context = await browser().newContext({ viewport: VIEWPORTS.desktop });
    const page = await context.newPage();
    // Hold the app's script: what shows then is the built page alone.
    let release: () => void = () => {};
    const held = new Promise<void>((done) => (release = done));
    await page.route(/\/assets\/index-[^/]+\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(`${inject('baseUrl')}#/graph`, { waitUntil: 'commit' });
    const heading = page.locator('[data-prerendered] h1');
    await heading.waitFor();
    expect(await heading.textContent()).toBe('How the themes connect');
    expect(
      await page.locator('[data-prerendered] svg[data-prerendered-shape="wide"]').isVisible(),
    ).toBe(true);
    const before = await heading.boundingBox();
    release();
    await page.waitForSelector(VIEW_SHOWN);
    await page.waitForSelector('[data-live] .chart [data-node]', { state: 'attached' });
    expect(await page.locator('[data-prerendered]').count()).toBe(0);
    const after = await page.locator('[data-live] h1').boundingBox();
    expect(after).toEqual(before);
    await context.close();
  });

  it("shows only the shell for another view's address until that view is drawn", async () => {
    const context = await browser().newContext({ viewport: VIEWPORTS.phone });
    const page = await context.newPage();
    await page.route(/\/assets\/index-[^/]+\.js$/, () => new Promise<void>(() => {}));
    await page.goto(`${inject('baseUrl')}#/read?doc=2024-chair-statement`, {
      waitUntil: 'commit',
    });
    await page.locator('[data-prerendered] header').waitFor();
    // Once the stylesheets have come (nothing is painted before them), the graph view is hidden,
    // and stays so while the app's script is held.
    await expect.poll(() => page.locator('[data-prerendered] .graph-view').isVisible()).toBe(false);
    await page.waitForTimeout(500);
    expect(await page.locator('[data-prerendered] .graph-view').isVisible()).toBe(false);
    expect(await page.locator('[data-prerendered] header').isVisible()).toBe(true);
    await context.close();
  });
});

describe('with JavaScript turned off', () => {
  it('reads the 2024 text, sentence by sentence, one link from the start page', async () => {
    const context = await browser().newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(inject('baseUrl'));
    await page.getByRole('link', { name: statement.title }).first().click();
    await page.getByRole('heading', { level: 1, name: statement.title }).waitFor();
    for (const s of [statement.sentences[0]!, statement.sentences.at(-1)!]) {
      const text = statement.text.slice(s.start, s.end);
      expect(await page.locator(`[id="${s.id}"]`).textContent()).toBe(text);
    }
    expect(await page.locator('main > p[id], main > h2[id]').count()).toBe(
      statement.paragraphs.length,
    );
    await context.close();
  });

  it("reads each chart's data as tables, one link from the start page", async () => {
    const context = await browser().newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(inject('baseUrl'));
    await page.getByRole('link', { name: "The charts' data, as tables" }).click();
    for (const view of ['Concept graph', 'Timeline', 'Compare years', 'Map'])
      expect(await page.getByRole('heading', { level: 2, name: view }).count()).toBe(1);
    const concepts = page.locator('section:has(#graph) table').first();
    expect(await concepts.locator('tbody tr').count()).toBe(graph.nodes.length);
    await context.close();
  });
});
