// A chart's SVG that stands alone: opened as a file, placed in a slide or a document, or drawn on a
// canvas, it looks as on screen. Pure string work: the page inlines the chart's computed styles
// (src/export/inline-styles.ts); this module frames the chart with its title, legend and source
// line, substitutes fonts safely, and checks that the result references nothing outside itself.

import { escapeXml } from '../text/escape.ts';
import { approxTextWidth } from '../text/text-width.ts';
import { wrapText } from '../text/wrap-text.ts';
import type { LegendEntry } from './exportable-chart.ts';

export const SVG_NS = 'http://www.w3.org/2000/svg';

/**
 * Font stacks every system has, each ending with a generic family: Latin fonts first, then the
 * Chinese fonts of Linux (Noto CJK), macOS (PingFang, Songti), Windows (Microsoft YaHei, SimSun)
 * and Adobe (Source Han), so that a reader's machine draws Chinese text with a font it has.
 */
export const SAFE_FONTS = {
  sans: "'Helvetica Neue', Helvetica, Arial, 'Liberation Sans', 'Noto Sans CJK SC', 'PingFang SC', 'Microsoft YaHei', 'Source Han Sans SC', sans-serif",
  serif:
    "Georgia, 'Times New Roman', 'Liberation Serif', 'Noto Serif CJK SC', 'Songti SC', SimSun, 'Source Han Serif SC', serif",
  mono: "Menlo, Consolas, 'Liberation Mono', 'Noto Sans Mono CJK SC', 'Microsoft YaHei', monospace",
} as const;

/**
 * The safe stack for a computed font-family: its generic family decides (a stack that names none
 * is sans-serif). System font names such as system-ui exist only in a browser, so they go.
 */
export function safeFontFamily(computed: string): string {
  const names = computed.split(',').map((n) =>
    n
      .trim()
      .replace(/^["']|["']$/g, '')
      .toLowerCase(),
  );
  if (names.includes('monospace') || names.includes('ui-monospace')) return SAFE_FONTS.mono;
  if (names.includes('serif') || names.includes('ui-serif')) return SAFE_FONTS.serif;
  return SAFE_FONTS.sans;
}

export interface FrameInput {
  /** The chart: an <svg> element's markup with its styles inlined. */
  chart: string;
  /** The chart's size on screen, in CSS pixels. */
  width: number;
  height: number;
  title: string;
  subtitle?: string;
  legend: readonly LegendEntry[];
  /** "Source: …" */
  source: string;
  /** The view's link, printed under the source. */
  url: string;
  /** The language of the frame's words (`lang` and `xml:lang` of the document): "en", "zh-CN". */
  lang?: string;
}

export interface FramedSvg {
  svg: string;
  width: number;
  height: number;
}

const PAD = 16;
const TEXT = '#1b1b1b';
const MUTED = '#555555';

/**
 * The chart framed for export: title, subtitle, the chart at its screen size, the legend, the
 * source line and the link, on a white ground, with a viewBox and a size in pixels.
 */
export function frameSvg(input: FrameInput): FramedSvg {
  const chartWidth = Math.max(1, Math.round(input.width));
  const width = Math.max(240, chartWidth);
  const inner = width - 2 * PAD;
  const out: string[] = [];
  let y = PAD;
  const text = (
    lines: string[],
    size: number,
    opts: { bold?: boolean; color?: string; gap?: number } = {},
  ): void => {
    const lh = Math.round(size * 1.3);
    for (const line of lines) {
      y += lh;
      out.push(
        `<text x="${PAD}" y="${y - Math.round(size * 0.3)}" font-size="${size}"${opts.bold ? ' font-weight="700"' : ''} fill="${opts.color ?? TEXT}">${escapeXml(line)}</text>`,
      );
    }
    y += opts.gap ?? 0;
  };
  if (input.title)
    text(wrapText(input.title, inner, 20, { bold: true, cutLongWords: true }), 20, {
      bold: true,
      gap: 2,
    });
  if (input.subtitle)
    text(wrapText(input.subtitle, inner, 13, { cutLongWords: true }), 13, { color: MUTED });
  if (input.title || input.subtitle) y += 8;

  const chartHeight = Math.max(1, Math.round(input.height));
  out.push(
    `<g transform="translate(${Math.floor((width - chartWidth) / 2)} ${y})">${setRootGeometry(input.chart, chartWidth, chartHeight)}</g>`,
  );
  y += chartHeight + 10;

  if (input.legend.length > 0) {
    const size = 12;
    const lh = 20;
    let x = PAD;
    y += lh;
    for (const item of input.legend) {
      const w = 12 + 6 + approxTextWidth(item.label, size) + 16;
      if (x > PAD && x + w > width - PAD) {
        x = PAD;
        y += lh;
      }
      out.push(
        `<rect x="${x}" y="${y - 11}" width="12" height="12" rx="2" fill="${escapeXml(item.color)}"/>`,
        `<text x="${x + 18}" y="${y}" font-size="${size}" fill="${TEXT}">${escapeXml(item.label)}</text>`,
      );
      x += w;
    }
    y += 8;
  }
  if (input.source)
    text(wrapText(input.source, inner, 11, { cutLongWords: true }), 11, { color: MUTED });
  if (input.url) text(wrapText(input.url, inner, 11, { cutLongWords: true }), 11, { color: MUTED });
  y += PAD - 4;
  const height = Math.round(y);
  const svg =
    `<svg xmlns="${SVG_NS}"${input.lang ? ` lang="${escapeXml(input.lang)}" xml:lang="${escapeXml(input.lang)}"` : ''} width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${SAFE_FONTS.sans}">` +
    (input.title ? `<title>${escapeXml(input.title)}</title>` : '') +
    `<rect width="${width}" height="${height}" fill="#ffffff"/>${out.join('')}</svg>`;
  return { svg, width, height };
}

/**
 * Gives the chart's root <svg> the frame's geometry: x 0, its screen size, and a viewBox (its own
 * or one the size of the screen), replacing what CSS gave it on screen.
 */
function setRootGeometry(chart: string, width: number, height: number): string {
  const open = /^\s*<svg\b[^>]*>/.exec(chart);
  if (!open) throw new Error('the chart is not an <svg> element');
  let tag = open[0];
  const viewBox = /\sviewBox="([^"]*)"/.exec(tag)?.[1] ?? `0 0 ${width} ${height}`;
  tag = tag.replace(/\s(width|height|viewBox|x|y|preserveAspectRatio)="[^"]*"/g, '');
  // Sizes that CSS gave it on the page go; its paint and font stay.
  tag = tag.replace(/\sstyle="([^"]*)"/, (_m, style: string) => {
    const kept = style
      .split(';')
      .map((d) => d.trim())
      .filter((d) => d !== '' && !/^(max-|min-)?(width|height)\s*:/.test(d));
    return kept.length > 0 ? ` style="${kept.join('; ')}"` : '';
  });
  tag = tag.replace(
    /^(\s*<svg\b)/,
    `$1 x="0" y="0" width="${width}" height="${height}" viewBox="${viewBox}" preserveAspectRatio="xMidYMid meet"`,
  );
  return tag + chart.slice(open[0].length);
}

