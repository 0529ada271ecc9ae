// index.html arrives with the page in it: the shell and the concept graph, rendered at build time
// from the same components, shown before any script runs and replaced by the live app without a
// shift. Every other view, and every view in Chinese, is built as a page of its own
// (prerender/<route>[.zh].html) that the first-paint script puts in place for the address that
// names it, before the app's scripts. With scripts off, the 2024 text and the charts' data are one
// link away.

import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { en } from '../../src/lib/i18n/en/index.ts';
import { zh } from '../../src/lib/i18n/zh/index.ts';
import { ROUTES, type Route } from '../../src/lib/state/url-state.ts';
import { viewFor } from '../../src/views/registry.ts';
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
const firstSentence = statement.text.slice(
  statement.sentences[0]!.start,
  statement.sentences[0]!.end,
);
const title = (route: Route, lang: 'en' | 'zh' = 'en'): string =>
  String((lang === 'en' ? en : zh)[viewFor(route).title]);
const OTHERS = ROUTES.filter((r) => r !== 'graph');

/** Holds the requests matching `url` until the returned function is called. */
async function hold(page: Page, url: RegExp): Promise<() => void> {
  let release: () => void = () => {};
  const held = new Promise<void>((done) => (release = done));
  await page.route(url, async (route) => {
    await held;
    await route.continue();
  });
  return release;
}
/** The app's scripts: held, the built page alone shows. */
const SCRIPTS = /\/assets\/[^/]+\.js$/;

