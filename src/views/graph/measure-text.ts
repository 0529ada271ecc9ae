// Text widths as the browser will draw them (a canvas measures them in the graph's font), for
// placing labels; where there is no canvas (jsdom), an estimate from Helvetica's metrics.

import { approxMeasure, type MeasureText } from '$lib/text/text-width.ts';
import { STYLE } from './graph-drawing.ts';

const measures = new Map<string, MeasureText>();

export function measureFor(size: number, weight: number): MeasureText {
  const key = `${size}|${weight}`;
  let m = measures.get(key);
  if (m) return m;
  const ctx =
    typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
  if (ctx) {
    ctx.font = `${weight} ${size}px ${STYLE.font}`;
    const cache = new Map<string, number>();
    m = (text) => {
      let w = cache.get(text);
      if (w === undefined) cache.set(text, (w = ctx.measureText(text).width));
      return w;
    };
  } else {
    m = approxMeasure(size * 1.12, weight >= 700);
  }
  measures.set(key, m);
  return m;
}
