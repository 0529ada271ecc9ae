// The comparison's PowerPoint slide holds a native chart whose values are the shares on screen, and
// LibreOffice Impress draws its bars in the themes' colours.

import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { chartPartValues } from '../../src/lib/export/native-chart.ts';
import { countColor, renderFirstSlide } from '../support/libreoffice.ts';
import { useBrowser } from './browser.ts';
import { downloadBytes, exportAs } from './charts.ts';

const { open } = useBrowser();

describe('an editable chart in PowerPoint', () => {
  it('holds the comparison’s shares as chart data, and LibreOffice draws the bars', async () => {
    const { page, errors } = await open('#/compare?a=2023&b=2024');
    await page.waitForSelector('svg[data-exportable]');
    // The shares on screen, row by row: each row's two value texts (2023, then 2024).
    const screen = await page.evaluate(() =>
      [...document.querySelectorAll('svg.shares g.words')].map((g) =>
        [...g.querySelectorAll('text')]
          .map((t) => t.textContent ?? '')
          .filter((t) => /^\d+%$/.test(t)),
      ),
    );
    const themeColors = await page.evaluate(() =>
      [...document.querySelectorAll('svg.shares g.row > rect:not(.box)')].map((r) =>
        r.getAttribute('fill'),
      ),
    );
    const rows = screen.length;
    expect(rows).toBeGreaterThanOrEqual(4);
    const pptx = await downloadBytes(page, () => exportAs(page, 'pptx'));
    await page.context().close();
    expect(errors).toEqual([]);

    const parts = unzipSync(pptx.bytes);
    const chart = strFromU8(parts['ppt/charts/chart1.xml']!);
    const [a, b] = chartPartValues(chart);
    const pct = (v: number) => `${Math.round(v * 100)}%`;
    expect(a!.map(pct)).toEqual(screen.map((r) => r[0]));
    expect(b!.map(pct)).toEqual(screen.map((r) => r[1]));
    // The source line is a text box of the slide, the link and the citation in the notes.
    expect(strFromU8(parts['ppt/slides/slide1.xml']!)).toContain('Source: ');
    expect(strFromU8(parts['ppt/notesSlides/notesSlide1.xml']!)).toContain('Cite as (APA)');

    // LibreOffice Impress renders it: the bars are there in the themes' colours.
    const { pixels, dir } = renderFirstSlide(pptx.bytes);
    console.log(`LibreOffice rendering of the comparison slide: ${dir}/slide-1.png`);
    const solid = [...new Set(themeColors.filter((c): c is string => !!c && c.startsWith('#')))];
    expect(solid.length).toBeGreaterThanOrEqual(4);
    const counts = solid.map((c) => countColor(pixels, c));
    // Each theme's bars cover a visible area (at 60 dpi a 13.3-inch slide is 800 pixels wide).
    for (const [i, n] of counts.entries())
      expect(n, `${solid[i]} bars in the rendered slide`).toBeGreaterThan(40);
  }, 240_000);
});
