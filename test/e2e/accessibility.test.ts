// The accessibility audit, in Chromium, for every route of the URL contract (so a view is covered
// the day it lands): axe-core with no violations in each state a view can be in; every control
// reached by Tab with a visible focus and no trap; reduced motion honoured; usable at 200% zoom.

import { describe, expect, inject, it } from 'vitest';
import { startStaticServer } from '../../scripts/static-server.ts';
import { ROUTES } from '../../src/lib/state/url-state.ts';
import { contrastRatio } from '../support/contrast.ts';
import {
  axeViolations,
  busiestConcept,
  framesWithChanges,
  quietMain,
  motion,
  openExportMenu,
  tabWalk,
} from './audit.ts';
import { goToView, useBrowser, VIEWPORTS } from './browser.ts';
import { CHART_ROUTES, chartStatus } from './charts.ts';

const { open } = useBrowser();
const focus = busiestConcept();

/** The states of a view the audit visits: hash suffix, viewport, and what to do once loaded. */
const STATES = [
  { name: 'as opened', query: '', viewport: VIEWPORTS.desktop },
  { name: 'on a phone', query: '', viewport: VIEWPORTS.phone },
  // A concept selected: where the view has an evidence panel, it is open.
  { name: 'with a concept selected', query: `?focus=${focus}`, viewport: VIEWPORTS.desktop },
  { name: 'embedded', query: '?embed=1', viewport: VIEWPORTS.embed },
] as const;

