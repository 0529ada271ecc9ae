// Export of every view's chart in a real browser: a standalone SVG with the chart's marks and the
// source line that references nothing outside itself; PNG at 1×, 2× and 4× of the right pixel size;
// the data as CSV, JSON and README in a zip; a PowerPoint slide with the link in its notes; a web
// page. Also: the menu by keyboard, and "Copy link" giving the same state in a new page.

import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { EXPORT_FORMATS } from '../../src/browser/export/formats.ts';
import type { Corpus } from '../../src/lib/corpus/types.ts';
import { pngSize } from '../../src/lib/export/raster.ts';
import { standaloneProblems } from '../../src/lib/export/svg-standalone.ts';
import { escapeXml } from '../../src/lib/text/escape.ts';
import { useBrowser } from './browser.ts';
import {
  CHART_ROUTES,
  chartStatus,
  downloadBytes,
  exportAs,
  ROUTES,
  stateOf,
  WITHOUT_CHART,
} from './charts.ts';

/** The views whose chart goes into a slide as a native PowerPoint chart. */
const NATIVE_CHARTS = new Set(['compare', 'timeline']);

const { open } = useBrowser();
const corpus = JSON.parse(readFileSync('public/data/corpus.json', 'utf8')) as Corpus;
const SHAPES = 'circle,ellipse,rect,path,line,polyline,polygon,text';
const timings: Record<string, Record<string, number>> = {};
/** The formats the test below saved and checked: every one of EXPORT_FORMATS (the menu's table). */
const checkedKinds = new Set<string>();

/** Waits for the status line to say the file was saved, and gives the export's time from the page. */
async function measured(page: import('playwright-core').Page, kind: string): Promise<number> {
  checkedKinds.add(kind);
  await page.waitForFunction(
    (k) => performance.getEntriesByName(`export:${k}`, 'measure').length > 0,
    kind,
  );
  const ms = await page.evaluate((k) => {
    const all = performance.getEntriesByName(`export:${k}`, 'measure');
    const last = all[all.length - 1]!.duration;
    performance.clearMeasures(`export:${k}`);
    return last;
  }, kind);
  return Math.round(ms);
}

