// Hostile input in a real browser: 200 generated links (test/support/hostile-urls.ts) each load
// without an uncaught error, run no script they carry, show a usable view (a heading, the views'
// navigation, a canonical address), and let the reader move on.

import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { indexCorpus, urlVocabulary } from '../../src/lib/model/corpus-index.ts';
import { parseUrl, ROUTES, serializeUrl } from '../../src/lib/state/url-state.ts';
import { FIRST_PAINT_SCRIPT } from '../../scripts/security-headers.ts';
import { hostileUrls } from '../support/hostile-urls.ts';
import { realCorpus } from '../support/mini-corpus.ts';
import { VIEW_SHOWN } from '../support/view-shown.ts';
import { goToView, useBrowser } from './browser.ts';

const { browser } = useBrowser();
const vocab = urlVocabulary(indexCorpus(realCorpus()));
const URLS = hostileUrls(vocab, 200);
const BATCH = 20;

/** What the page shows once a link has loaded, read in one go. */
async function shown(page: Page) {
  return page.evaluate(() => ({
    hash: location.hash,
    heading: document.querySelector('main h1, main h2')?.textContent?.trim() ?? '',
    content: (document.querySelector('main') as HTMLElement | null)?.innerText.trim() ?? '',
    navLinks: document.querySelectorAll('nav[aria-label="Views"] a').length,
    current: document.querySelector('nav a[aria-current="page"]')?.getAttribute('href') ?? null,
    pwned: 'pwned' in window || '__pwned' in window,
    // Inline handlers or script URLs anywhere in the document: text from a link became markup.
    injected: [...document.body.querySelectorAll('*')].flatMap((el) =>
      [...el.attributes]
        .filter(
          (a) =>
            /^on/i.test(a.name) ||
            /^(javascript|vbscript|data:text\/html)/i.test(a.value.replace(/\s/g, '')),
        )
        .map((a) => `${el.tagName.toLowerCase()} ${a.name}="${a.value.slice(0, 40)}"`),
    ),
    scripts: [...document.scripts].map((s) => s.src || `inline:${s.textContent ?? ''}`),
  }));
}

describe('200 hostile links', () => {
  const batches = Array.from({ length: URLS.length / BATCH }, (_, b) => b);
  it.each(batches)('batch %i: each loads cleanly into a usable view', async (b) => {
    const baseUrl = inject('baseUrl');
    const context = await browser().newContext();
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(`console: ${m.text()}`);
    });
    page.on('dialog', (d) => {
      errors.push(`dialog: ${d.message()}`);
      void d.dismiss();
    });
    for (const [i, hash] of URLS.slice(b * BATCH, (b + 1) * BATCH).entries()) {
      const label = `#${b * BATCH + i} ${JSON.stringify(hash).slice(0, 120)}`;
      errors.length = 0;
      await page.goto('about:blank');
      await page.goto(baseUrl + hash);
      await page.waitForSelector(VIEW_SHOWN, { timeout: 15_000 }).catch((e: Error) => {
        throw new Error(`${label}: no view shown (${e.message.split('\n')[0]})`);
      });
      const s = await shown(page);
      expect(errors, label).toEqual([]);
      expect(s.pwned, label).toBe(false);
      expect(s.injected, label).toEqual([]);
      // Scripts of the app's own origin, and inline only the first-paint script that the
      // security policy allows by its hash (test/e2e/security.test.ts).
      expect(
        s.scripts.every((src) => src.startsWith(baseUrl) || src === `inline:${FIRST_PAINT_SCRIPT}`),
        `${label}: ${s.scripts
          .filter((src) => !src.startsWith(baseUrl))
          .join(', ')
          .slice(0, 200)}`,
      ).toBe(true);
      // The address is canonical: what the app shows is exactly what the link now says.
      const parsed = parseUrl(s.hash, vocab);
      expect(s.hash === '' || serializeUrl(parsed.state) === s.hash, `${label} → ${s.hash}`).toBe(
        true,
      );
      if (parsed.state.embed) {
        // Embedded: the chart alone, no navigation; something to see all the same.
        expect(s.content, label).not.toBe('');
        expect(s.navLinks, label).toBe(0);
        continue;
      }
      expect(s.heading, label).not.toBe('');
      expect(s.navLinks, label).toBe(ROUTES.length);
      expect(s.current, label).toMatch(new RegExp(`^#/${parsed.state.route}`));
      // And the reader can move on: the views' navigation works from here.
      const next = ROUTES[(ROUTES.indexOf(parsed.state.route) + 1) % ROUTES.length]!;
      await goToView(page, next);
      expect(errors, `${label}, then #/${next}`).toEqual([]);
    }
    await context.close();
  });
});
