// The map in a real browser: its data loads only when the map opens (never with the graph), from
// the app's own origin; the venue lists its three forums; countries and the list open their places.

import { describe, expect, it } from 'vitest';
import { axeViolations } from './audit.ts';
import { useBrowser } from './browser.ts';
import { expectEmbedsAlone, expectFitsPhone } from './view-checks.ts';

const { open } = useBrowser();
const ATLAS = /\/data\/world-map\.json$/;

describe('map', () => {
  it('loads its data only after #/map is opened, never on #/graph', async () => {
    const { page, errors, foreignRequests } = await open('#/graph');
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.waitForLoadState('networkidle');
    expect(requests.filter((u) => ATLAS.test(u))).toEqual([]);
    const before = await page.evaluate(() =>
      performance.getEntriesByType('resource').map((e) => e.name),
    );
    expect(before.filter((u) => ATLAS.test(u))).toEqual([]);
    const atlas = page.waitForResponse((r) => ATLAS.test(r.url()));
    await page
      .getByRole('navigation', { name: 'Views' })
      .getByRole('link', { name: 'Map' })
      .click();
    const response = await atlas;
    expect(response.status()).toBe(200);
    expect(new URL(response.url()).origin).toBe(new URL(page.url()).origin);
    await page.waitForSelector('svg.world path.country');
    expect(errors).toEqual([]);
    expect(foreignRequests).toEqual([]);
    await page.context().close();
  });

  it('clicking the venue lists the three forums held there', async () => {
    const { page, errors } = await open('#/map');
    await page
      .getByRole('button', { name: /^Wuzhen: venue of the 2022, 2023 and 2024 forums/ })
      .click();
    await page.waitForFunction(() => location.hash.includes('place=wuzhen'));
    const place = page.locator('article.place');
    expect(await place.getByRole('heading', { level: 2 }).textContent()).toBe('Wuzhen');
    const forums = await place.locator('ul.forums li').allTextContents();
    expect(forums.map((t) => t.trim().slice(0, 4))).toEqual(['2022', '2023', '2024']);
    expect(await place.getByRole('link', { name: /^2024:/ }).getAttribute('href')).toBe(
      '#/timeline?sel=2024',
    );
    // The sentence that names the Wuzhen Summit.
    expect(
      await page.getByRole('region', { name: 'Evidence' }).locator('mark').allTextContents(),
    ).toEqual(['Wuzhen Summit']);
    expect(await page.locator('svg.world circle[fill="#b3261e"]').count()).toBe(4);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("loads a place's panel with the first selection, not with the map; a link to a place shows it with the view", async () => {
    const scripts: string[] = [];
    const { page, errors } = await open('#/map', {
      beforeLoad: async (p) =>
        p.on('request', (r) => {
          if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
        }),
    });
    const panel = (list: string[]) => list.filter((u) => /\/PlaceDetail-[\w-]{8}\.js$/.test(u));
    await page.waitForLoadState('networkidle');
    expect(panel(scripts)).toEqual([]);
    await page.getByRole('button', { name: /^Lima:/ }).click();
    await page.locator('article.place h2').waitFor();
    expect(panel(scripts)).toHaveLength(1);
    expect(await page.locator('article.place h2').textContent()).toBe('Lima');
    expect(errors).toEqual([]);
    await page.context().close();

    // Opened by a link, the view counts as shown only once the panel is there (no waiting here),
    // also when its code comes late.
    const linked = await open('#/map?place=lima', {
      beforeLoad: (p) =>
        p.route(/\/PlaceDetail-[\w-]{8}\.js$/, async (route) => {
          await new Promise((done) => setTimeout(done, 1000));
          await route.continue();
        }),
    });
    expect(await linked.page.locator('article.place h2').count()).toBe(1);
    expect(linked.errors).toEqual([]);
    await linked.page.context().close();
  });

  it('a named country and the list open their places; places without a venue are listed, not mapped', async () => {
    const { page } = await open('#/map');
    await page.getByRole('button', { name: /^China: named \d+ times/ }).click();
    await page.waitForFunction(() => location.hash.includes('place=china'));
    expect(await page.locator('article.place h2').textContent()).toBe('China');
    const notOnMap = (await page.locator('ul.unplaced').textContent())!.replace(/\s+/g, ' ');
    expect(notOnMap).toContain('High-level Dialogue on Global Development');
    expect(notOnMap).toContain('venue not stated in the cited pages');
    expect(notOnMap).toContain('Global Initiative on Data Security');
    await page
      .locator('ul.places')
      .getByRole('button', { name: /^United Nations/ })
      .click();
    await page.waitForFunction(() => location.hash.includes('place=united-nations'));
    expect(
      await page.getByRole('region', { name: 'Evidence' }).locator('li').count(),
    ).toBeGreaterThan(0);
    await page.context().close();
  });

  it('by keyboard: a marker is focusable and Enter selects it; the year filter is in the URL', async () => {
    const { page, errors } = await open('#/map');
    const marker = page.getByRole('button', { name: /^Lima:/ });
    await marker.focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => location.hash.includes('place=lima'));
    expect(await page.locator('article.place').textContent()).toContain(
      'Data-flow initiative put forward at APEC',
    );
    await page
      .getByRole('group', { name: 'Forum year shown' })
      .locator('select')
      .selectOption('2022');
    await page.waitForFunction(() => location.hash.includes('year=2022'));
    await page.getByRole('button', { name: /^Wuzhen: venue of the 2022 forum;/ }).waitFor();
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('fits a phone, and embeds as the map alone filling its width', async () => {
    await expectFitsPhone(open, '#/map?place=wuzhen', 'svg.world');
    await expectEmbedsAlone(open, '#/map?embed=1', 'svg.world', 'aside');
  });
});

describe('map in Chinese', () => {
  it('names the view, legend and list in Chinese; marker labels, measured by the browser, do not overlap', async () => {
    for (const hash of ['#/map?lang=zh', '#/map?lang=zh&place=wuzhen']) {
      const { page, errors } = await open(hash);
      await page.waitForSelector('svg.world');
      expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
      expect(await page.locator('.map > .legend').textContent()).toContain(
        '论坛或里程碑的举办地点',
      );
      const boxes = await page.evaluate(() => {
        const texts = [...document.querySelectorAll<SVGTextElement>('svg.world text')];
        const circles = [
          ...document.querySelectorAll<SVGCircleElement>(
            'svg.world g.marker circle:not(.hit):not(.ring)',
          ),
        ];
        return {
          labels: texts.map((t) => {
            const b = t.getBBox();
            return {
              text: t.textContent!,
              x0: b.x,
              y0: b.y,
              x1: b.x + b.width,
              y1: b.y + b.height,
            };
          }),
          markers: circles.map((c) => {
            const r = c.r.baseVal.value;
            const x = c.cx.baseVal.value;
            const y = c.cy.baseVal.value;
            return { x0: x - r, y0: y - r, x1: x + r, y1: y + r };
          }),
        };
      });
      const overlap = (a: { x0: number; y0: number; x1: number; y1: number }, b: typeof a) =>
        a.x0 + 0.5 < b.x1 && b.x0 + 0.5 < a.x1 && a.y0 + 0.5 < b.y1 && b.y0 + 0.5 < a.y1;
      expect(boxes.labels.length).toBeGreaterThan(0);
      expect(await axeViolations(page)).toEqual([]);
      for (const [i, a] of boxes.labels.entries()) {
        for (const b of boxes.labels.slice(i + 1))
          expect(overlap(a, b), `${a.text} × ${b.text}`).toBe(false);
        expect(boxes.markers.filter((m) => overlap(a, m)).length, a.text).toBeLessThanOrEqual(1);
      }
      expect(errors).toEqual([]);
      await page.context().close();
    }
  });
});
