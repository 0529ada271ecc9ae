// The exports of the chart on screen, loaded only when a reader asks for one: SVG, PNG, the data
// (CSV + JSON + README in a zip) and a PowerPoint slide. Each returns what it saved, for the
// menu's status line and for measuring.

import type Pptx from 'pptxgenjs';
import type { ChartContext } from '$lib/export/chart-context.ts';
import { dataReadme, tableToCsv, tableToJson } from '$lib/export/data-export.ts';
import type { DataTable } from '$lib/export/exportable-chart.ts';
import {
  colourChartPoints,
  pptxChartData,
  pptxChartOptions,
  type BarChartSpec,
} from '$lib/export/native-chart.ts';
import { frameSvg, SAFE_FONTS, type FramedSvg } from '$lib/export/svg-standalone.ts';
import { htmlLang } from '$lib/i18n/language.ts';
import type { Translator } from '$lib/i18n/translator.ts';
import { escapeXml } from '$lib/text/escape.ts';
import { download } from '$browser/download.ts';
import { inlineChartMarkup } from './inline-styles.ts';
import { pngSizeFor, resizeSvg, svgToPng } from './png.ts';

export interface ExportResult {
  filename: string;
  bytes: number;
  /** Said to the reader, e.g. that a PNG was made smaller than asked. */
  note?: string;
}

/** The chart's on-screen size in CSS pixels. */
function chartSize(svg: SVGSVGElement, tr: Translator): { width: number; height: number } {
  const box = svg.getBoundingClientRect();
  if (box.width < 1 || box.height < 1) throw new Error(tr.t('share.error.notShown'));
  return { width: box.width, height: box.height };
}

/** The chart framed with title, legend, source line and link, as a standalone SVG document. */
export function standaloneSvg(
  svg: SVGSVGElement,
  ctx: ChartContext,
  tr: Translator,
  parts: { title?: boolean; source?: boolean } = {},
): FramedSvg {
  const { width, height } = chartSize(svg, tr);
  return frameSvg({
    lang: htmlLang(tr.lang),
    chart: inlineChartMarkup(svg),
    width,
    height,
    title: parts.title === false ? '' : ctx.title,
    subtitle: parts.title === false ? '' : ctx.subtitle,
    legend: ctx.legend,
    source: parts.source === false ? '' : ctx.sourceLine,
    url: parts.source === false ? '' : ctx.permalink,
  });
}

/** The chart's title and subtitle as one text, for a picture's alternative text. */
function describedAs(ctx: ChartContext, tr: Translator): string {
  return ctx.subtitle
    ? tr.t('share.titleAndSubtitle', { title: ctx.title, subtitle: ctx.subtitle })
    : ctx.title;
}

const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>\n';

export function exportSvg(svg: SVGSVGElement, ctx: ChartContext, tr: Translator): ExportResult {
  const framed = standaloneSvg(svg, ctx, tr);
  const blob = new Blob([XML_DECLARATION, framed.svg], { type: 'image/svg+xml' });
  const filename = `${ctx.baseName}.svg`;
  download(window, filename, blob, blob.type);
  return { filename, bytes: blob.size };
}

export async function exportPng(
  svg: SVGSVGElement,
  ctx: ChartContext,
  scale: number,
  tr: Translator,
): Promise<ExportResult> {
  const framed = standaloneSvg(svg, ctx, tr);
  const { blob, size } = await svgToPng(framed.svg, framed.width, framed.height, scale, tr);
  const filename = `${ctx.baseName}${size.scale === 1 ? '' : `@${size.scale}x`}.png`;
  download(window, filename, blob, blob.type);
  return {
    filename,
    bytes: blob.size,
    note: size.clamped
      ? tr.t('share.pngSmaller', {
          scale: String(size.scale),
          width: String(size.width),
          height: String(size.height),
          asked: String(scale),
        })
      : undefined,
  };
}

export async function exportData(
  table: DataTable,
  ctx: ChartContext,
  exported: string,
  tr: Translator,
): Promise<ExportResult> {
  const { strToU8, zipSync } = await import('fflate');
  const meta = {
    title: ctx.title,
    subtitle: ctx.subtitle || undefined,
    url: ctx.permalink,
    codebookVersion: ctx.codebookVersion,
    sources: ctx.sources,
    exported,
    citation: ctx.citations.apa,
  };
  const zip = zipSync(
    {
      [`${ctx.baseName}/README.txt`]: strToU8(dataReadme(table, meta, ctx.baseName, tr)),
      [`${ctx.baseName}/${ctx.baseName}.csv`]: strToU8(tableToCsv(table)),
      [`${ctx.baseName}/${ctx.baseName}.json`]: strToU8(tableToJson(table, meta)),
    },
    { level: 6, mtime: new Date(`${exported}T12:00:00Z`) },
  );
  const blob = new Blob([zip as Uint8Array<ArrayBuffer>], { type: 'application/zip' });
  const filename = `${ctx.baseName}-data.zip`;
  download(window, filename, blob, blob.type);
  return { filename, bytes: blob.size };
}

