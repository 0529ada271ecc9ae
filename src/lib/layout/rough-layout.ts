// The first picture of the force layout (force-layout.ts), without its forces: groups placed
// around an ellipse (the most strongly linked side by side, each given an arc in proportion to its
// size), each node on a small spiral round its group's centre, fitted to the box. No randomness and
// no d3-force: O(n) for the nodes, so the page itself can draw a large graph at once from it while
// a worker runs the forces from the same start.

import {
  nodeRadius,
  SHAPES,
  type LayoutInputs,
  type ShapeLayout,
  type ShapeName,
} from './graph-layout.ts';

export interface LayoutNodeInput {
  id: string;
  group: string;
  /** Radius the node needs (its circle, or its touch target, plus a gap), in layout units. */
  radius: number;
}

export interface LayoutLinkInput {
  source: string;
  target: string;
  weight: number;
}

export interface Point {
  x: number;
  y: number;
}

/** The box a layout fills. */
export interface LayoutBox {
  width: number;
  height: number;
  /** Space kept free along every edge of the box. */
  margin: number;
}

/** A node where the forces start from: on its group's spiral, pulled towards (tx, ty). */
export interface StartNode {
  id: string;
  group: string;
  radius: number;
  x: number;
  y: number;
  tx: number;
  ty: number;
}

export interface StartLayout {
  width: number;
  height: number;
  /** Node id → its centre, in input order. */
  positions: Map<string, Point>;
  /** The groups in the order they were placed around the ellipse. */
  groupOrder: string[];
}

const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));
export const round1 = (v: number): number => Math.round(v * 10) / 10;

/**
 * Every node on a spiral round its group's centre (centres on an ellipse in the box), in input
 * order, with the groups' order round the ellipse. Not yet fitted to the box.
 */
export function spiralStart(
  nodes: readonly LayoutNodeInput[],
  links: readonly LayoutLinkInput[],
  groups: readonly string[],
  box: LayoutBox,
): { start: StartNode[]; order: string[] } {
  const used = groups.filter((g) => nodes.some((n) => n.group === g));
  for (const n of nodes) if (!used.includes(n.group)) used.push(n.group);
  const order = orderGroups(used, nodes, links);
  const centres = groupCentres(order, nodes, box);

  const start: StartNode[] = [];
  const countInGroup = new Map<string, number>();
  const meanRadius = nodes.reduce((s, n) => s + n.radius, 0) / nodes.length;
  for (const n of nodes) {
    const c = centres.get(n.group)!;
    const k = countInGroup.get(n.group) ?? 0;
    countInGroup.set(n.group, k + 1);
    const r = meanRadius * 1.2 * Math.sqrt(k);
    start.push({
      id: n.id,
      group: n.group,
      radius: n.radius,
      x: c.x + r * Math.cos(k * GOLDEN_ANGLE),
      y: c.y + r * Math.sin(k * GOLDEN_ANGLE),
      tx: c.x,
      ty: c.y,
    });
  }
  return { start, order };
}

/** What one shape lays out: each concept with the room it needs, and the box (grown to fit). */
export function shapeNodes(
  inputs: LayoutInputs,
  shape: ShapeName,
): { nodes: LayoutNodeInput[]; box: LayoutBox } {
  const spec = SHAPES[shape];
  const nodes: LayoutNodeInput[] = inputs.concepts.map((c) => ({
    id: c.id,
    group: c.group,
    radius:
      Math.max(nodeRadius(c.mentions, inputs.maxMentions, spec), spec.targetRadius) + spec.gap,
  }));
  // A graph too large for the box gets a larger box (the view fits it to the screen and zooms).
  const needed = nodes.reduce((s, n) => s + (2 * n.radius) ** 2, 0) / 0.45;
  const grow = Math.max(1, Math.sqrt(needed / (spec.width * spec.height)));
  return {
    nodes,
    box: {
      width: Math.round(spec.width * grow),
      height: Math.round(spec.height * grow),
      margin: spec.margin,
    },
  };
}

/** Positions as a shape's layout: concept id → [x, y] in the inputs' order. */
export function toShapeLayout(
  nodes: readonly LayoutNodeInput[],
  box: LayoutBox,
  positions: Map<string, Point>,
): ShapeLayout {
  const out: Record<string, [number, number]> = {};
  for (const n of nodes) {
    const p = positions.get(n.id)!;
    out[n.id] = [p.x, p.y];
  }
  return { width: box.width, height: box.height, nodes: out };
}

/**
 * The rough layout of one shape: where the forces of computeShapeLayout (compute-layout.ts) start,
 * fitted to the same box; exactly what its `onStart` is given.
 */
export function roughShapeLayout(inputs: LayoutInputs, shape: ShapeName): ShapeLayout {
  const { nodes, box } = shapeNodes(inputs, shape);
  if (nodes.length === 0) return { width: box.width, height: box.height, nodes: {} };
  const { start, order } = spiralStart(nodes, inputs.links, inputs.groups, box);
  return toShapeLayout(nodes, box, startPositions(start, order, box).positions);
}

