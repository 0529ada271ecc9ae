// A seeded, deterministic force layout in which groups (themes) read as regions.
//
// 1. Groups are placed around an ellipse, in the order that puts the most strongly linked groups
//    next to each other, each given an arc in proportion to its size.
// 2. Nodes start on a small spiral around their group's centre (no randomness), then d3-force
//    runs a fixed number of ticks: links pull linked concepts together (less across groups), nodes
//    repel each other, a weak pull keeps each node near its group's centre, collision keeps circles
//    apart. d3's own jiggle uses a seeded source.
// 3. The result is scaled to fill the box, then collision alone relaxes any overlap that scaling
//    made, and every circle is clamped inside the box. Coordinates are rounded to 0.1.
//
// Pure: it returns geometry and never animates anything.

import {
  forceCollide,
  forceLink,
  forceManyBody,
  forceSimulation,
  forceX,
  forceY,
  type SimulationLinkDatum,
  type SimulationNodeDatum,
} from 'd3-force';
import { seededRandom } from './random.ts';

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

export interface ForceLayoutOptions {
  width: number;
  height: number;
  /** Space kept free along every edge of the box. */
  margin: number;
  seed?: number;
  /** Ticks of the main simulation (default 300, d3's own count from alpha 1 to 0.001; 160 past 500 nodes). */
  ticks?: number;
  /**
   * Called with the starting positions (each node on its group's spiral, fitted to the box) before
   * the simulation runs: a first picture to draw at once while the layout is computed.
   */
  onStart?: (start: ForceLayoutResult) => void;
}

export interface Point {
  x: number;
  y: number;
}

export interface ForceLayoutResult {
  width: number;
  height: number;
  /** Node id → its centre, in input order. */
  positions: Map<string, Point>;
  /** The groups in the order they were placed around the ellipse. */
  groupOrder: string[];
}

interface SimNode extends SimulationNodeDatum {
  id: string;
  group: string;
  radius: number;
  x: number;
  y: number;
  tx: number;
  ty: number;
}

const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));
const round1 = (v: number): number => Math.round(v * 10) / 10;

