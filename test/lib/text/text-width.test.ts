import { describe, expect, it } from 'vitest';
import { approxMeasure, approxTextWidth } from '../../../src/lib/text/text-width.ts';

describe('approxTextWidth', () => {
  it('adds Helvetica advance widths', () => {
    expect(approxTextWidth('ab', 10)).toBeCloseTo(11.12, 10); // (556 + 556) / 1000 · 10
    expect(approxTextWidth('Il', 10)).toBeCloseTo(5, 10); // (278 + 222) / 1000 · 10
    expect(approxTextWidth('', 12)).toBe(0);
  });

  it('makes bold about 7 % wider', () => {
    expect(approxTextWidth('ab', 10, true)).toBeCloseTo(11.12 * 1.07, 10);
  });

  it('sets CJK and full-width characters one em wide, other letters as an average one', () => {
    expect(approxTextWidth('数字', 10)).toBeCloseTo(20, 10);
    expect(approxTextWidth('，', 10)).toBeCloseTo(10, 10); // U+FF0C full-width comma
    expect(approxTextWidth('é', 10)).toBeCloseTo(5.56, 10);
  });

  it('gives the same widths as a measure', () => {
    expect(approxMeasure(10)('Il')).toBeCloseTo(5, 10);
    expect(approxMeasure(10, true)('ab')).toBeCloseTo(approxTextWidth('ab', 10, true), 10);
  });
});
