import { describe, expect, it } from 'vitest';
import { layoutToScreen } from '../../../src/lib/layout/graph-scene.ts';
import { layoutUnitsToCanvas } from '../../../src/views/graph/draw-canvas.ts';

describe('layoutUnitsToCanvas', () => {
  it('is the scene’s own layout-to-screen transform (the canvas draws hulls where the SVG does)', () => {
    const fit = { scale: 0.8, offsetX: 12, offsetY: -4 };
    for (const zoom of [
      { k: 1, x: 0, y: 0 },
      { k: 2.5, x: -120, y: 40 },
      { k: 0.3, x: 7, y: -9 },
    ])
      expect(layoutUnitsToCanvas({ fit, zoom })).toEqual(layoutToScreen(fit, zoom));
    // By hand: k = 2 · 0.8; x = 10 + 2 · 12; y = 5 + 2 · (−4).
    expect(layoutUnitsToCanvas({ fit, zoom: { k: 2, x: 10, y: 5 } })).toEqual({
      k: 1.6,
      x: 34,
      y: -3,
    });
  });
});