/** What a reader sees first in each view, and must find at the same place in the live view. */
const KEPT: Record<Route, string[]> = {
  graph: ['h1', '.chart'],
  timeline: ['h1', '.purpose', '.chart', '.forums'],
  compare: ['h1', '.purpose', '.headline', '.chart'],
  map: ['h1', '.purpose', '.map'],
  // Below its first part the reader goes on drawing its text when idle (placeholders of estimated
  // height become text), in the live app as without a built page: only what is in view is compared.
  read: ['h1', 'article.text p'],
};

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

  it("shows only the shell for another view's address until that view's page has come", async () => {
    const context = await browser().newContext({ viewport: VIEWPORTS.phone });
    const page = await context.newPage();
    await page.route(/\/assets\/index-[^/]+\.js$/, () => new Promise<void>(() => {}));
    const release = await hold(page, /\/prerender\/read\.html$/);
    await page.goto(`${inject('baseUrl')}#/read`, { waitUntil: 'commit' });
    await page.locator('[data-prerendered] header').waitFor();
    // Once the stylesheets have come (nothing is painted before them), the graph view is hidden,
    // and stays so while the reader's page is held; the header names the reader as current.
    await expect.poll(() => page.locator('[data-prerendered] .graph-view').isVisible()).toBe(false);
    await page.waitForTimeout(300);
    expect(await page.locator('[data-prerendered] .graph-view').isVisible()).toBe(false);
    expect(await page.locator('[data-prerendered] header').isVisible()).toBe(true);
    const current = page.locator('[data-prerendered] nav a[href="#/read"]');
    expect(await current.evaluate((a) => getComputedStyle(a).fontWeight)).toBe('600');
    release();
    await page.locator('[data-prerendered] article.text p').first().waitFor();
    expect(await page.locator('[data-prerendered] .graph-view').count()).toBe(0);
    await context.close();
  });

  it("asks for the app's scripts and data once the view's page is in, not before", async () => {
    const context = await browser().newContext({ viewport: VIEWPORTS.phone });
    const page = await context.newPage();
    const asked: string[] = [];
    page.on('request', (r) => {
      if (/\/assets\/[^/]+\.js$|\/data\/[^/]+\.json$/.test(r.url()))
        asked.push(new URL(r.url()).pathname.replace(/-[\w-]+\.js$/, '.js'));
    });
    const release = await hold(page, /\/prerender\/timeline\.html$/);
    await page.goto(`${inject('baseUrl')}#/timeline`, { waitUntil: 'commit' });
    await page.locator('[data-prerendered] header').waitFor();
    await page.waitForTimeout(500);
    // The route's page has all the bandwidth and the main thread while it comes.
    expect(asked).toEqual([]);
    release();
    await page.locator('[data-prerendered] main h1:visible').waitFor();
    await page.waitForSelector(VIEW_SHOWN);
    expect(asked).toContain('/assets/index.js');
    expect(asked).toContain('/data/corpus.json');
    // The graph's layout is the graph's alone.
    expect(asked).not.toContain('/data/graph-layout.json');
    await context.close();
  });

  it("starts the app even when the view's page never comes", async () => {
    const context = await browser().newContext({ viewport: VIEWPORTS.desktop });
    const page = await context.newPage();
    await page.route(/\/prerender\/map\.html$/, () => new Promise<void>(() => {}));
    await page.goto(`${inject('baseUrl')}#/map`, { waitUntil: 'commit' });
    await page.waitForSelector(VIEW_SHOWN, {
      timeout: 20_000,
    });
    expect(await page.locator('[data-live] main h1').textContent()).toBe(title('map'));
    await context.close();
  });

  it("shows the English page when a Chinese address's page cannot be fetched, then the app in Chinese", async () => {
    const context = await browser().newContext({ viewport: VIEWPORTS.desktop });
    const page = await context.newPage();
    const release = await hold(page, SCRIPTS);
    await page.route(/\/prerender\/[a-z]+\.zh\.html$/, (route) => route.abort());
    // Another view: the English shell, its view left to the app, rather than an empty page.
    await page.goto(`${inject('baseUrl')}#/timeline?lang=zh`, { waitUntil: 'commit' });
    const header = page.locator('[data-prerendered] header');
    await expect.poll(() => header.isVisible()).toBe(true);
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.locator('[data-prerendered] main h1:visible').count()).toBe(0);
    // The graph: index.html's own English graph.
    const graphPage = await context.newPage();
    await hold(graphPage, SCRIPTS);
    await graphPage.route(/\/prerender\/[a-z]+\.zh\.html$/, (route) => route.abort());
    await graphPage.goto(`${inject('baseUrl')}#/graph?lang=zh`, { waitUntil: 'commit' });
    const graphHeading = graphPage.locator('[data-prerendered] main h1:visible');
    await expect.poll(() => graphHeading.allTextContents()).toEqual([title('graph')]);
    expect(await graphPage.locator('html').getAttribute('lang')).toBe('en');
    // The app, when it comes, speaks the link's language.
    release();
    await page.waitForSelector(VIEW_SHOWN);
    expect(await page.locator('[data-live] main h1').textContent()).toBe(title('timeline', 'zh'));
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
    await context.close();
  });

  it('fetches no built view for an address that names more than the view (a document, a sentence)', async () => {
    const context = await browser().newContext({ viewport: VIEWPORTS.desktop });
    const page = await context.newPage();
    const fetched: string[] = [];
    page.on('request', (r) => {
      if (r.url().includes('/prerender/')) fetched.push(r.url());
    });
    await page.route(/\/assets\/index-[^/]+\.js$/, () => new Promise<void>(() => {}));
    const s = statement.sentences[3]!.id;
    await page.goto(`${inject('baseUrl')}#/read?doc=${statement.id}&s=${s}`, {
      waitUntil: 'commit',
    });
    await page.locator('[data-prerendered] header').waitFor();
    await page.waitForTimeout(500);
    // The shell alone: the reader's first part of text would not be the sentence the link names.
    expect(fetched).toEqual([]);
    expect(await page.locator('[data-prerendered] main h1:visible').count()).toBe(0);
    expect(await page.locator('[data-prerendered] header').isVisible()).toBe(true);
    await context.close();
  });

  it("holds no other view's markup: each comes as a page of its own, in each language", async () => {
    const body = async (path: string): Promise<string> => {
      const response = await fetch(inject('baseUrl') + path);
      expect(response.status, path).toBe(200);
      return response.text();
    };
    const index = await body('');
    for (const route of OTHERS) expect(index).not.toContain(`>${title(route)}</h1>`);
    for (const route of ROUTES)
      for (const lang of ['en', 'zh'] as const) {
        if (route === 'graph' && lang === 'en') continue;
        const html = await body(`prerender/${route}${lang === 'zh' ? '.zh' : ''}.html`);
        // The whole app's markup at that address: its own heading only, the header in its language.
        expect(html, `${route} ${lang}`).toMatch(new RegExp(`<h1[^>]*>${title(route, lang)}</h1>`));
        expect([...html.matchAll(/<h1\b/g)].length).toBe(1);
        expect(html).toContain(
          `>${String((lang === 'en' ? en : zh)['shell.view.graph.label'])}</a>`,
        );
        // Fragments of the page: no document, no script, nothing that asks for another file.
        expect(html).not.toMatch(/<(script|html|link|head|body)\b/i);
        // The charts in both shapes (a wide drawing, and a tall one for phones).
        if (route !== 'read') {
          expect(html.indexOf('data-prerendered-shape="wide"'), route).toBeGreaterThan(0);
          expect(html.indexOf('data-prerendered-shape="tall"'), route).toBeGreaterThan(0);
        }
      }
    // The reader's first part, sentence by sentence, as the reader shows it first.
    const reader = await body('prerender/read.html');
    expect(reader).toContain(`data-sentence="${statement.sentences[0]!.id}"`);
  });

  it.each(ROUTES.flatMap((route) => [[route, 'phone'] as const, [route, 'desktop'] as const]))(
    'shows #/%s on a %s, its own view and no other, before any script of the app runs',
    async (route, size) => {
      const context = await browser().newContext({ viewport: VIEWPORTS[size] });
      const page = await context.newPage();
      await hold(page, SCRIPTS);
      await page.goto(`${inject('baseUrl')}#/${route}`, { waitUntil: 'commit' });
      const heading = page.locator('[data-prerendered] main h1:visible');
      await expect.poll(() => heading.allTextContents()).toEqual([title(route)]);
      expect(await page.locator('[data-prerendered] .graph-view').isVisible()).toBe(
        route === 'graph',
      );
      // The view's first words, and the reader's text, are painted already.
      if (route !== 'graph')
        expect(
          await page
            .locator('[data-prerendered] main :is(.purpose, article.text p):visible')
            .count(),
        ).toBeGreaterThan(0);
      if (route === 'read')
        expect(
          await page
            .locator(`[data-prerendered] [data-sentence="${statement.sentences[0]!.id}"]`)
            .textContent(),
        ).toBe(firstSentence);
      // The header names this view as the current one.
      const current = page.locator(`[data-prerendered] nav a[href="#/${route}"]`);
      expect(await current.evaluate((a) => getComputedStyle(a).fontWeight)).toBe('600');
      await context.close();
    },
  );

  it.each(ROUTES.flatMap((route) => [[route, 'phone'] as const, [route, 'desktop'] as const]))(
    '#/%s on a %s: the live view replaces the built one with everything at the same place',
    async (route, size) => {
      const context = await browser().newContext({ viewport: VIEWPORTS[size] });
      const page = await context.newPage();
      const release = await hold(page, SCRIPTS);
      await page.goto(`${inject('baseUrl')}#/${route}`, { waitUntil: 'commit' });
      await expect
        .poll(() => page.locator('[data-prerendered] main h1:visible').allTextContents())
        .toEqual([title(route)]);
      const boxes = async (scope: string): Promise<Record<string, unknown>> => {
        const out: Record<string, unknown> = {};
        for (const sel of ['header.top', ...KEPT[route]]) {
          const box = await page.locator(`${scope} ${sel}:visible`).first().boundingBox();
          out[sel] = box && {
            x: Math.round(box.x),
            y: Math.round(box.y),
            width: Math.round(box.width),
            height: Math.round(box.height),
          };
        }
        return out;
      };
      // Once what lies below the first screen has come in too.
      await page.waitForSelector('[data-prerendered-later]', { state: 'detached' });
      const before = await boxes('[data-prerendered]');
      for (const box of Object.values(before)) expect(box).not.toBeNull();
      release();
      await page.waitForSelector(VIEW_SHOWN);
      expect(await page.locator('[data-prerendered]').count()).toBe(0);
      // The share bar has come too: its place was kept.
      await page.locator('[data-live] .share-slot button').first().waitFor();
      expect(await boxes('[data-live]')).toEqual(before);
      await context.close();
    },
  );

  it('shows a Chinese address its own page, never the English one', async () => {
    const context = await browser().newContext({ viewport: VIEWPORTS.desktop });
    const page = await context.newPage();
    await hold(page, SCRIPTS);
    const release = await hold(page, /\/prerender\/timeline\.zh\.html$/);
    await page.goto(`${inject('baseUrl')}#/timeline?lang=zh`, { waitUntil: 'commit' });
    await page.locator('[data-prerendered] header').waitFor({ state: 'attached' });
    await page.waitForTimeout(300);
    // While its page is on its way, nothing of the English one shows.
    expect(await page.locator('[data-prerendered]').isVisible()).toBe(false);
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
    release();
    const heading = page.locator('[data-prerendered] main h1:visible');
    await expect.poll(() => heading.allTextContents()).toEqual([title('timeline', 'zh')]);
    expect(
      await page.getByText(String(en['shell.view.timeline.label']), { exact: true }).count(),
    ).toBe(0);
    await context.close();
  });

  it('shows a reader who chose Chinese before the Chinese graph at a plain #/graph, never the English one first', async () => {
    const context = await browser().newContext({ viewport: VIEWPORTS.phone });
    // The choice the app stored on an earlier visit (src/browser/language-choice.ts).
    await context.addInitScript(() => localStorage.setItem('gdi-explorer.lang', 'zh'));
    // Whether the page is marked Chinese by the time the parser has read it all: before any frame
    // of index.html's English graph could be painted (listened to before the page's own scripts).
    await context.addInitScript(() =>
      document.addEventListener('readystatechange', () => {
        if (document.readyState === 'interactive')
          (window as unknown as { zhWhenParsed: boolean }).zhWhenParsed =
            document.documentElement.getAttribute('data-prerendered-lang') === 'zh';
      }),
    );
    const page = await context.newPage();
    await hold(page, SCRIPTS);
    const release = await hold(page, /\/prerender\/graph\.zh\.html$/);
    await page.goto(`${inject('baseUrl')}#/graph`, { waitUntil: 'commit' });
    await page.locator('[data-prerendered] header').waitFor({ state: 'attached' });
    await page.waitForTimeout(300);
    // While the Chinese page is on its way, nothing has been painted: no English graph, not even
    // for a frame.
    expect(await page.locator('[data-prerendered]').isVisible()).toBe(false);
    const painted = await page.evaluate(() =>
      performance.getEntriesByType('paint').map((e) => e.name),
    );
    expect(painted).not.toContain('first-contentful-paint');
    expect(
      await page.evaluate(() => (window as unknown as { zhWhenParsed: boolean }).zhWhenParsed),
    ).toBe(true);
    release();
    const heading = page.locator('[data-prerendered] main h1:visible');
    await expect.poll(() => heading.allTextContents()).toEqual([title('graph', 'zh')]);
    await context.close();
  });

  it('on a phone, shows the whole first screen of the comparison at once and what is below it after', async () => {
    const context = await browser().newContext({ viewport: VIEWPORTS.phone });
    const page = await context.newPage();
    await hold(page, SCRIPTS);
    // What is visible in the first frame after the page is placed (recorded in that frame).
    await page.addInitScript(() => {
      new MutationObserver((records, observer) => {
        const placed = document.querySelector('[data-prerendered-fragment]');
        if (!placed) return;
        observer.disconnect();
        requestAnimationFrame(() => {
          const seen = (sel: string): boolean =>
            [...placed.querySelectorAll(sel)].some((e) => e.getClientRects().length > 0);
          (window as unknown as { firstFrame: Record<string, boolean> }).firstFrame = {
            h1: seen('main h1'),
            purpose: seen('.purpose'),
            headline: seen('.headline'),
            firstSet: seen('.set-card'),
            chart: seen('.chart'),
          };
        });
      }).observe(document, { childList: true, subtree: true, attributes: true });
    });
    await page.goto(`${inject('baseUrl')}#/compare`, { waitUntil: 'commit' });
    await page.waitForFunction(() => 'firstFrame' in window);
    // The chart, far below the first screen, is not laid out in that frame.
    expect(
      await page.evaluate(() => (window as unknown as { firstFrame: unknown }).firstFrame),
    ).toEqual({
      h1: true,
      purpose: true,
      headline: true,
      firstSet: true,
      chart: false,
    });
    // Then it all comes, without the app.
    await page.locator('[data-prerendered] .chart:visible').waitFor();
    expect(await page.locator('[data-prerendered] .set-card:visible').count()).toBe(
      await page.locator('[data-prerendered] .set-card').count(),
    );
    await context.close();
  });

  it('shows the Chinese graph to a browser that asks for Chinese, with no lang in the link', async () => {
    const context = await browser().newContext({ viewport: VIEWPORTS.phone, locale: 'zh-CN' });
    const page = await context.newPage();
    await hold(page, SCRIPTS);
    await page.goto(`${inject('baseUrl')}#/graph`, { waitUntil: 'commit' });
    const heading = page.locator('[data-prerendered] main h1:visible');
    await expect.poll(() => heading.allTextContents()).toEqual([title('graph', 'zh')]);
    expect(
      await page.locator('[data-prerendered] svg[data-prerendered-shape="tall"]').isVisible(),
    ).toBe(true);
    await context.close();
  });

  it('shows nothing of the built page in an embed, and fetches no view page for it', async () => {
    const context = await browser().newContext({ viewport: VIEWPORTS.embed });
    const page = await context.newPage();
    const fetched: string[] = [];
    page.on('request', (r) => {
      if (r.url().includes('/prerender/')) fetched.push(r.url());
    });
    await page.route(/\/assets\/index-[^/]+\.js$/, () => new Promise<void>(() => {}));
    await page.goto(`${inject('baseUrl')}#/timeline?embed=1`, { waitUntil: 'commit' });
    await page.locator('[data-prerendered]').waitFor({ state: 'attached' });
    await page.waitForTimeout(300);
    expect(await page.locator('[data-prerendered]').isVisible()).toBe(false);
    expect(fetched).toEqual([]);
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