describe.each(CHART_ROUTES)('export of #/%s', (route) => {
  it('gives a standalone SVG, PNGs at 1×/2×/4×, the data, a slide and a page', async () => {
    const { page, errors, foreignRequests } = await open(stateOf(route));
    const status = await chartStatus(page);
    expect(status, `#/${route} is built but registers no chart for export`).toEqual({
      kind: 'chart',
      id: route,
    });
    const url = await page.evaluate(() => location.href);
    const t: Record<string, number> = {};

    // --- SVG ---------------------------------------------------------------------------------
    const live = await page.evaluate((shapes) => {
      const svg = document.querySelector('svg[data-exportable]')!;
      // Click targets (transparent, marked data-export-omit) are for the pointer, not the file.
      const shown = (el: Element): boolean => {
        for (let e: Element | null = el; e && e !== svg.parentElement; e = e.parentElement)
          if (getComputedStyle(e).display === 'none' || e.hasAttribute('data-export-omit'))
            return false;
        return true;
      };
      const marks = [...svg.querySelectorAll(shapes)].filter(shown);
      const targets = [...svg.querySelectorAll(shapes)].filter(
        (m) => m.closest('[data-export-omit]') !== null,
      ).length;
      const counts: Record<string, number> = {};
      for (const m of marks) counts[m.localName] = (counts[m.localName] ?? 0) + 1;
      const box = svg.getBoundingClientRect();
      return {
        counts,
        texts: marks
          .filter((m) => m.localName === 'text')
          .map((m) => (m.textContent ?? '').replace(/\s+/g, ' ').trim())
          .filter(Boolean),
        width: box.width,
        targets,
      };
    }, SHAPES);
    // Every chart but the comparison's bars (whose rows are the buttons) has click targets.
    if (route !== 'compare') expect(live.targets).toBeGreaterThan(0);
    expect(Object.values(live.counts).reduce((a, b) => a + b, 0)).toBeGreaterThan(0);
    const svgFile = await downloadBytes(page, () => exportAs(page, 'svg'));
    t['SVG'] = await measured(page, 'svg');
    expect(svgFile.name).toMatch(new RegExp(`^${route}-[a-z0-9-]*\\.svg$`));
    const svgText = new TextDecoder().decode(svgFile.bytes);
    expect(standaloneProblems(svgText)).toEqual([]);
    const parsed = await page.evaluate(
      ({ text, shapes }) => {
        const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
        const root = doc.documentElement;
        const chart = root.querySelector(':scope > g > svg')!;
        const counts: Record<string, number> = {};
        for (const m of chart.querySelectorAll(shapes))
          counts[m.localName] = (counts[m.localName] ?? 0) + 1;
        const external = [...doc.querySelectorAll('*')].flatMap((el) =>
          ['href', 'xlink:href', 'src']
            .map((a) => el.getAttribute(a))
            .filter((v): v is string => v !== null && !/^(#|data:)/.test(v)),
        );
        return {
          error: doc.querySelector('parsererror')?.textContent ?? null,
          root: root.localName,
          width: Number(root.getAttribute('width')),
          height: Number(root.getAttribute('height')),
          viewBox: root.getAttribute('viewBox'),
          counts,
          texts: [...chart.querySelectorAll('text')].map((m) =>
            (m.textContent ?? '').replace(/\s+/g, ' ').trim(),
          ),
          frame: [...root.querySelectorAll(':scope > text')].map((m) => m.textContent),
          foreignObjects: doc.getElementsByTagName('foreignObject').length,
          external,
          remoteUrls: /url\(\s*["']?https?:/i.test(text),
        };
      },
      { text: svgText, shapes: SHAPES },
    );
    expect(parsed.error).toBeNull();
    expect(parsed.root).toBe('svg');
    expect(parsed.viewBox).toBe(`0 0 ${parsed.width} ${parsed.height}`);
    expect(parsed.foreignObjects).toBe(0);
    expect(parsed.external).toEqual([]);
    expect(parsed.remoteUrls).toBe(false);
    // The chart's marks, every one, and its words.
    expect(parsed.counts).toEqual(live.counts);
    expect(new Set(parsed.texts)).toEqual(new Set(live.texts));
    // Title and source line in the frame (as words: where a line wraps is the frame's choice).
    const frame = parsed.frame.join(' ');
    expect(frame).toContain('Source: ');
    expect(frame).toContain('GDI Digital Cooperation Explorer, codebook');

    // --- PNG ---------------------------------------------------------------------------------
    for (const scale of [1, 2, 4]) {
      const png = await downloadBytes(page, () => exportAs(page, `png${scale}`));
      t[`PNG ${scale}×`] = await measured(page, `png${scale}`);
      expect(pngSize(png.bytes), `PNG ${scale}×`).toEqual({
        width: Math.round(parsed.width * scale),
        height: Math.round(parsed.height * scale),
      });
    }
    // At 2× the image is twice the chart's width on screen.
    expect(Math.round(parsed.width)).toBe(Math.max(240, Math.round(live.width)));

    // --- data --------------------------------------------------------------------------------
    const zip = await downloadBytes(page, () => exportAs(page, 'data'));
    t['CSV + JSON (zip)'] = await measured(page, 'data');
    const files = unzipSync(zip.bytes);
    const base = zip.name.replace(/-data\.zip$/, '');
    expect(Object.keys(files).sort()).toEqual(
      [`${base}/${base}.csv`, `${base}/${base}.json`, `${base}/README.txt`].sort(),
    );
    const json = JSON.parse(strFromU8(files[`${base}/${base}.json`]!));
    expect(json.url).toBe(url);
    expect(json.rows.length).toBeGreaterThan(0);
    const csvBytes = files[`${base}/${base}.csv`]!;
    // UTF-8 with a byte order mark, for spreadsheets.
    expect([...csvBytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const csv = strFromU8(csvBytes);
    expect(csv.trimEnd().split('\r\n')).toHaveLength(json.rows.length + 1);
    expect(strFromU8(files[`${base}/README.txt`]!)).toContain(`View it again: ${url}`);

    // --- PowerPoint --------------------------------------------------------------------------
    const pptx = await downloadBytes(page, () => exportAs(page, 'pptx'));
    t['PPTX'] = await measured(page, 'pptx');
    const parts = unzipSync(pptx.bytes);
    const names = Object.keys(parts);
    expect(names.filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n))).toEqual([
      'ppt/slides/slide1.xml',
    ]);
    const notes = strFromU8(parts['ppt/notesSlides/notesSlide1.xml']!);
    expect(notes).toContain(escapeXml(url).replace(/&apos;/g, "'"));
    expect(notes).toContain('Cite as (APA)');
    // Bar charts are native charts the presenter can edit; the others a picture (SVG + PNG).
    if (NATIVE_CHARTS.has(route)) expect(names).toContain('ppt/charts/chart1.xml');
    else expect(names.some((n) => /^ppt\/media\/.*\.svg$/.test(n))).toBe(true);
    const slide = strFromU8(parts['ppt/slides/slide1.xml']!);
    expect(slide).toContain('Source: ');

    // --- web page ----------------------------------------------------------------------------
    const html = await downloadBytes(page, () => exportAs(page, 'html'));
    t['Web page'] = await measured(page, 'html');
    const htmlText = new TextDecoder().decode(html.bytes);
    expect(htmlText).toMatch(/^<!doctype html>/);
    expect(htmlText).not.toMatch(/<(script|link|img|iframe)[^>]+(src|href)="https?:/);

    // A format added to the table without a check above fails here (README "Add an export format").
    expect([...checkedKinds].sort()).toEqual(EXPORT_FORMATS.map((f) => f.kind).sort());
    timings[route] = t;
    console.log(`export timings #/${route} (ms): ${JSON.stringify(t)}`);
    expect(errors).toEqual([]);
    expect(foreignRequests).toEqual([]);
    await page.context().close();
  }, 240_000);
});

describe.each(Object.keys(WITHOUT_CHART))('#/%s, a view without a chart', (route) => {
  it('registers none, says so in the export menu, and leaves as a link and a citation', async () => {
    const { page, errors } = await open(`#/${route}`);
    expect(await chartStatus(page)).toEqual({ kind: 'without', reason: WITHOUT_CHART[route] });
    await page.getByRole('button', { name: /^Export/ }).click();
    const svgItem = page.locator('[role="menuitem"][data-kind="svg"]');
    expect(await svgItem.getAttribute('aria-disabled')).toBe('true');
    expect(await svgItem.getAttribute('title')).toBe('This view has no chart to export.');
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: /^Share/ }).click();
    await page.getByRole('menuitem', { name: /^Cite/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Cite' });
    await dialog.waitFor();
    const text = (await dialog.textContent())?.replace(/\s+/g, ' ') ?? '';
    const title = await page.evaluate(
      () => document.querySelector('main .card h2, main article h2, main h2')?.textContent ?? '',
    );
    expect(text).toContain('Cite this document');
    expect(title.trim().length).toBeGreaterThan(0);
    // A translated title is cited after its original (the 2024 statement's English title is ours).
    const original = corpus.documents.find((d) => d.title === title.trim())?.originalTitle;
    expect(text).toContain(
      original
        ? `${original} [${title.trim()}; title translated by the GDI Digital Cooperation Explorer][EB/OL]`
        : `${title.trim()}[EB/OL]`,
    );
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('export menu and links', () => {
  it('works by keyboard alone: Enter opens the menu, arrows move, Enter saves', async () => {
    const route = ROUTES.find((r) => r === 'compare') ?? ROUTES[0]!;
    const { page } = await open(stateOf(route));
    const status = await chartStatus(page);
    expect(status.kind).toBe('chart');
    const button = page.getByRole('button', { name: /^Export/ });
    await button.focus();
    await page.keyboard.press('Enter');
    await page.getByRole('menu', { name: 'Export' }).waitFor();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-kind'))).toBe(
      'svg',
    );
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-kind'))).toBe(
      'png2',
    );
    const png = await downloadBytes(page, () => page.keyboard.press('Enter'));
    expect(png.name).toMatch(/@2x\.png$/);
    // The menu closed and gave focus back to its button.
    expect(await page.getByRole('menu').count()).toBe(0);
    expect(await button.evaluate((b) => b === document.activeElement)).toBe(true);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Escape');
    expect(await page.getByRole('menu').count()).toBe(0);
    await page.context().close();
  });

  it('copies the link of exactly what is on screen, and the link opens the same state', async () => {
    const { page } = await open('#/compare?a=2022&b=2024');
    expect((await chartStatus(page)).kind).toBe('chart');
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: new URL(page.url()).origin,
    });
    // Change the state on screen, then copy.
    await page
      .getByRole('group', { name: /Themes/ })
      .getByRole('button', { name: /^AI governance/ })
      .click();
    await page.waitForFunction(() => location.hash.includes('themes='));
    const chartText = () =>
      page.locator('svg[data-exportable]').evaluate((s) => s.textContent?.replace(/\s+/g, ' '));
    const before = await chartText();
    await page.getByRole('button', { name: /^Share/ }).click();
    await page.getByRole('menuitem', { name: /^Copy link/ }).click();
    await page.getByText('Link copied.').waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(await page.evaluate(() => location.href));
    expect(new URL(copied).hash).toMatch(/^#\/compare\?a=2022&b=2024&themes=/);

    const again = await open(new URL(copied).hash);
    expect((await chartStatus(again.page)).kind).toBe('chart');
    expect(await again.page.evaluate(() => location.href)).toBe(copied);
    expect(
      await again.page
        .locator('svg[data-exportable]')
        .evaluate((s) => s.textContent?.replace(/\s+/g, ' ')),
    ).toBe(before);
    expect(
      await again.page.getByRole('button', { name: /^AI governance/ }).getAttribute('aria-pressed'),
    ).toBe('false');
    await page.context().close();
    await again.page.context().close();
  });
});
