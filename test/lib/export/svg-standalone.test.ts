import { describe, expect, it } from 'vitest';
import {
  frameSvg,
  SAFE_FONTS,
  safeFontFamily,
  standaloneProblems,
} from '../../../src/lib/export/svg-standalone.ts';

const NS = 'xmlns="http://www.w3.org/2000/svg"';
const ok = (inner: string, attrs = '') =>
  `<svg ${NS} width="100" height="50" viewBox="0 0 100 50"${attrs}>${inner}</svg>`;

describe('standaloneProblems', () => {
  it('accepts an SVG with local references, data: URLs and safe fonts', () => {
    const svg = `<?xml version="1.0" encoding="UTF-8"?>\n${ok(
      `<defs><linearGradient id="g"/><clipPath id="c"/></defs>` +
        `<rect fill="url(#g)" clip-path="url('#c')" width="5" height="5"/>` +
        `<use href="#g"/><image href="data:image/png;base64,AAAA"/>` +
        `<text style="font-family: Georgia, serif; fill: #111">url(http://in.text/is/fine)</text>`,
    )}`;
    expect(standaloneProblems(svg)).toEqual([]);
  });

  it.each([
    ['a foreignObject', ok('<foreignObject><div/></foreignObject>'), '<foreignObject> element'],
    ['a script', ok('<script>alert(1)</script>'), '<script> element'],
    [
      'a link to another site',
      ok('<a href="https://example.org/">x</a>'),
      'external reference href="https://example.org/"',
    ],
    [
      'an image from a file',
      ok('<image xlink:href="chart.png"/>'),
      'external reference xlink:href="chart.png"',
    ],
    [
      'a remote fill',
      ok('<rect style="fill: url(&quot;http://x.org/a.svg#g&quot;)"/>'),
      'external reference url(http://x.org/a.svg#g)',
    ],
    ['an @import', ok('<style>@import url(#x);</style><g id="x"/>'), '@import'],
    [
      'a page variable',
      ok('<rect style="fill: var(--accent)"/>'),
      'CSS variable (var(--…)) that only the page defines',
    ],
    ['a dangling id', ok('<use href="#nowhere"/>'), 'reference to a missing id #nowhere'],
    ['an event handler', ok('<rect onclick="x()"/>'), 'event handler onclick on <rect>'],
    [
      'a system font without a generic family',
      ok('<text font-family="system-ui, Roboto">a</text>'),
      'font-family without a generic family: system-ui, Roboto',
    ],
    ['no viewBox', `<svg ${NS} width="100" height="50"></svg>`, 'the root <svg> lacks a viewBox'],
    [
      'a width in percent',
      `<svg ${NS} width="100%" height="50" viewBox="0 0 1 1"></svg>`,
      'the root <svg> lacks a width',
    ],
    [
      'no namespace',
      '<svg width="1" height="1" viewBox="0 0 1 1"></svg>',
      'the root <svg> lacks the SVG namespace',
    ],
    ['HTML', '<div>chart</div>', 'the root element is not <svg>'],
  ])('finds %s', (_name, svg, problem) => {
    expect(standaloneProblems(svg)).toContain(problem);
  });
});

describe('safeFontFamily', () => {
  it.each([
    ["system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif", SAFE_FONTS.sans],
    ['Charter, "Bitstream Charter", Georgia, serif', SAFE_FONTS.serif],
    ['ui-monospace, monospace', SAFE_FONTS.mono],
    ['system-ui', SAFE_FONTS.sans],
    ['"Times New Roman"', SAFE_FONTS.sans],
  ])('%s → its generic family’s safe stack', (computed, expected) => {
    expect(safeFontFamily(computed)).toBe(expected);
  });
});

describe('the fonts and language of a framed SVG', () => {
  it('names Chinese fonts a reader may have, after the Latin ones, before the generic family', () => {
    for (const stack of Object.values(SAFE_FONTS)) expect(stack).toMatch(/CJK SC/);
    const families = SAFE_FONTS.sans.split(',').map((f) => f.trim().replace(/'/g, ''));
    expect(families.indexOf('Arial')).toBeLessThan(families.indexOf('Noto Sans CJK SC'));
    expect(families).toEqual(expect.arrayContaining(['PingFang SC', 'Microsoft YaHei']));
    expect(families.at(-1)).toBe('sans-serif');
  });

  it('carries the language of its words', () => {
    const framed = frameSvg({
      chart: `<svg ${NS} viewBox="0 0 10 10"></svg>`,
      width: 300,
      height: 100,
      title: '概念网络',
      legend: [],
      source: '来源：全文',
      url: '',
      lang: 'zh-CN',
    });
    expect(framed.svg).toMatch(/^<svg [^>]*lang="zh-CN" xml:lang="zh-CN"/);
    expect(framed.svg).toContain('<title>概念网络</title>');
    expect(standaloneProblems(framed.svg)).toEqual([]);
  });
});

describe('frameSvg', () => {
  const chart = `<svg ${NS} class="chart" style="width: 100%; fill: #333" width="300" viewBox="0 0 600 400"><circle r="4" style="fill: rgb(10, 88, 168)"/></svg>`;
  const framed = frameSvg({
    chart,
    width: 600,
    height: 400,
    title: 'Concept graph · AI governance & more',
    subtitle: 'Linked when one sentence says both',
    legend: [
      { label: 'AI governance', color: '#0072b2' },
      { label: 'Data flows', color: '#e69f00' },
    ],
    source: 'Source: Chair’s Statement 2024 (full text).',
    url: 'https://example.org/#/graph?focus=ai-governance',
  });

  it('stands alone', () => {
    expect(standaloneProblems(framed.svg)).toEqual([]);
  });

  it('has the chart at its screen size below the title, and a size that holds everything', () => {
    expect(framed.width).toBe(600);
    expect(framed.svg).toMatch(
      /<svg x="0" y="0" width="600" height="400" viewBox="0 0 600 400" preserveAspectRatio="xMidYMid meet" xmlns="http:\/\/www.w3.org\/2000\/svg" class="chart" style="fill: #333">/,
    );
    const chartTop = Number(/<g transform="translate\(0 (\d+)\)">/.exec(framed.svg)?.[1]);
    // Title (20px × 1.3 = 26) + 2 + subtitle (17) + 8, after 16 of padding.
    expect(chartTop).toBe(16 + 26 + 2 + 17 + 8);
    // Below the chart: 10, legend row 20 + 8, source 14, link 14, padding 12.
    expect(framed.height).toBe(chartTop + 400 + 10 + 28 + 14 + 14 + 12);
    expect(framed.svg).toContain(
      `width="600" height="${framed.height}" viewBox="0 0 600 ${framed.height}"`,
    );
  });

  it('writes the title, legend, source and link as escaped text', () => {
    for (const t of [
      '>Concept graph · AI governance &amp; more</text>',
      '<title>Concept graph · AI governance &amp; more</title>',
      '>AI governance</text>',
      'fill="#e69f00"',
      '>Source: Chair’s Statement 2024 (full text).</text>',
      '>https://example.org/#/graph?focus=ai-governance</text>',
    ])
      expect(framed.svg).toContain(t);
  });

  it('refuses a chart that is not an <svg>', () => {
    expect(() =>
      frameSvg({
        chart: '<div/>',
        width: 1,
        height: 1,
        title: '',
        legend: [],
        source: '',
        url: '',
      }),
    ).toThrow(/not an <svg>/);
  });
});
