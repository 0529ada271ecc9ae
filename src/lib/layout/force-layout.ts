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
import {
  clampInside,
  fitToBox,
  round1,
  spiralStart,
  startPositions,
  type LayoutLinkInput,
  type LayoutNodeInput,
  type Point,
  type StartNode,
} from './rough-layout.ts';

export type { LayoutLinkInput, LayoutNodeInput, Point } from './rough-layout.ts';
export { orderGroups } from './rough-layout.ts';

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

export interface ForceLayoutResult {
  width: number;
  height: number;
  /** Node id → its centre, in input order. */
  positions: Map<string, Point>;
  /** The groups in the order they were placed around the ellipse. */
  groupOrder: string[];
}

interface SimNode extends SimulationNodeDatum, StartNode {
  x: number;
  y: number;
}

export function forceLayout(
  nodes: readonly LayoutNodeInput[],
  links: readonly LayoutLinkInput[],
  groups: readonly string[],
  options: ForceLayoutOptions,
): ForceLayoutResult {
  const { width, height } = options;
  const positions = new Map<string, Point>();
  if (nodes.length === 0) return { width, height, positions, groupOrder: [...groups] };

  const { start, order } = spiralStart(nodes, links, groups, options);
  const sim: SimNode[] = start;
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