export function forceLayout(
  nodes: readonly LayoutNodeInput[],
  links: readonly LayoutLinkInput[],
  groups: readonly string[],
  options: ForceLayoutOptions,
): ForceLayoutResult {
  const { width, height } = options;
  const positions = new Map<string, Point>();
  if (nodes.length === 0) return { width, height, positions, groupOrder: [...groups] };

  const used = groups.filter((g) => nodes.some((n) => n.group === g));
  for (const n of nodes) if (!used.includes(n.group)) used.push(n.group);
  const order = orderGroups(used, nodes, links);
  const centres = groupCentres(order, nodes, options);

  const sim: SimNode[] = [];
  const countInGroup = new Map<string, number>();
  const meanRadius = nodes.reduce((s, n) => s + n.radius, 0) / nodes.length;
  for (const n of nodes) {
    const c = centres.get(n.group)!;
    const k = countInGroup.get(n.group) ?? 0;
    countInGroup.set(n.group, k + 1);
    const r = meanRadius * 1.2 * Math.sqrt(k);
    sim.push({
      id: n.id,
      group: n.group,
      radius: n.radius,
      x: c.x + r * Math.cos(k * GOLDEN_ANGLE),
      y: c.y + r * Math.sin(k * GOLDEN_ANGLE),
      tx: c.x,
      ty: c.y,
    });
  }
  if (options.onStart) options.onStart(startPositions(sim, order, options));
  const byId = new Map(sim.map((n) => [n.id, n]));
  const simLinks: (SimulationLinkDatum<SimNode> & { weight: number; same: boolean })[] = [];
  const degree = new Map<string, number>();
  for (const l of links) {
    const s = byId.get(l.source);
    const t = byId.get(l.target);
    if (!s || !t || s === t) continue;
    simLinks.push({ source: s, target: t, weight: l.weight, same: s.group === t.group });
    degree.set(s.id, (degree.get(s.id) ?? 0) + 1);
    degree.set(t.id, (degree.get(t.id) ?? 0) + 1);
  }

  const random = seededRandom(options.seed ?? 1);
  // Exact repulsion for small graphs (no Barnes–Hut approximation), so symmetric inputs give
  // symmetric layouts; the approximation only where it is needed for speed.
  const theta = sim.length <= 200 ? 0 : 0.9;
  // Large graphs (a synthetic stress corpus) get fewer, cheaper ticks: still seeded, still settled.
  const large = sim.length > 500;
  const ticks = options.ticks ?? (large ? 160 : 300);
  const simulation = forceSimulation<SimNode>(sim)
    .randomSource(random)
    .force(
      'link',
      forceLink<SimNode, (typeof simLinks)[number]>(simLinks)
        .distance((l) => (l.source as SimNode).radius + (l.target as SimNode).radius + 16)
        .strength(
          (l) =>
            (Math.min(1, 0.5 + 0.25 * l.weight) * (l.same ? 1 : 0.12)) /
            Math.min(
              degree.get((l.source as SimNode).id) ?? 1,
              degree.get((l.target as SimNode).id) ?? 1,
            ),
        ),
    )
    .force('charge', forceManyBody<SimNode>().strength(-25).distanceMax(160).theta(theta))
    .force('x', forceX<SimNode>((d) => d.tx).strength(0.2))
    .force('y', forceY<SimNode>((d) => d.ty).strength(0.2))
    .force('collide', forceCollide<SimNode>((d) => d.radius).iterations(large ? 1 : 2))
    .alphaDecay(1 - Math.pow(0.001, 1 / ticks))
    .stop();
  simulation.tick(ticks);

  fitToBox(sim, options);

  // Relax what scaling squeezed: collision, a weak pull to the fitted place, the box as a wall.
  for (const n of sim) {
    n.tx = n.x;
    n.ty = n.y;
    n.vx = 0;
    n.vy = 0;
  }
  const relax = forceSimulation<SimNode>(sim)
    .randomSource(random)
    .alpha(0.5)
    .force('x', forceX<SimNode>((d) => d.tx).strength(0.05))
    .force('y', forceY<SimNode>((d) => d.ty).strength(0.05))
    .force('collide', forceCollide<SimNode>((d) => d.radius).iterations(large ? 2 : 3))
    .force('box', () => {
      for (const n of sim) clampInside(n, options);
    })
    .stop();
  relax.tick(large ? 40 : 80);

  for (const n of sim) {
    clampInside(n, options);
    positions.set(n.id, { x: round1(n.x), y: round1(n.y) });
  }
  return { width, height, positions, groupOrder: order };
}

/** The spiral start, fitted to the box and clamped, without touching the simulation's nodes. */
function startPositions(
  sim: readonly SimNode[],
  groupOrder: string[],
  options: ForceLayoutOptions,
): ForceLayoutResult {
  const copy = sim.map((n) => ({ ...n }));
  if (copy.length > 1) fitToBox(copy, options);
  const positions = new Map<string, Point>();
  for (const n of copy) {
    clampInside(n, options);
    positions.set(n.id, { x: round1(n.x), y: round1(n.y) });
  }
  return { width: options.width, height: options.height, positions, groupOrder };
}

function clampInside(n: SimNode, { width, height, margin }: ForceLayoutOptions): void {
  const lo = margin + n.radius;
  n.x = Math.min(Math.max(n.x, lo), Math.max(lo, width - margin - n.radius));
  n.y = Math.min(Math.max(n.y, lo), Math.max(lo, height - margin - n.radius));
}

/** Scales the centres uniformly so that the drawing fills the box, centred. */
function fitToBox(sim: SimNode[], { width, height, margin }: ForceLayoutOptions): void {
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
  { width, height, margin }: ForceLayoutOptions,
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