describe('axe-core finds no violations', () => {
  it.each(ROUTES.flatMap((route) => STATES.map((state) => [route, state.name, state] as const)))(
    'on #/%s %s',
    async (route, _name, state) => {
      const { page, errors } = await open(`#/${route}${state.query}`, {
        viewport: state.viewport,
      });
      expect(await axeViolations(page)).toEqual([]);
      expect(errors).toEqual([]);
      await page.context().close();
    },
  );

  // Every view with a chart has an Export menu (charts.ts lists those without, with the reason).
  it.each(CHART_ROUTES)('on #/%s with its export menu open', async (route) => {
    const { page } = await open(`#/${route}`);
    expect((await chartStatus(page)).kind).toBe('chart');
    await openExportMenu(page);
    expect(await page.locator('[role="menu"] [role="menuitem"]').count()).toBeGreaterThan(3);
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });

  it.each([
    ['as opened', '', VIEWPORTS.desktop],
    ['with a concept selected', `&focus=${focus}`, VIEWPORTS.desktop],
    ['on a phone', `&focus=${focus}`, VIEWPORTS.phone],
    ['embedded', '&embed=1', VIEWPORTS.embed],
  ] as const)('on the graph year by year (layout=years) %s', async (_name, query, viewport) => {
    const { page, errors } = await open(`#/graph?layout=years${query}`, { viewport });
    await page.waitForSelector('svg.year-panels');
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('on the note about ignored link parameters', async () => {
    const { page } = await open('#/graph?year=1999&focus=no-such-concept');
    await page.getByRole('status').filter({ hasText: 'not understood' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });

  it('on the error page shown when the corpus cannot be loaded', async () => {
    const server = await startStaticServer({
      root: inject('distDir'),
      overrides: new Map([['/data/corpus.json', { status: 404, body: 'not found' }]]),
    });
    const { page } = await open('#/graph', { baseUrl: server.url, waitForApp: false });
    await page.getByRole('alert').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
    await server.close();
  });

  it.each(ROUTES)('on the text #/%s draws in SVG (which axe does not check)', async (route) => {
    const { page } = await open(`#/${route}?focus=${focus}`);
    // SVG text against the page: 4.5:1, or 3:1 for large text (24px, or 18.66px bold).
    const texts = await page.evaluate(() =>
      [...document.querySelectorAll('main svg text')]
        .filter((t) => (t.textContent ?? '').trim() !== '')
        .map((t) => {
          const s = getComputedStyle(t);
          const rgb = /rgba?\((\d+), (\d+), (\d+)(?:, ([\d.]+))?\)/.exec(s.fill);
          return {
            text: (t.textContent ?? '').trim().slice(0, 40),
            fill: rgb
              ? `#${[rgb[1], rgb[2], rgb[3]].map((v) => Number(v).toString(16).padStart(2, '0')).join('')}`
              : null,
            opacity: (rgb?.[4] ? Number(rgb[4]) : 1) * Number(s.opacity) * Number(s.fillOpacity),
            large:
              parseFloat(s.fontSize) >= 24 ||
              (parseFloat(s.fontSize) >= 18.66 && Number(s.fontWeight) >= 700),
          };
        }),
    );
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(background).toMatch(/rgb\(255, 255, 255\)|rgba\(0, 0, 0, 0\)/);
    const poor = texts
      .filter((t) => t.fill !== null && t.opacity >= 0.99)
      .filter((t) => contrastRatio(t.fill!, '#ffffff') < (t.large ? 3 : 4.5))
      .map((t) => `"${t.text}" in ${t.fill}`);
    expect(poor).toEqual([]);
    // Faded text (hover dimming) is decoration; text a reader must read is opaque.
    await page.context().close();
  });
});

describe('keyboard only', () => {
  it.each(ROUTES.flatMap((route) => [[route, ''] as const, [route, '?embed=1'] as const]))(
    'reaches every control of #/%s%s by Tab, shows where focus is, and lets focus go',
    async (route, query) => {
      const { page } = await open(`#/${route}${query}`);
      // A view that fetches more once open (the map's atlas) redraws when it arrives: walk after.
      await page.waitForLoadState('networkidle');
      const walk = await tabWalk(page);
      const reached = new Set(walk.stops.map((s) => s.tabbable));
      const missed = walk.tabbable.filter((_, i) => !reached.has(i));
      expect(missed, 'controls Tab never reaches').toEqual([]);
      expect(
        walk.stops.filter((s) => !s.indicated).map((s) => s.label),
        'stops without a visible focus indicator',
      ).toEqual([]);
      expect(
        walk.stops.filter((s) => !s.onScreen).map((s) => s.label),
        'stops left off screen',
      ).toEqual([]);
      expect(walk.escaped, 'focus is trapped').toBe(true);
      if (query === '') {
        // The shell comes first: the skip link.
        expect(walk.stops[0]?.label).toContain('Skip to content');
      }
      await page.context().close();
    },
  );

  it('moves focus into the view with the skip link', async () => {
    const { page } = await open('#/graph');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('main') !== null)).toBe(true);
    await page.context().close();
  });
});

describe('prefers-reduced-motion', () => {
  it.each(ROUTES)('stops transitions and animation on #/%s', async (route) => {
    const { page } = await open(`#/${route}?focus=${focus}`, { reducedMotion: true });
    const { longest, running } = await motion(page);
    expect(longest, 'longest transition or animation (s)').toBeLessThanOrEqual(0.01);
    expect(running).toEqual([]);
    // Nor does script animate the drawing: at most a late update or two, not frame after frame.
    await quietMain(page, 300, 5000);
    expect(await framesWithChanges(page, 1000)).toBeLessThanOrEqual(2);
    await page.context().close();
  });

  it('sees a transition when motion is allowed (so the check above can fail)', async () => {
    const { page } = await open('#/graph');
    await page.evaluate(() => {
      const probe = document.createElement('div');
      probe.style.transition = 'opacity 0.2s';
      document.querySelector('main')!.append(probe);
    });
    expect((await motion(page)).longest).toBeCloseTo(0.2, 5);
    await page.context().close();
  });
});

describe('200% zoom (a 1280×800 window shows 640×400 CSS px)', () => {
  const zoomed = { width: 640, height: 400 };
  it.each(ROUTES)(
    '#/%s fits without sideways scrolling, and every view is reachable',
    async (route) => {
      const { page, errors } = await open(`#/${route}`, { viewport: zoomed });
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, 'sideways scroll in CSS px').toBeLessThanOrEqual(0);
      const heading = page.locator('main h1, main h2').first();
      expect(await heading.isVisible()).toBe(true);
      const links = page.getByRole('navigation', { name: 'Views' }).getByRole('link');
      expect(await links.count()).toBe(ROUTES.length);
      for (const other of ROUTES) {
        const link = page
          .getByRole('navigation', { name: 'Views' })
          .locator(`a[href^="#/${other}"]`);
        await link.scrollIntoViewIfNeeded();
        const box = await link.boundingBox();
        expect(box, other).not.toBeNull();
        expect(box!.x >= 0 && box!.x + box!.width <= zoomed.width, `${other} link on screen`).toBe(
          true,
        );
      }
      const target = ROUTES.find((r) => r !== route)!;
      await goToView(page, target);
      expect(errors).toEqual([]);
      await page.context().close();
    },
  );
});