// ---- checks ------------------------------------------------------------------------------------

const TAG = /<([a-zA-Z][\w:.-]*)((?:\s+[^\s=/>]+(?:\s*=\s*(?:"[^"]*"|'[^']*'))?)*)\s*\/?>/g;
const ATTR = /([^\s=/>]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'))?/g;
const GENERIC = /(^|,)\s*(serif|sans-serif|monospace|cursive|fantasy)\s*$/;
const LOCAL = /^(#|data:)/;

function unescapeXml(s: string): string {
  return s
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/**
 * What keeps an SVG document from standing alone; an empty list when nothing does. Checks: the
 * root is an <svg> in the SVG namespace with a width, height and viewBox; no foreignObject, script
 * or iframe; no href, src or url() outside the file (only "#id" and data: URLs), and every "#id"
 * named exists; no @import and no CSS variables (which need the page); no event handlers; every
 * font-family ends with a generic family.
 */
export function standaloneProblems(svg: string): string[] {
  const problems: string[] = [];
  const body = svg.replace(/^\uFEFF?\s*(<\?xml[^>]*\?>\s*)?(<!--[\s\S]*?-->\s*)*/, '');
  const ids = new Set<string>();
  const refs: string[] = [];
  /** Attribute values that CSS reads: style and presentation attributes. */
  const cssValues: string[] = [];
  let first = true;
  for (const m of body.matchAll(TAG)) {
    const name = m[1]!;
    const attrs = new Map<string, string>();
    for (const a of (m[2] ?? '').matchAll(ATTR)) attrs.set(a[1]!, unescapeXml(a[2] ?? a[3] ?? ''));
    if (first) {
      first = false;
      if (name !== 'svg' || m.index !== 0) problems.push('the root element is not <svg>');
      if (attrs.get('xmlns') !== SVG_NS) problems.push('the root <svg> lacks the SVG namespace');
      for (const a of ['width', 'height'])
        if (!/^\d+(\.\d+)?(px)?$/.test(attrs.get(a) ?? ''))
          problems.push(`the root <svg> lacks a ${a}`);
      if (!/^-?[\d.]+([ ,]+-?[\d.]+){3}$/.test(attrs.get('viewBox')?.trim() ?? ''))
        problems.push('the root <svg> lacks a viewBox');
    }
    const lower = name.toLowerCase();
    if (lower === 'foreignobject' || lower === 'script' || lower === 'iframe')
      problems.push(`<${name}> element`);
    for (const [key, value] of attrs) {
      if (key === 'id') ids.add(value);
      if (/url\(|var\(|@import/i.test(value)) cssValues.push(value);
      if (/^on/i.test(key)) problems.push(`event handler ${key} on <${name}>`);
      if (key === 'href' || key === 'xlink:href' || key === 'src') {
        if (!LOCAL.test(value.trim())) problems.push(`external reference ${key}="${value}"`);
        else if (value.startsWith('#')) refs.push(value.slice(1));
      }
      if (key === 'font-family' && !GENERIC.test(value))
        problems.push(`font-family without a generic family: ${value}`);
      if (key === 'style') {
        const font = /font-family\s*:\s*([^;]+)/.exec(value)?.[1];
        if (font !== undefined && !GENERIC.test(font.trim()))
          problems.push(`font-family without a generic family: ${font.trim()}`);
      }
    }
  }
  if (first) problems.push('no <svg> element');
  const styles = [...body.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)].map((m) =>
    unescapeXml(m[1]!),
  );
  for (const css of [...cssValues, ...styles]) {
    for (const u of css.matchAll(/url\(\s*(["']?)([^)"']*)\1\s*\)/g)) {
      const target = u[2]!.trim();
      if (!LOCAL.test(target)) problems.push(`external reference url(${target})`);
      else if (target.startsWith('#')) refs.push(target.slice(1));
    }
    if (/@import/i.test(css)) problems.push('@import');
    if (/var\(--/.test(css)) problems.push('CSS variable (var(--…)) that only the page defines');
  }
  for (const r of new Set(refs)) if (!ids.has(r)) problems.push(`reference to a missing id #${r}`);
  return problems;
}
