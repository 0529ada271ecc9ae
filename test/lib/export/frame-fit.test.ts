import { describe, expect, it } from 'vitest';
import {
  chartHeightFor,
  compactFrame,
  DESIGN_SIZE,
  fitScale,
  hostAnswered,
  MIN_LAYOUT_WIDTH,
  MIN_LEGIBLE_SCALE,
  maxLayoutWidth,
  refineFit,
  returnToBest,
  startFit,
} from '../../../src/lib/export/frame-fit.ts';

const embed = DESIGN_SIZE.embed;

describe('startFit', () => {
  it.each([
    // box, layout width, scale: worked by hand from the design size 1000 × 640
    [{ width: 600, height: 400 }, 600, 1],
    [{ width: 1280, height: 720 }, 1137, 720 / 640],
    [{ width: 3840, height: 2160 }, 1137, 2160 / 640],
    [{ width: 320, height: 240 }, 320, 1],
    [{ width: 200, height: 240 }, MIN_LAYOUT_WIDTH, 1],
  ])('%o → laid out at %i, scale %d', (box, width, scale) => {
    const fit = startFit(box, embed);
    expect(fit.layoutWidth).toBe(width);
    expect(fit.scale).toBeCloseTo(scale, 6);
  });
});

describe('refineFit', () => {
  it('keeps a frame that fits', () => {
    const r = refineFit({ width: 800, height: 450 }, embed, 800, 430);
    expect(r).toEqual({ layoutWidth: 800, scale: 1, settled: true });
  });
  it('scales a frame that is too tall down and lays it out wider, up to legible type', () => {
    // 600 × 400 box, 800 high at 600 wide: scale 0.5 would want a layout of 1200; type stays
    // legible at 600 / 0.75 = 800 at most.
    const r = refineFit({ width: 600, height: 400 }, embed, 600, 800);
    expect(r.scale).toBe(0.5);
    expect(r.layoutWidth).toBe(800);
    expect(r.settled).toBe(false);
    // At 800 it is 600 high (fewer lines wrapped): scale 600/800 = 0.75 by width, 400/600 by height.
    const r2 = refineFit({ width: 600, height: 400 }, embed, 800, 600);
    expect(r2.scale).toBeCloseTo(400 / 600, 9);
    expect(r2.layoutWidth).toBe(800);
    expect(r2.settled).toBe(true);
  });
  it('never scales past the design scale of a large box', () => {
    const r = refineFit({ width: 3840, height: 2160 }, embed, 1137, 300);
    expect(r.scale).toBeCloseTo(2160 / 640, 6);
  });
  it('whatever it settles on fits the box', () => {
    for (const [w, h, ch] of [
      [320, 240, 700],
      [600, 400, 650],
      [1280, 720, 500],
      [3840, 2160, 900],
    ] as const) {
      const r = refineFit(
        { width: w, height: h },
        embed,
        startFit({ width: w, height: h }, embed).layoutWidth,
        ch,
      );
      const layout = startFit({ width: w, height: h }, embed).layoutWidth;
      expect(layout * r.scale).toBeLessThanOrEqual(w + 1e-9);
      expect(ch * r.scale).toBeLessThanOrEqual(h + 1e-9);
    }
  });
});

describe('returnToBest', () => {
  it('goes back to the layout that drew largest when a wider one drew smaller', () => {
    const best = { layoutWidth: 800, scale: 0.83 };
    expect(returnToBest(best, { layoutWidth: 963, scale: 0.74 })).toBe(best);
    expect(returnToBest(best, { layoutWidth: 963, scale: 0.9 })).toBeNull();
    // Within half a percent: no step back for a rounding.
    expect(returnToBest(best, { layoutWidth: 963, scale: 0.827 })).toBeNull();
    expect(returnToBest(null, { layoutWidth: 963, scale: 0.5 })).toBeNull();
  });

  it('keeps a chart whose height follows its width at its largest (the loop FitToBox runs)', () => {
    // A map in an 800 × 450 box: half as high as wide, and 140 px of words around it. At 800 wide
    // it is 540 high: 450 / 540 = 0.833 is the best scale; every wider layout draws smaller.
    const box = { width: 800, height: 450 };
    const heightAt = (w: number): number => 0.5 * w + 140;
    let layoutWidth = startFit(box, embed).layoutWidth;
    let best: { layoutWidth: number; scale: number } | null = null;
    let scale = 1;
    for (let step = 0; step < 8; step++) {
      const r = refineFit(box, embed, layoutWidth, heightAt(layoutWidth));
      const back = returnToBest(best, { layoutWidth, scale: r.scale });
      if (back) {
        layoutWidth = back.layoutWidth;
        scale = refineFit(box, embed, layoutWidth, heightAt(layoutWidth)).scale;
        break;
      }
      scale = r.scale;
      if (!best || r.scale > best.scale) best = { layoutWidth, scale: r.scale };
      if (r.settled) break;
      layoutWidth = r.layoutWidth;
    }
    expect(layoutWidth).toBe(800);
    expect(scale).toBeCloseTo(450 / 540, 6);
  });
});

describe('fitScale', () => {
  it('takes the tighter side and the ceiling', () => {
    expect(fitScale({ width: 600, height: 400 }, { width: 300, height: 400 })).toBe(1);
    expect(fitScale({ width: 600, height: 400 }, { width: 300, height: 100 })).toBe(2);
    expect(fitScale({ width: 600, height: 400 }, { width: 300, height: 100 }, 1.5)).toBe(1.5);
    expect(fitScale({ width: 600, height: 400 }, { width: 0, height: 100 })).toBe(1);
  });
});

describe('chartHeightFor', () => {
  it('gives the chart what the frame leaves, in layout pixels', () => {
    expect(chartHeightFor({ width: 600, height: 400 }, 1, 150)).toBe(250);
    expect(chartHeightFor({ width: 3840, height: 2160 }, 2, 150)).toBe(930);
    expect(chartHeightFor({ width: 320, height: 240 }, 1, 200)).toBe(120);
    // A frame drawn below legible type (0.4) still sizes its chart as if at 0.75: 240 / 0.75 − 100.
    expect(chartHeightFor({ width: 320, height: 240 }, 0.4, 100)).toBe(220);
    // The frame's words would leave 100 of 400: the chart keeps 45%, and the frame scales down.
    expect(chartHeightFor({ width: 600, height: 400 }, 1, 300)).toBe(180);
  });
});

describe('small boxes: fewer words, not smaller type', () => {
  it('never lays a frame out wider than legible type allows', () => {
    expect(maxLayoutWidth({ width: 300, height: 200 })).toBe(400);
    // 800 high at 300 wide would want a layout of 1200 (scale 0.25): it stops at 400.
    const r = refineFit({ width: 300, height: 200 }, embed, 320, 800);
    expect(r.layoutWidth).toBe(400);
    expect(MIN_LEGIBLE_SCALE).toBe(0.75);
  });
  it('calls a box compact when the whole frame cannot show at legible size', () => {
    expect(compactFrame({ width: 320, height: 240 })).toBe(true);
    expect(compactFrame({ width: 800, height: 300 })).toBe(true);
    expect(compactFrame({ width: 600, height: 400 })).toBe(false);
    expect(compactFrame({ width: 1280, height: 720 })).toBe(false);
  });
});

describe('hostAnswered', () => {
  it('is true when the frame took the height asked for', () => {
    expect(hostAnswered(612, 612)).toBe(true);
    expect(hostAnswered(612, 611)).toBe(true);
    expect(hostAnswered(612, 400)).toBe(false);
  });
});