/** The spiral start, fitted to the box and clamped, without touching the simulation's nodes. */
export function startPositions(
  sim: readonly StartNode[],
  groupOrder: string[],
  options: LayoutBox,
): StartLayout {
  const copy = sim.map((n) => ({ ...n }));
  if (copy.length > 1) fitToBox(copy, options);
  const positions = new Map<string, Point>();
  for (const n of copy) {
    clampInside(n, options);
    positions.set(n.id, { x: round1(n.x), y: round1(n.y) });
  }
  return { width: options.width, height: options.height, positions, groupOrder };
}

export function clampInside(n: StartNode, { width, height, margin }: LayoutBox): void {
  const lo = margin + n.radius;
  n.x = Math.min(Math.max(n.x, lo), Math.max(lo, width - margin - n.radius));
  n.y = Math.min(Math.max(n.y, lo), Math.max(lo, height - margin - n.radius));
}

/** Scales the centres uniformly so that the drawing fills the box, centred. */
export function fitToBox(sim: StartNode[], { width, height, margin }: LayoutBox): void {
  const pad = margin + Math.max(...sim.map((n) => n.radius));
  const xs = sim.map((n) => n.x);
  const ys = sim.map((n) => n.y);
  const [minX, maxX, minY, maxY] = [
    Math.min(...xs),
    Math.max(...xs),
    Math.min(...ys),
    Math.max(...ys),
  ];
  const innerW = Math.max(0, width - 2 * pad);
  const innerH = Math.max(0, height - 2 * pad);
  const dx = maxX - minX;
  const dy = maxY - minY;
  const s = Math.min(dx > 0 ? innerW / dx : Infinity, dy > 0 ? innerH / dy : Infinity);
  const scale = Number.isFinite(s) ? s : 1;
  for (const n of sim) {
    n.x = width / 2 + (n.x - (minX + maxX) / 2) * scale;
    n.y = height / 2 + (n.y - (minY + maxY) / 2) * scale;
  }
}

/**
 * Group order around the ellipse: the first group stays first; the others are arranged to
 * maximise the link weight between neighbours on the ring (exhaustively up to 9 groups; beyond,
 * the given order). Ties keep the given order.
 */
export function orderGroups(
  groups: readonly string[],
  nodes: readonly LayoutNodeInput[],
  links: readonly LayoutLinkInput[],
): string[] {
  if (groups.length <= 3 || groups.length > 9) return [...groups];
  const groupOf = new Map(nodes.map((n) => [n.id, n.group]));
  const idx = new Map(groups.map((g, i) => [g, i]));
  const k = groups.length;
  const w: number[][] = Array.from({ length: k }, () => new Array<number>(k).fill(0));
  for (const l of links) {
    const a = idx.get(groupOf.get(l.source) ?? '');
    const b = idx.get(groupOf.get(l.target) ?? '');
    if (a === undefined || b === undefined || a === b) continue;
    w[a]![b]! += l.weight;
    w[b]![a]! += l.weight;
  }
  const score = (p: number[]): number => {
    let s = 0;
    for (let i = 0; i < p.length; i++) s += w[p[i]!]![p[(i + 1) % p.length]!]!;
    return s;
  };
  let best = groups.map((_, i) => i);
  let bestScore = score(best);
  const rest = best.slice(1);
  // Heap's algorithm would visit permutations out of order; plain lexicographic order keeps ties stable.
  const perm = [...rest];
  for (;;) {
    const candidate = [0, ...perm];
    const s = score(candidate);
    if (s > bestScore) {
      best = candidate;
      bestScore = s;
    }
    if (!nextPermutation(perm)) break;
  }
  return best.map((i) => groups[i]!);
}

function nextPermutation(a: number[]): boolean {
  let i = a.length - 2;
  while (i >= 0 && a[i]! >= a[i + 1]!) i--;
  if (i < 0) return false;
  let j = a.length - 1;
  while (a[j]! <= a[i]!) j--;
  [a[i], a[j]] = [a[j]!, a[i]!];
  for (let l = i + 1, r = a.length - 1; l < r; l++, r--) [a[l], a[r]] = [a[r]!, a[l]!];
  return true;
}

/** Centres on an ellipse, the first group at the top, each group's arc in proportion to its area. */
function groupCentres(
  order: readonly string[],
  nodes: readonly LayoutNodeInput[],
  { width, height, margin }: LayoutBox,
): Map<string, Point> {
  const area = new Map<string, number>();
  for (const n of nodes) area.set(n.group, (area.get(n.group) ?? 0) + (n.radius + 2) ** 2);
  const out = new Map<string, Point>();
  const cx = width / 2;
  const cy = height / 2;
  if (order.length === 1) {
    out.set(order[0]!, { x: cx, y: cy });
    return out;
  }
  const total = order.reduce((s, g) => s + area.get(g)!, 0);
  // A cluster's radius if its circles were packed at 60 % density.
  const clusterRadius = Math.max(...order.map((g) => Math.sqrt(area.get(g)! / 0.6)));
  const rx = Math.max((cx - margin) * 0.35, cx - margin - clusterRadius);
  const ry = Math.max((cy - margin) * 0.35, cy - margin - clusterRadius);
  let before = 0;
  const first = area.get(order[0]!)!;
  for (const g of order) {
    const a = area.get(g)!;
    const angle = -Math.PI / 2 + (2 * Math.PI * (before + a / 2 - first / 2)) / total;
    out.set(g, { x: cx + rx * Math.cos(angle), y: cy + ry * Math.sin(angle) });
    before += a;
  }
  return out;
}
