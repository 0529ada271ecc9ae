// Theme regions: the convex hull around a group's circles (each circle sampled at twelve points
// around it, a little way out), as an SVG path. Pure geometry.

import type { Circle } from './node-labels.ts';

export interface Vec {
  x: number;
  y: number;
}

const cross = (o: Vec, a: Vec, b: Vec): number =>
  (a.x - o.x) * (b.y - o.y) - (a.y - o.y) * (b.x - o.x);

/**
 * The points not strictly inside the octagon of the extreme points (least and greatest x, y, x + y
 * and x − y): no point strictly inside it can be a corner of the hull (Akl–Toussaint), so the hull
 * of what is left is the hull of all, found after sorting far fewer points.
 */
function outsideExtremes(points: readonly Vec[]): Vec[] {
  const keys = [(p: Vec) => p.x, (p: Vec) => p.x + p.y, (p: Vec) => p.y, (p: Vec) => p.y - p.x];
  const lo = keys.map(() => points[0]!);
  const hi = keys.map(() => points[0]!);
  for (const p of points)
    keys.forEach((key, i) => {
      if (key(p) < key(lo[i]!)) lo[i] = p;
      if (key(p) > key(hi[i]!)) hi[i] = p;
    });
  // In the order of their directions' angles (180°, 225°, 270°, 315°, 0°, 45°, 90°, 135°): the
  // extreme points, round the octagon.
  const ring = [lo[0]!, lo[1]!, lo[2]!, lo[3]!, hi[0]!, hi[1]!, hi[2]!, hi[3]!];
  const corners = ring.filter((p, i) => p !== ring[(i + ring.length - 1) % ring.length]);
  if (corners.length < 3) return [...points];
  const inside = (p: Vec): boolean => {
    // Strictly on the same side of every edge (the octagon is convex).
    let sign = 0;
    for (let i = 0; i < corners.length; i++) {
      const c = cross(corners[i]!, corners[(i + 1) % corners.length]!, p);
      if (c === 0) return false;
      const s = c > 0 ? 1 : -1;
      if (sign !== 0 && s !== sign) return false;
      sign = s;
    }
    return true;
  };
  return points.filter((p) => !inside(p));
}

/** Convex hull (Andrew's monotone chain), counter-clockwise in y-up terms, no repeated point. */
export function convexHull(points: readonly Vec[]): Vec[] {
  const pts = (points.length > 64 ? outsideExtremes(points) : [...points]).sort(
    (a, b) => a.x - b.x || a.y - b.y,
  );
  if (pts.length <= 2) return pts;
  const lower: Vec[] = [];
  for (const p of pts) {
    while (lower.length >= 2 && cross(lower[lower.length - 2]!, lower[lower.length - 1]!, p) <= 0)
      lower.pop();
    lower.push(p);
  }
  const upper: Vec[] = [];
  for (let i = pts.length - 1; i >= 0; i--) {
    const p = pts[i]!;
    while (upper.length >= 2 && cross(upper[upper.length - 2]!, upper[upper.length - 1]!, p) <= 0)
      upper.pop();
    upper.push(p);
  }
  return [...lower.slice(0, -1), ...upper.slice(0, -1)];
}

const SAMPLES = 12;
/** The directions the circles are sampled in, worked out once. */
const ROUND = Array.from({ length: SAMPLES }, (_, i) => {
  const a = (2 * Math.PI * i) / SAMPLES;
  return { cos: Math.cos(a), sin: Math.sin(a) };
});

/** The hull around circles, each grown by `pad`. */
export function circlesHull(circles: readonly Circle[], pad: number): Vec[] {
  const points: Vec[] = [];
  for (const c of circles)
    for (const { cos, sin } of ROUND)
      points.push({ x: c.x + (c.r + pad) * cos, y: c.y + (c.r + pad) * sin });
  return convexHull(points);
}

/** An SVG path through the points, closed; coordinates to 0.1. */
export function polygonPath(points: readonly Vec[]): string {
  if (points.length === 0) return '';
  const f = (v: number): string => String(Math.round(v * 10) / 10);
  return `M${points.map((p) => `${f(p.x)},${f(p.y)}`).join('L')}Z`;
}
