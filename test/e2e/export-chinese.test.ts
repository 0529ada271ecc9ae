// Exports in Chinese (lang=zh) in a real browser: the export menu speaks Chinese; the standalone SVG
// and the web page carry their language and name CJK fonts a reader's machine has, the legend and
// source line in Chinese; the PNG at 2× draws the Chinese as glyphs (its pixels are compared with
// the same characters drawn in Noto Sans CJK SC, and with the empty boxes a missing font leaves);
// the PowerPoint slide's text runs are zh-CN in an East Asian font, and LibreOffice renders them
// with a CJK font.

import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Corpus } from '../../src/lib/corpus/types.ts';
import { pngSize } from '../../src/lib/export/raster.ts';
import { standaloneProblems } from '../../src/lib/export/svg-standalone.ts';
import { renderFirstSlide } from '../support/libreoffice.ts';
import { hanIn } from '../support/language-check.ts';
import { useBrowser } from './browser.ts';
import { downloadBytes } from './charts.ts';

const { open } = useBrowser();
const corpus = JSON.parse(readFileSync('public/data/corpus.json', 'utf8')) as Corpus;
const THEMES_ZH = new Set(corpus.codebook.themes.map((t) => t.labelZh));
const LINK = '#/compare?a=2023&b=2024&lang=zh';

/** Chooses an item of the (Chinese) export menu by its kind. */
async function exportAs(page: Page, kind: string): Promise<void> {
  await page.getByRole('button', { name: /^导出/ }).click();
  await page.locator(`[role="menuitem"][data-kind="${kind}"]`).click();
}

interface FrameText {
  x: number;
  y: number;
  size: number;
  text: string;
}

