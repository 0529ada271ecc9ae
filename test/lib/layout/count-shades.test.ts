import { describe, expect, it } from 'vitest';
import { shadeFor, shadeSteps, UNNAMED_FILL } from '../../../src/lib/layout/count-shades.ts';

describe('shadeSteps', () => {
  it('steps of 1, 2–3, 4–9, 10 or more for large counts, fewer for small', () => {
    expect(shadeSteps(18).map((s) => s.label)).toEqual(['1', '2–3', '4–9', '10 or more']);
    expect(shadeSteps(3).map((s) => s.label)).toEqual(['1', '2 or more']);
    expect(shadeSteps(1).map((s) => s.label)).toEqual(['1']);
  });

  it('colours a count by its step, and zero as not named', () => {
    const steps = shadeSteps(18);
    expect(shadeFor(0, steps)).toBe(UNNAMED_FILL);
    expect(shadeFor(1, steps)).toBe(steps[0]!.color);
    expect(shadeFor(3, steps)).toBe(steps[1]!.color);
    expect(shadeFor(18, steps)).toBe(steps[3]!.color);
  });
});
