// The app under the Content-Security-Policy it recommends (scripts/security-headers.ts), sent as a
// header by the static server: every route works with no violation; the policy does forbid
// inline script and other origins; any site may frame an embed; and no request leaves the page's
// own origin, on any route, in any state.

import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  contentSecurityPolicy,
  FIRST_PAINT_SCRIPT,
  securityHeaders,
} from '../../scripts/security-headers.ts';
import { startStaticServer, type RunningServer } from '../../scripts/static-server.ts';
import { ROUTES } from '../../src/lib/state/url-state.ts';
import { VIEW_SHOWN } from '../support/view-shown.ts';
import { busiestConcept } from './audit.ts';
import { goToView, useBrowser, VIEWPORTS } from './browser.ts';

const { open, browser } = useBrowser();
const focus = busiestConcept();
let server: RunningServer;

beforeAll(async () => {
  server = await startStaticServer({
    root: inject('distDir'),
    gzip: true,
    cache: true,
    headers: securityHeaders(),
  });
});
afterAll(async () => {
  await server.close();
});

/** Records every CSP violation the page reports, from before its first script runs. */
async function watchViolations(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      w.__csp.push(`${e.effectiveDirective}: ${e.blockedURI || e.sample || '(inline)'}`),
    );
  });
  return () => page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);
}

async function openUnderPolicy(hash: string, viewport: { width: number; height: number }) {
  let violations: () => Promise<string[]> = async () => [];
  const opened = await open(hash, {
    baseUrl: server.url,
    viewport,
    beforeLoad: async (page) => {
      violations = await watchViolations(page);
    },
  });
  return { ...opened, violations };
}

describe('the Content-Security-Policy', () => {
  it('is sent as a header, and as a <meta> in the built index.html without frame-ancestors', async () => {
    const response = await fetch(server.url);
    expect(response.headers.get('content-security-policy')).toBe(contentSecurityPolicy());
    const html = readFileSync(join(inject('distDir'), 'index.html'), 'utf8');
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html);
    expect(meta?.[1]).toBe(contentSecurityPolicy({ meta: true }));
    expect(meta?.[1]).not.toContain('frame-ancestors');
    // One inline script, the first-paint one the policy allows by its hash; style elements (the
    // first view's stylesheets) and, in the page built into it, only the theme swatches' colours as
    // style attributes, which style-src allows.
    const inline = [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/gi)];
    expect(inline.map((m) => m[1])).toEqual([FIRST_PAINT_SCRIPT]);
    expect(contentSecurityPolicy()).toContain(
      `'sha256-${createHash('sha256').update(FIRST_PAINT_SCRIPT).digest('base64')}'`,
    );
    for (const [attr] of html.matchAll(/\sstyle="[^"]*"/gi))
      expect(attr).toMatch(/^ style="background: #[0-9a-f]{6};"$/i);
  });

  it.each(
    ROUTES.flatMap((r) => [
      [r, ''],
      [r, `?focus=${focus}`],
      [r, '?embed=1'],
    ]),
  )('lets #/%s%s work with no violation and no request to another origin', async (route, query) => {
    const viewport = query.includes('embed') ? VIEWPORTS.embed : VIEWPORTS.desktop;
    const { page, errors, foreignRequests, violations } = await openUnderPolicy(
      `#/${route}${query}`,
      viewport,
    );
    if (!query.includes('embed')) {
      // Use it a little: filter a theme, then move to the next view.
      await page
        .getByRole('group', { name: /Themes/ })
        .getByRole('button', { name: /^AI governance/ })
        .click();
      await page.waitForFunction(() => location.hash.includes('themes='));
      const next = ROUTES[(ROUTES.indexOf(route) + 1) % ROUTES.length]!;
      await goToView(page, next);
    }
    await page.waitForLoadState('networkidle');
    expect(await violations()).toEqual([]);
    expect(errors).toEqual([]);
    expect(foreignRequests).toEqual([]);
    await page.context().close();
  });

  it('blocks inline script and requests to other origins (the policy has teeth)', async () => {
    const { page, violations } = await openUnderPolicy('#/graph', VIEWPORTS.desktop);
    const outcome = await page.evaluate(async () => {
      const script = document.createElement('script');
      script.textContent = 'window.__inlineRan = true';
      document.body.append(script);
      let fetched = true;
      try {
        await fetch('https://example.com/tracker.js');
      } catch {
        fetched = false;
      }
      return { inlineRan: '__inlineRan' in window, fetched };
    });
    expect(outcome).toEqual({ inlineRan: false, fetched: false });
    await page.waitForFunction(() => (window as unknown as { __csp: string[] }).__csp.length >= 2);
    const seen = await violations();
    expect(seen.some((v) => v.startsWith('script-src'))).toBe(true);
    expect(seen.some((v) => v.startsWith('connect-src: https://example.com'))).toBe(true);
    await page.context().close();
  });

  it('lets a page of another origin embed a chart (frame-ancestors *)', async () => {
    const embedUrl = `${server.url}#/graph?embed=1`;
    const host = await startStaticServer({
      root: inject('distDir'),
      overrides: new Map([
        [
          '/article.html',
          {
            status: 200,
            type: 'text/html; charset=utf-8',
            body: `<!doctype html><title>An article</title><iframe title="Chart" src="${embedUrl}" width="600" height="400"></iframe>`,
          },
        ],
      ]),
    });
    const context = await browser().newContext();
    const page = await context.newPage();
    await page.goto(`${host.url}article.html`);
    const frame = page.frameLocator('iframe');
    await frame.locator(VIEW_SHOWN).first().waitFor({ timeout: 15_000 });
    expect(await frame.locator('nav').count()).toBe(0);
    await context.close();
    await host.close();
  });
});
