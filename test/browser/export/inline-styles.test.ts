// @vitest-environment jsdom
// Which computed properties the exporter reads: only those some style of the page sets (and the
// few a standalone file needs on its root), so an export reads a third as many values per element.

import { afterEach, describe, expect, it } from 'vitest';
import { inlineChartMarkup, styledProperties } from '../../../src/browser/export/inline-styles.ts';

const SVG = 'http://www.w3.org/2000/svg';

function page(css: string, markup: string): SVGSVGElement {
  const style = document.createElement('style');
  style.textContent = css;
  document.head.append(style);
  const wrapper = document.createElement('div');
  wrapper.innerHTML = markup;
  document.body.append(wrapper);
  return wrapper.querySelector('svg')!;
}

afterEach(() => {
  document.head.innerHTML = '';
  document.body.innerHTML = '';
});

describe('styledProperties', () => {
  it('collects the properties of rules, nested rules and style attributes in and around the chart', () => {
    const svg = page(
      `.mark { fill: red; stroke-width: 2px }
       @media (max-width: 600px) { .label { font-size: 9px } }
       @supports (display: grid) { .halo { paint-order: stroke } }`,
      `<div style="letter-spacing: 1px"><svg xmlns="${SVG}" style="opacity: 0.9">
         <circle class="mark" r="3" style="stroke-dasharray: 2 2"></circle>
       </svg></div>`,
    );
    const found = styledProperties(svg);
    for (const p of [
      'fill',
      'stroke-width',
      'font-size',
      'paint-order',
      'letter-spacing',
      'opacity',
      'stroke-dasharray',
    ])
      expect(found, p).toContain(p);
    for (const p of ['marker-start', 'word-spacing', 'clip-rule', 'mix-blend-mode'])
      expect(found, p).not.toContain(p);
  });

  it('reads a sheet-set property onto the element, and no property the page never sets', () => {
    const svg = page(
      `.mark { stroke-dasharray: 4 1 }`,
      `<svg xmlns="${SVG}" viewBox="0 0 10 10"><circle class="mark" r="3"></circle></svg>`,
    );
    const markup = inlineChartMarkup(svg);
    const circle = new DOMParser()
      .parseFromString(markup, 'image/svg+xml')
      .querySelector('circle')!;
    expect(circle.getAttribute('style')).toContain('stroke-dasharray: 4 1');
    expect(circle.hasAttribute('class')).toBe(false);
    expect(markup).not.toMatch(/word-spacing|marker-start|clip-rule/);
  });
});
