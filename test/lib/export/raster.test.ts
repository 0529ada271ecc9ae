import { describe, expect, it } from 'vitest';
import {
  DESKTOP_CANVAS,
  pngSize,
  rasterSize,
  SMALL_CANVAS,
} from '../../../src/lib/export/raster.ts';

describe('rasterSize', () => {
  it.each([
    [800, 600, 1, { width: 800, height: 600, scale: 1, clamped: false }],
    [800, 600, 2, { width: 1600, height: 1200, scale: 2, clamped: false }],
    [800, 600, 4, { width: 3200, height: 2400, scale: 4, clamped: false }],
    [100.4, 50.6, 2, { width: 201, height: 101, scale: 2, clamped: false }],
  ])('%s×%s at %s× fits', (w, h, s, expected) => {
    expect(rasterSize(w, h, s)).toEqual(expected);
  });

  it('clamps a side to the longest the browser draws', () => {
    // 5000 × 4 = 20,000 > 16,384: the scale becomes floor(16384 / 5000 × 100) / 100 = 3.27.
    expect(rasterSize(5000, 100, 4)).toEqual({
      width: 16350,
      height: 327,
      scale: 3.27,
      clamped: true,
    });
  });

  it('clamps the area on a small canvas (phones)', () => {
    // 1280 × 900 at 4× is 18.4 million pixels > 16.7 million: scale √(16,777,216 / 1,152,000) = 3.816… → 3.81.
    const r = rasterSize(1280, 900, 4, SMALL_CANVAS);
    expect(r).toEqual({ width: 4876, height: 3429, scale: 3.81, clamped: true });
    expect(r.width * r.height).toBeLessThanOrEqual(SMALL_CANVAS.maxArea);
    expect(r.width).toBeLessThanOrEqual(SMALL_CANVAS.maxSide);
  });

  it('never goes over the limits, whatever the size', () => {
    for (const [w, h] of [
      [16384, 16384],
      [30000, 10],
      [7, 9000],
    ] as const) {
      const r = rasterSize(w, h, 4, DESKTOP_CANVAS);
      expect(r.width).toBeLessThanOrEqual(DESKTOP_CANVAS.maxSide);
      expect(r.height).toBeLessThanOrEqual(DESKTOP_CANVAS.maxSide);
      expect(r.width * r.height).toBeLessThanOrEqual(DESKTOP_CANVAS.maxArea);
    }
  });

  it('refuses an empty image', () => {
    expect(() => rasterSize(0, 10, 1)).toThrow();
  });
});

describe('pngSize', () => {
  // A PNG begins with its 8-byte signature, then the IHDR chunk: length 13, "IHDR", width, height.
  const header = (w: number, h: number) =>
    new Uint8Array([
      0x89,
      0x50,
      0x4e,
      0x47,
      0x0d,
      0x0a,
      0x1a,
      0x0a,
      0,
      0,
      0,
      13,
      0x49,
      0x48,
      0x44,
      0x52,
      (w >>> 24) & 255,
      (w >>> 16) & 255,
      (w >>> 8) & 255,
      w & 255,
      (h >>> 24) & 255,
      (h >>> 16) & 255,
      (h >>> 8) & 255,
      h & 255,
      8,
      6,
      0,
      0,
      0,
    ]);

  it('reads width and height from the header', () => {
    expect(pngSize(header(2560, 1600))).toEqual({ width: 2560, height: 1600 });
    expect(pngSize(header(70000, 1))).toEqual({ width: 70000, height: 1 });
  });

  it('says null for what is not a PNG', () => {
    expect(pngSize(new TextEncoder().encode('GIF89a…………………………………………'))).toBeNull();
    expect(pngSize(header(1, 1).slice(0, 20))).toBeNull();
  });
});