describe('exports of a Chinese page', () => {
  it('SVG, PNG 2× and PowerPoint say the chart’s words in Chinese and draw them', async () => {
    const { page, errors } = await open(LINK);
    await page.waitForSelector('svg[data-exportable]');

    // --- the menu ------------------------------------------------------------------------------
    await page.getByRole('button', { name: /^导出/ }).click();
    // The menu's code loads with this first click: read its items once they are there.
    await page.locator('[role="menuitem"]').first().waitFor();
    expect(
      await page
        .locator('[role="menuitem"] .label')
        .evaluateAll((els) => els.map((e) => e.textContent)),
    ).toEqual([
      'SVG 图像',
      'PNG 图像 1×',
      'PNG 图像 2×',
      'PNG 图像 4×',
      'PowerPoint 幻灯片',
      '网页',
      '数据',
    ]);
    await page.keyboard.press('Escape');

    // --- SVG -----------------------------------------------------------------------------------
    const svgFile = await downloadBytes(page, () => exportAs(page, 'svg'));
    const svg = new TextDecoder().decode(svgFile.bytes);
    expect(standaloneProblems(svg)).toEqual([]);
    const root = /<svg\b[^>]*>/.exec(svg)![0];
    expect(root).toContain('lang="zh-CN"');
    expect(root).toContain('xml:lang="zh-CN"');
    expect(root).toMatch(/font-family="[^"]*Noto Sans CJK SC[^"]*PingFang SC[^"]*sans-serif"/);
    const frame = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      const r = doc.documentElement;
      return {
        title: r.querySelector(':scope > title')?.textContent ?? '',
        texts: [...r.querySelectorAll(':scope > text')].map((t) => ({
          x: Number(t.getAttribute('x')),
          y: Number(t.getAttribute('y')),
          size: Number(t.getAttribute('font-size')),
          text: t.textContent ?? '',
        })),
        width: Number(r.getAttribute('width')),
        height: Number(r.getAttribute('height')),
      };
    }, svg);
    const words = frame.texts.map((t) => t.text).join('');
    // The source line and the legend in Chinese: the themes by their Chinese labels.
    expect(words).toContain('来源：');
    expect(words).toContain('全球发展倡议数字合作探索器，编码本');
    expect(frame.texts.filter((t) => THEMES_ZH.has(t.text)).length).toBeGreaterThanOrEqual(4);
    expect(words).not.toContain('Source:');
    // The title is the chart's, as the embed of the same link shows it.
    const embed = await open(`${LINK}&embed=1`);
    const shown = ((await embed.page.locator('main h1').first().textContent()) ?? '').trim();
    await embed.page.context().close();
    expect(frame.title).toBe(shown);

    // --- PNG 2× --------------------------------------------------------------------------------
    const png = await downloadBytes(page, () => exportAs(page, 'png2'));
    expect(pngSize(png.bytes)).toEqual({ width: frame.width * 2, height: frame.height * 2 });
    const source = frame.texts.find((t) => t.text.startsWith('来源')) as FrameText;
    expect(source).toBeDefined();
    const look = await page.evaluate(
      async ({ data, x, y, size }) => {
        const S = 2;
        const text = '来源';
        const img = new Image();
        img.src = `data:image/png;base64,${data}`;
        await img.decode();
        // The two characters' box at 2×, with a margin: baseline at y, one em each.
        const left = Math.floor(x * S) - 4;
        const top = Math.floor((y - size * 1.1) * S);
        const w = Math.ceil(size * text.length * S) + 8;
        const h = Math.ceil(size * 1.5 * S);
        const ink = (draw: (g: CanvasRenderingContext2D) => void): number[] => {
          const c = document.createElement('canvas');
          c.width = w;
          c.height = h;
          const g = c.getContext('2d')!;
          g.fillStyle = '#ffffff';
          g.fillRect(0, 0, w, h);
          draw(g);
          const d = g.getImageData(0, 0, w, h).data;
          // Ink per 4 × 4 cell: 0 white, 1 black (a shift of a pixel or two barely changes it).
          const cells: number[] = [];
          for (let cy = 0; cy + 4 <= h; cy += 4)
            for (let cx = 0; cx + 4 <= w; cx += 4) {
              let sum = 0;
              for (let yy = cy; yy < cy + 4; yy++)
                for (let xx = cx; xx < cx + 4; xx++) {
                  const i = (yy * w + xx) * 4;
                  sum += 1 - (0.299 * d[i]! + 0.587 * d[i + 1]! + 0.114 * d[i + 2]!) / 255;
                }
              cells.push(sum / 16);
            }
          return cells;
        };
        const pearson = (a: number[], b: number[]): number => {
          const n = a.length;
          const ma = a.reduce((s, v) => s + v, 0) / n;
          const mb = b.reduce((s, v) => s + v, 0) / n;
          let ab = 0;
          let aa = 0;
          let bb = 0;
          for (let i = 0; i < n; i++) {
            ab += (a[i]! - ma) * (b[i]! - mb);
            aa += (a[i]! - ma) ** 2;
            bb += (b[i]! - mb) ** 2;
          }
          return aa === 0 || bb === 0 ? 0 : ab / Math.sqrt(aa * bb);
        };
        const exported = ink((g) => g.drawImage(img, -left, -top));
        // The same characters in a known CJK font, where the export drew them.
        const glyphs = ink((g) => {
          g.fillStyle = '#555555';
          g.font = `${size * S}px "Noto Sans CJK SC"`;
          g.fillText(text, x * S - left, y * S - top);
        });
        // Two other characters in the same font: the comparison tells characters apart.
        const others = ink((g) => {
          g.fillStyle = '#555555';
          g.font = `${size * S}px "Noto Sans CJK SC"`;
          g.fillText('数字', x * S - left, y * S - top);
        });
        // What a machine without a CJK font draws: an empty box per character.
        const boxes = ink((g) => {
          g.strokeStyle = '#555555';
          g.lineWidth = S;
          for (let k = 0; k < text.length; k++)
            g.strokeRect(
              x * S - left + (k * size + size * 0.1) * S,
              y * S - top - size * 0.85 * S,
              size * 0.8 * S,
              size * 0.95 * S,
            );
        });
        return {
          ink: exported.reduce((s, v) => s + v, 0),
          withGlyphs: pearson(exported, glyphs),
          withBoxes: pearson(exported, boxes),
          withOthers: pearson(exported, others),
        };
      },
      { data: Buffer.from(png.bytes).toString('base64'), ...source },
    );
    console.log(
      `PNG 2× "来源" against Noto Sans CJK SC, other characters and empty boxes: ${JSON.stringify(look)}`,
    );
    expect(look.ink).toBeGreaterThan(5);
    // Measured: 1.00 with the same characters, 0.73 with 数字, about 0 with boxes.
    expect(look.withGlyphs).toBeGreaterThan(0.95);
    expect(look.withGlyphs).toBeGreaterThan(look.withBoxes + 0.3);
    expect(look.withGlyphs).toBeGreaterThan(look.withOthers + 0.15);

    // --- web page --------------------------------------------------------------------------------
    const html = new TextDecoder().decode(
      (await downloadBytes(page, () => exportAs(page, 'html'))).bytes,
    );
    expect(html).toContain('<html lang="zh-CN">');
    expect(html).toMatch(/body \{[^}]*font: 14px\/1\.5 [^;]*'Noto Sans CJK SC'[^;]*sans-serif;/);
    expect(html).toContain('>在全球发展倡议数字合作探索器中打开</a>');

    // --- PowerPoint ----------------------------------------------------------------------------
    const pptx = await downloadBytes(page, () => exportAs(page, 'pptx'));
    expect(errors).toEqual([]);
    await page.context().close();
    const parts = unzipSync(pptx.bytes);
    const slide = strFromU8(parts['ppt/slides/slide1.xml']!);
    expect(slide).toContain('来源：');
    // Every text run of the slide is Chinese (zh-CN) in an East Asian font.
    const runs = [...slide.matchAll(/<a:r>([\s\S]*?)<\/a:r>/g)].map((m) => m[1]!);
    expect(runs.length).toBeGreaterThanOrEqual(3);
    for (const run of runs) {
      expect(run).toMatch(/<a:rPr lang="zh-CN"/);
      expect(run).toContain('<a:ea typeface="Microsoft YaHei"');
    }
    expect(strFromU8(parts['ppt/notesSlides/notesSlide1.xml']!)).toContain('引用格式（APA）');
    // The native chart's rows are the themes' Chinese labels, its series the years in Chinese.
    const chart = strFromU8(parts['ppt/charts/chart1.xml']!);
    expect(chart).toContain('人工智能治理');
    expect(chart).toContain('2024年（文本：');

    // LibreOffice renders the slide with a CJK font (none of its words are left to empty boxes).
    const { dir } = renderFirstSlide(pptx.bytes);
    console.log(`LibreOffice rendering of the Chinese slide: ${dir}/slide-1.png`);
    const pdf = join(dir, 'deck.pdf');
    const fonts = execFileSync('pdffonts', [pdf], { encoding: 'utf8' });
    expect(fonts).toMatch(/CJK/);
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    expect(hanIn(text).join('')).toContain('来源');
  }, 240_000);
});
