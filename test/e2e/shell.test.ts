// The app shell in a real browser: the corpus loads, navigation and the URL agree, bad links and a
// broken corpus give clear messages, the page fits a phone.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { startStaticServer } from '../../scripts/static-server.ts';
import type { Corpus } from '../../src/lib/corpus/types.ts';
import { ROUTES } from '../../src/lib/state/url-state.ts';
import { goToView, useBrowser, VIEWPORTS } from './browser.ts';

const { open } = useBrowser();
const corpusText = readFileSync('public/data/corpus.json', 'utf8');
const corpus = JSON.parse(corpusText) as Corpus;

describe('app shell', () => {
  it('loads the real corpus: product name, five views, the theme legend and the corpus figures', async () => {
    const { page, errors, foreignRequests } = await open('#/graph');
    expect(await page.locator('header .brand-name').textContent()).toBe(
      'GDI Digital Cooperation Explorer',
    );
    const nav = page.getByRole('navigation', { name: 'Views' });
    expect(await nav.getByRole('link').allTextContents()).toEqual([
      'Concept graph',
      'Timeline',
      'Compare years',
      'Map',
      'Read',
    ]);
    const legend = page.getByRole('group', { name: /Themes/ });
    expect(await legend.getByRole('button', { pressed: true }).count()).toBe(
      corpus.codebook.themes.length,
    );
    const sentences = corpus.documents.reduce((n, d) => n + d.sentences.length, 0);
    expect((await page.locator('footer').textContent())?.replace(/\s+/g, ' ')).toContain(
      `${sentences} sentences, ${corpus.codebook.concepts.length} concepts`,
    );
    expect(errors).toEqual([]);
    expect(foreignRequests).toEqual([]);
    await page.context().close();
  });

  it('opens each view by its link, with a heading and no errors', async () => {
    const { page, errors } = await open('');
    for (const route of ROUTES) {
      await goToView(page, route);
      expect(await page.locator(`nav a[aria-current="page"]`).getAttribute('href')).toMatch(
        new RegExp(`^#/${route}`),
      );
    }
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('loads the code of what is asked for when it is asked for, not with the view', async () => {
    const scripts: string[] = [];
    const { page, errors } = await open('#/graph', {
      beforeLoad: async (p) =>
        p.on('request', (r) => void (r.resourceType() === 'script' && scripts.push(r.url()))),
    });
    await page.waitForLoadState('networkidle');
    const fetched = (name: string) =>
      scripts.some((u) => new RegExp(`/${name}-[\\w-]+\\.js$`).test(u));
    // The cite and embed dialogs, a selection's evidence, the year-by-year layout, the reader's
    // messages, the add-document form and the canvas renderer (large graphs only) are not fetched
    // to show the graph.
    for (const name of [
      'ShareDialogs',
      'EvidenceDetail',
      'YearsView',
      'reader',
      'AddDocumentForm',
      'Graph.canvas',
    ])
      expect(fetched(name), name).toBe(false);
    await page.getByRole('button', { name: /^Share/ }).click();
    await page.getByRole('menuitem', { name: /^Cite/ }).click();
    await page.getByRole('dialog').getByRole('heading').first().waitFor();
    expect(fetched('ShareDialogs')).toBe(true);
    expect(errors).toEqual([]);
  });

  it('moves back and forward through states', async () => {
    const { page } = await open('#/graph');
    await page.locator('nav a[href^="#/timeline"]').click();
    await page.waitForFunction(() => location.hash.startsWith('#/timeline'));
    await page.goBack();
    await page.waitForFunction(() => location.hash.startsWith('#/graph'));
    expect(await page.locator('nav a[aria-current="page"]').textContent()).toBe('Concept graph');
    await page.goForward();
    await page.waitForFunction(() => location.hash.startsWith('#/timeline'));
    expect(await page.locator('nav a[aria-current="page"]').textContent()).toBe('Timeline');
    await page.context().close();
  });

  it('keeps the theme filter in the URL and restores it from a link', async () => {
    const { page } = await open('#/graph');
    const legend = page.getByRole('group', { name: /Themes/ });
    await legend.getByRole('button', { name: /^AI governance/ }).click();
    await page.waitForFunction(() => location.hash.includes('themes='));
    const hash = await page.evaluate(() => location.hash);
    expect(hash).not.toContain('ai-governance');
    const again = await open(hash);
    expect(
      await again.page
        .getByRole('group', { name: /Themes/ })
        .getByRole('button', { name: /^AI governance/ })
        .getAttribute('aria-pressed'),
    ).toBe('false');
    expect(
      await again.page
        .getByRole('group', { name: /Themes/ })
        .getByRole('button', { name: /^Data flows/ })
        .getAttribute('aria-pressed'),
    ).toBe('true');
    await page.context().close();
    await again.page.context().close();
  });

  it('says quietly which link parameters it ignored, shows the rest, and cleans the URL', async () => {
    const { page, errors } = await open(
      '#/graph?year=1999&themes=ai-governance&focus=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&utm=1',
    );
    const notice = page.getByRole('status').filter({ hasText: 'not understood' });
    const text = await notice.textContent();
    expect(text).toContain('year=1999 (no forum in 1999');
    expect(text).toContain('focus=<img src=x onerror=alert(1)> (unknown concept)');
    expect(await page.locator('main img').count()).toBe(0);
    expect(await page.evaluate(() => location.hash)).toBe('#/graph?themes=ai-governance');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('fits a phone screen without sideways scrolling', async () => {
    for (const route of ROUTES) {
      const { page } = await open(`#/${route}`, { viewport: VIEWPORTS.phone });
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, route).toBeLessThanOrEqual(0);
      await page.context().close();
    }
  });

  it('reaches the skip link, the product name and the views by keyboard, with a visible focus', async () => {
    const { page } = await open('#/graph');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to content');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.classList.contains('brand'))).toBe(
      true,
    );
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Concept graph');
    const outline = await page.evaluate(
      () => getComputedStyle(document.activeElement!).outlineStyle,
    );
    expect(outline).toBe('solid');
    await page.context().close();
  });
});

describe('a broken corpus', () => {
  const dist = inject('distDir');
  const corpusPath = '/data/corpus.json';

  it.each([
    ['missing', { status: 404, body: 'not found' }, /answered 404/],
    [
      'corrupt',
      { status: 200, body: '{"schemaVersion": 1, "documents": [', type: 'application/json' },
      /not valid JSON/,
    ],
    [
      'from another version',
      { status: 200, body: '{"schemaVersion": 99}', type: 'application/json' },
      /schemaVersion is 99/,
    ],
    ['a server error', { status: 500, body: 'internal error' }, /answered 500/],
    ['empty', { status: 200, body: '', type: 'application/json' }, /not valid JSON/],
    [
      'cut off half way',
      { status: 200, body: corpusText.slice(0, corpusText.length >> 1), type: 'application/json' },
      /not valid JSON/,
    ],
    [
      'the host’s HTML page instead',
      { status: 200, body: '<!doctype html><title>Not found</title>', type: 'text/html' },
      /not valid JSON/,
    ],
    ['JSON null', { status: 200, body: 'null', type: 'application/json' }, /not a JSON object/],
    [
      'missing its lists',
      { status: 200, body: '{"schemaVersion": 1, "codebook": {}}', type: 'application/json' },
      /"documents" is missing/,
    ],
  ])(
    'shows a clear error with a retry when corpus.json is %s, and recovers on retry',
    async (_name, override, message) => {
      const overrides = new Map([[corpusPath, override]]);
      const server = await startStaticServer({ root: dist, overrides });
      const { page } = await open('#/graph', { baseUrl: server.url, waitForApp: false });
      const alert = page.getByRole('alert');
      await alert.waitFor();
      expect(await alert.textContent()).toMatch(message);
      // The live app's header (the page built into index.html may still be there, hidden).
      expect(await page.locator('[data-live] header .brand-name').textContent()).toBe(
        'GDI Digital Cooperation Explorer',
      );
      overrides.clear();
      await alert.getByRole('button', { name: 'Try again' }).click();
      await page.getByRole('group', { name: /Themes/ }).waitFor();
      expect(await page.getByRole('alert').count()).toBe(0);
      await page.context().close();
      await server.close();
    },
  );

  it('shows a clear error with a retry when the corpus cannot be fetched at all', async () => {
    let fail = true;
    const { page } = await open('#/graph', {
      waitForApp: false,
      beforeLoad: async (p) => {
        await p.route('**/data/corpus.json', (route) =>
          fail ? route.abort('connectionrefused') : route.continue(),
        );
      },
    });
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/could not be fetched.*check the connection/);
    fail = false;
    await alert.getByRole('button', { name: 'Try again' }).click();
    await page.getByRole('group', { name: /Themes/ }).waitFor();
    await page.context().close();
  });

  it('serves the built files it tests (the corpus in dist is the committed one)', () => {
    expect(readFileSync(join(dist, 'data/corpus.json'), 'utf8')).toBe(
      readFileSync('public/data/corpus.json', 'utf8'),
    );
  });
});