function base64Utf8(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** Slide notes: the link and the citations, for the presenter. */
export function slideNotes(ctx: ChartContext, tr: Translator): string {
  return [
    ctx.title,
    '',
    tr.t('share.notes.link', { url: ctx.permalink }),
    '',
    tr.t('share.notes.apa', { citation: ctx.citations.apa }),
    tr.t('share.notes.chicago', { citation: ctx.citations.chicago }),
    tr.t('share.notes.gbt', { citation: ctx.citations.gbt }),
    '',
    ctx.sourceLine,
  ].join('\n');
}

/** A chart ready for a slide: its image (without title and source, which the slide has as text). */
export interface SlideChart {
  framed: FramedSvg;
  ctx: ChartContext;
}

export function slideChart(svg: SVGSVGElement, ctx: ChartContext, tr: Translator): SlideChart {
  return { framed: standaloneSvg(svg, ctx, tr, { title: false, source: false }), ctx };
}

/**
 * The typeface and language of a deck's text runs: Chinese text names an East Asian font (a
 * reader's PowerPoint has Microsoft YaHei; others substitute a CJK font of their own) and zh-CN, so
 * that spelling, line breaking and font fallback treat it as Chinese.
 */
export function deckType(tr: Translator): { font: string; lang: string } {
  return tr.lang === 'zh'
    ? { font: 'Microsoft YaHei', lang: 'zh-CN' }
    : { font: 'Arial', lang: 'en-US' };
}

/**
 * A PowerPoint file of 16:9 slides, one a chart: the title, the chart as a vector image (SVG, with
 * a PNG at 4× for programs that cannot show SVG), the source line with the link, and the link and
 * citations in the speaker notes.
 */
export async function pptxOf(
  charts: readonly SlideChart[],
  title: string,
  tr: Translator,
): Promise<Blob> {
  const { default: PptxGenJS } = await import('pptxgenjs');
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_WIDE';
  pptx.title = title;
  const W = 13.333;
  const { font, lang } = deckType(tr);
  /** The native charts in the order pptxgenjs numbers their parts (chart1.xml, chart2.xml, …). */
  const natives: BarChartSpec[] = [];
  for (const { framed, ctx } of charts) {
    // The image's own size sets the PNG shown where SVG cannot be: make it 4× (within the limits).
    const image = (): string => {
      const size = pngSizeFor(framed.width, framed.height, 4);
      return resizeSvg(framed.svg, size.width, size.height);
    };
    const slide = pptx.addSlide();
    slide.addText(ctx.title, {
      x: 0.5,
      y: 0.3,
      w: W - 1,
      h: 0.75,
      fontFace: font,
      lang,
      fontSize: 28,
      bold: true,
      color: '1B1B1B',
      fit: 'shrink',
    });
    if (ctx.subtitle)
      slide.addText(ctx.subtitle, {
        x: 0.5,
        y: 1.0,
        w: W - 1,
        h: 0.4,
        fontFace: font,
        lang,
        fontSize: 14,
        color: '555555',
      });
    // The chart, as large as fits between the title and the source line: a bar chart as a native
    // chart the presenter can restyle, anything else as a picture, its proportions kept.
    const box = { x: 0.5, y: 1.5, w: W - 1, h: 5.2 };
    if (ctx.native) {
      slide.addChart(pptx.ChartType.bar, pptxChartData(ctx.native), {
        ...pptxChartOptions(ctx.native, box, font),
        lang,
      } as Pptx.IChartOpts);
      natives.push(ctx.native);
    } else {
      const ratio = framed.width / framed.height;
      const w = Math.min(box.w, box.h * ratio);
      const h = w / ratio;
      slide.addImage({
        data: `data:image/svg+xml;base64,${base64Utf8(image())}`,
        x: box.x + (box.w - w) / 2,
        y: box.y + (box.h - h) / 2,
        w,
        h,
        altText: describedAs(ctx, tr),
      });
    }
    slide.addText(
      [
        { text: `${ctx.sourceLine}\n`, options: { breakLine: true } },
        { text: ctx.permalink, options: { hyperlink: { url: ctx.permalink } } },
      ],
      {
        x: 0.5,
        y: 6.75,
        w: W - 1,
        h: 0.6,
        fontFace: font,
        lang,
        fontSize: 10,
        color: '555555',
        valign: 'top',
      },
    );
    slide.addNotes(slideNotes(ctx, tr));
  }
  const bytes = (await pptx.write({ outputType: 'uint8array', compression: true })) as Uint8Array;
  const type = 'application/vnd.openxmlformats-officedocument.presentationml.presentation';
  if (natives.length === 0) return new Blob([bytes as BlobPart], { type });
  return new Blob([(await colourNativeCharts(bytes, natives)) as BlobPart], { type });
}

/** Gives each native chart's bars their colours and hatching (see colourChartPoints). */
async function colourNativeCharts(
  pptx: Uint8Array,
  specs: readonly BarChartSpec[],
): Promise<Uint8Array> {
  const { unzipSync, zipSync, strFromU8, strToU8 } = await import('fflate');
  const parts = unzipSync(pptx);
  specs.forEach((spec, i) => {
    const name = `ppt/charts/chart${i + 1}.xml`;
    const part = parts[name];
    if (part) parts[name] = strToU8(colourChartPoints(strFromU8(part), spec));
  });
  return zipSync(parts, { level: 6 });
}

export async function exportPptx(
  svg: SVGSVGElement,
  ctx: ChartContext,
  tr: Translator,
): Promise<ExportResult> {
  const blob = await pptxOf([slideChart(svg, ctx, tr)], ctx.title, tr);
  const filename = `${ctx.baseName}.pptx`;
  download(window, filename, blob, blob.type);
  return { filename, bytes: blob.size };
}

/** Saves a deck of charts as one PowerPoint file. */
export async function exportDeck(
  charts: readonly SlideChart[],
  tr: Translator,
): Promise<ExportResult> {
  const title = charts.map((c) => c.ctx.title).join(tr.t('share.deckTitleSeparator'));
  const blob = await pptxOf(charts, title, tr);
  const filename = 'slides.pptx';
  download(window, filename, blob, blob.type);
  return { filename, bytes: blob.size };
}

/**
 * The chart as one HTML page that needs nothing else: the framed SVG, the data as a table, and the
 * height message for a host page. It opens from a file, from any host, and inside an iframe.
 */
export function exportHtml(
  svg: SVGSVGElement,
  table: DataTable,
  ctx: ChartContext,
  tr: Translator,
): ExportResult {
  const framed = standaloneSvg(svg, ctx, tr);
  const esc = escapeXml;
  const cell = (v: unknown): string => esc(v === null || v === undefined ? '' : String(v));
  const figure = framed.svg.replace(
    /^<svg\b/,
    `<svg role="img" aria-label="${esc(describedAs(ctx, tr))}"`,
  );
  const html = `<!doctype html>
<html lang="${htmlLang(tr.lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(ctx.title)}</title>
<style>
body { margin: 0; font: 14px/1.5 ${SAFE_FONTS.sans}; color: #1b1b1b; background: #fff; }
figure { margin: 0; }
figure svg { display: block; width: 100%; height: auto; }
details { margin: 0.5rem 16px 1rem; }
table { border-collapse: collapse; font-size: 13px; }
th, td { text-align: left; padding: 2px 8px; border-bottom: 1px solid #d4d4d0; }
a { color: #0a58a8; }
/* In an iframe whose page does not follow the height message: the chart alone, whole, in the box. */
html.fit, html.fit body { height: 100%; overflow: hidden; }
html.fit figure, html.fit figure svg { width: 100%; height: 100%; }
html.fit details, html.fit body > p { display: none; }
</style>
</head>
<body>
<figure>${figure}</figure>
<details><summary>${esc(table.caption)}</summary><table>
<thead><tr>${table.columns.map((c) => `<th scope="col">${esc(c.label)}</th>`).join('')}</tr></thead>
<tbody>${table.rows.map((r) => `<tr>${table.columns.map((c) => `<td>${cell(r[c.key])}</td>`).join('')}</tr>`).join('\n')}</tbody>
</table></details>
<p style="margin: 0 16px 1rem"><a href="${esc(ctx.permalink)}" target="_blank" rel="noopener">${esc(tr.t('share.openInExplorer', { name: tr.t('shell.appName') }))}</a></p>
<script>
(function () {
  var root = document.documentElement, asked = -1, timer = 0;
  function tell() {
    if (window.parent === window || root.className === 'fit') return;
    asked = Math.ceil(root.scrollHeight);
    window.parent.postMessage({ type: 'gdi-explorer:height', height: asked, url: location.href }, '*');
    // A page that does not size the iframe to the height asked for gets the chart fitted to it.
    clearTimeout(timer);
    timer = setTimeout(function () {
      if (Math.abs(window.innerHeight - asked) > 1) root.className = 'fit';
    }, 1000);
  }
  window.addEventListener('load', tell);
  window.addEventListener('resize', tell);
  document.addEventListener('toggle', tell, true);
})();
</script>
</body>
</html>
`;
  const blob = new Blob([html], { type: 'text/html' });
  const filename = `${ctx.baseName}.html`;
  download(window, filename, blob, blob.type);
  return { filename, bytes: blob.size };
}
