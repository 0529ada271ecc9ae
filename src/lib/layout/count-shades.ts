// A few steps of one hue for "how often named", so that a shade reads as a count range and the
// legend can say which. Light to dark blues (ColorBrewer Blues), with the darkest still showing
// the dark markers drawn over it.

export interface ShadeStep {
  /** Smallest count in the step (inclusive); the next step's min closes it. */
  min: number;
  max: number | null;
  color: string;
  label: string;
}

const COLORS = ['#c6dbef', '#9ecae1', '#6baed6', '#4292c6'];

/** Steps for counts 1…max: 1, 2–3, 4–9, 10 and more (fewer when the counts are small). */
export function shadeSteps(max: number): ShadeStep[] {
  const bounds = [1, 2, 4, 10].filter((b) => b <= Math.max(1, max));
  return bounds.map((min, i) => {
    const next = bounds[i + 1];
    const upper = next !== undefined ? next - 1 : null;
    return {
      min,
      max: upper,
      color: COLORS[i]!,
      label:
        upper === null
          ? min === max
            ? `${min}`
            : `${min} or more`
          : upper === min
            ? `${min}`
            : `${min}–${upper}`,
    };
  });
}

export const UNNAMED_FILL = '#e8e8e4';

export function shadeFor(count: number, steps: readonly ShadeStep[]): string {
  if (count <= 0) return UNNAMED_FILL;
  let color = UNNAMED_FILL;
  for (const s of steps) if (count >= s.min) color = s.color;
  return color;
}
