// The colours a drawn chart paints with (fills, strokes, gradient stops), as the browser computes
// them, for choosing the legend entries the chart needs.

import { normalizeColor } from '$lib/export/chart-context.ts';

export function chartColors(svg: SVGSVGElement): Set<string> {
  const view = svg.ownerDocument.defaultView;
  const used = new Set<string>();
  if (!view) return used;
  // Click targets (transparent, left out of exports) paint nothing.
  for (const el of [
    svg,
    ...svg.querySelectorAll(':not([data-export-omit], [data-export-omit] *)'),
  ]) {
    const style = view.getComputedStyle(el);
    for (const p of ['fill', 'stroke', 'stop-color']) {
      const v = style.getPropertyValue(p);
      if (v && v !== 'none' && !v.startsWith('url(')) used.add(normalizeColor(v));
    }
  }
  return used;
}
