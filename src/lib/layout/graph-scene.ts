// The graph as screen geometry: where each node, link, theme region and label is drawn for a
// chart of a given size, zoom and set of dragged nodes. Both renderers (SVG and canvas) draw
// exactly this; neither computes any geometry of its own.

import type { ConceptGraph } from '../model/concept-graph.ts';
import type { YearPresence } from '../model/year-presence.ts';
import { readableColor } from './contrast.ts';
import { circlesHull, polygonPath, type Vec } from './hull.ts';
import {
  circleHitsBox,
  overlaps,
  placeNodeLabels,
  labelLength,
  wrapLabel,
  type Box,
  type Circle,
  type LabelRequest,
  type PlacedLabel,
} from './node-labels.ts';
import { nodeRadius, type ShapeLayout, type ShapeSpec } from './graph-layout.ts';
import type { MeasureText } from '../text/text-width.ts';

export interface ZoomTransform {
  k: number;
  x: number;
  y: number;
}

export const IDENTITY: ZoomTransform = { k: 1, x: 0, y: 0 };

/** Layout box → chart: uniform scale, centred. */
export interface Fit {
  scale: number;
  offsetX: number;
  offsetY: number;
}

export function fitLayout(layout: { width: number; height: number }, w: number, h: number): Fit {
  const scale = Math.max(0.0001, Math.min(w / layout.width, h / layout.height));
  return {
    scale,
    offsetX: (w - layout.width * scale) / 2,
    offsetY: (h - layout.height * scale) / 2,
  };
}

/** Layout units → chart pixels. */
export function toScreen(x: number, y: number, fit: Fit, zoom: ZoomTransform): [number, number] {
  return [
    zoom.x + zoom.k * (fit.offsetX + x * fit.scale),
    zoom.y + zoom.k * (fit.offsetY + y * fit.scale),
  ];
}

/** Chart pixels → layout units (for dragging). */
export function toLayout(sx: number, sy: number, fit: Fit, zoom: ZoomTransform): [number, number] {
  return [
    ((sx - zoom.x) / zoom.k - fit.offsetX) / fit.scale,
    ((sy - zoom.y) / zoom.k - fit.offsetY) / fit.scale,
  ];
}

export interface YearArc {
  year: number;
  kind: 'text' | 'coded';
  /** Angles in radians, clockwise from the right (SVG convention); slot 0 starts at the top. */
  a0: number;
  a1: number;
  radius: number;
}

export interface SceneNode {
  id: string;
  theme: string;
  color: string;
  x: number;
  y: number;
  /** Radius of the drawn circle. */
  r: number;
  /** Radius of the pointer target (at least 12.5 px: a target over 24 px across). */
  hitR: number;
  /** No mention in the texts in scope: known only from a record (drawn hollow and dashed). */
  hollow: boolean;
  arcs: YearArc[];
}

export interface SceneLink {
  id: string;
  source: string;
  target: string;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  width: number;
  weight: number;
}

export interface Scene {
  width: number;
  height: number;
  fit: Fit;
  zoom: ZoomTransform;
  nodes: SceneNode[];
  links: SceneLink[];
  nodeById: Map<string, SceneNode>;
}

export interface SceneInput {
  graph: ConceptGraph;
  colors: ReadonlyMap<string, string>;
  layout: ShapeLayout;
  spec: ShapeSpec;
  /** Nodes the reader dragged: id → layout position. */
  moved?: Readonly<Record<string, readonly [number, number]>>;
  width: number;
  height: number;
  zoom?: ZoomTransform;
  /** Every forum year, in order: one mark slot each. */
  years: readonly number[];
  /**
   * The scene drawn before for the same graph: nodes and links whose geometry has not changed are
   * handed back as the same objects, so that a renderer redraws only what moved (a drag moves one
   * node and its links). The result is equal either way.
   */
  previous?: Scene | null;
}

export const MIN_HIT_RADIUS = 12.5;

/** Link stroke width for a weight (sentences or paragraphs saying both). */
export function linkWidth(weight: number, zoomK = 1): number {
  return Math.min(8, 1.2 + 1.5 * (weight - 1)) * Math.min(2, Math.sqrt(zoomK));
}

/** One slot per forum year around the node, clockwise from the top, with gaps between slots. */
export function yearArcs(
  presence: readonly YearPresence[],
  years: readonly number[],
  radius: number,
): YearArc[] {
  const n = years.length;
  if (n === 0) return [];
  const slot = (2 * Math.PI) / n;
  const gap = Math.min(slot * 0.25, 0.45);
  const out: YearArc[] = [];
  for (const p of presence) {
    const i = years.indexOf(p.year);
    if (i < 0) continue;
    const a0 = -Math.PI / 2 + i * slot + gap / 2;
    out.push({ year: p.year, kind: p.coded ? 'coded' : 'text', a0, a1: a0 + slot - gap, radius });
  }
  return out;
}

/** SVG path of a year arc, relative to the node's centre. */
export function arcPath(arc: YearArc): string {
  const f = (v: number): string => String(Math.round(v * 100) / 100);
  const { a0, a1, radius: r } = arc;
  const large = a1 - a0 > Math.PI ? 1 : 0;
  return `M${f(r * Math.cos(a0))},${f(r * Math.sin(a0))}A${f(r)},${f(r)} 0 ${large} 1 ${f(r * Math.cos(a1))},${f(r * Math.sin(a1))}`;
}

export function buildScene(input: SceneInput): Scene {
  const { graph, layout, spec, width, height, years } = input;
  const zoom = input.zoom ?? IDENTITY;
  const fit = fitLayout(layout, width, height);
  const grow = Math.min(2.5, Math.sqrt(zoom.k));
  const nodes: SceneNode[] = [];
  const nodeById = new Map<string, SceneNode>();
  for (const n of graph.nodes) {
    const p = input.moved?.[n.id] ?? layout.nodes[n.id];
    if (!p) continue;
    const [x, y] = toScreen(p[0], p[1], fit, zoom);
    const r = nodeRadius(n.mentions, graph.maxMentions, spec) * fit.scale * grow;
    const before = input.previous?.nodeById.get(n.id);
    if (before && before.x === x && before.y === y && before.r === r) {
      nodes.push(before);
      nodeById.set(n.id, before);
      continue;
    }
    const node: SceneNode = {
      id: n.id,
      theme: n.theme,
      color: input.colors.get(n.theme) ?? '#767676',
      x,
      y,
      r,
      hitR: Math.max(r + 2, MIN_HIT_RADIUS),
      hollow: n.mentions === 0,
      arcs: yearArcs(n.years, years, r + 2.5 + Math.min(1.5, r * 0.15)),
    };
    nodes.push(node);
    nodeById.set(n.id, node);
  }
  const links: SceneLink[] = [];
  const linksBefore = new Map(input.previous?.links.map((l) => [l.id, l]));
  for (const l of graph.links) {
    const s = nodeById.get(l.source);
    const t = nodeById.get(l.target);
    if (!s || !t) continue;
    const before = linksBefore.get(l.id);
    const width = linkWidth(l.weight, zoom.k);
    if (
      before &&
      before.x1 === s.x &&
      before.y1 === s.y &&
      before.x2 === t.x &&
      before.y2 === t.y &&
      before.width === width
    ) {
      links.push(before);
      continue;
    }
    links.push({
      id: l.id,
      source: l.source,
      target: l.target,
      x1: s.x,
      y1: s.y,
      x2: t.x,
      y2: t.y,
      width,
      weight: l.weight,
    });
  }
  return { width, height, fit, zoom, nodes, links, nodeById };
}

/** A theme's region: the hull around its nodes, in layout units (drawn under the zoom's transform). */
export interface ThemeHull {
  theme: string;
  color: string;
  points: Vec[];
  path: string;
}

/** Hulls around each theme's nodes as laid out (dragged nodes where they were dropped). */
export function themeHulls(
  graph: ConceptGraph,
  input: Pick<SceneInput, 'layout' | 'spec' | 'moved' | 'colors'>,
  pad = 8,
): ThemeHull[] {
  const circles = new Map<string, Circle[]>();
  for (const n of graph.nodes) {
    const p = input.moved?.[n.id] ?? input.layout.nodes[n.id];
    if (!p) continue;
    const list = circles.get(n.theme) ?? [];
    list.push({ x: p[0], y: p[1], r: nodeRadius(n.mentions, graph.maxMentions, input.spec) });
    circles.set(n.theme, list);
  }
  return [...circles].map(([theme, list]) => {
    const points = circlesHull(list, pad);
    return {
      theme,
      color: input.colors.get(theme) ?? '#767676',
      points,
      path: polygonPath(points),
    };
  });
}

/** The transform that draws layout units where the scene draws them: `translate(x,y) scale(k)`. */
export function layoutToScreen(fit: Fit, zoom: ZoomTransform): ZoomTransform {
  return {
    k: zoom.k * fit.scale,
    x: zoom.x + zoom.k * fit.offsetX,
    y: zoom.y + zoom.k * fit.offsetY,
  };
}

export interface ThemeLabel {
  theme: string;
  text: string;
  /** One line, or two where one does not fit. */
  lines: string[];
  /** Middle of the text, and the baseline of each line. */
  x: number;
  ys: number[];
  color: string;
  box: Box;
}

/**
 * Each theme's name above its hull, else below it, else just inside its top or bottom (centred,
 * or flush with the hull's left or right), on one line and then on two; the first place where it
 * covers no node and no other theme's name. Where none is free, the name is left out when
 * `omitCrowded` (phones: the legend names the themes), else put where it covers no other name.
 */
export function themeLabels(
  hulls: readonly ThemeHull[],
  scene: Scene,
  labels: ReadonlyMap<string, string>,
  options: { fontSize: number; measure: MeasureText; omitCrowded?: boolean },
): ThemeLabel[] {
  const t = layoutToScreen(scene.fit, scene.zoom);
  const lineH = options.fontSize * 1.25;
  const out: ThemeLabel[] = [];
  const inside = (b: Box): boolean =>
    b.x0 >= 0 && b.y0 >= 0 && b.x1 <= scene.width && b.y1 <= scene.height;
  const coversNode = (b: Box): boolean =>
    scene.nodes.some((n) => circleHitsBox({ x: n.x, y: n.y, r: n.r + 2 }, b));
  const free = (b: Box): boolean => !out.some((o) => overlaps(o.box, b));
  for (const hull of hulls) {
    if (hull.points.length === 0) continue;
    const text = labels.get(hull.theme) ?? hull.theme;
    const xs = hull.points.map((p) => t.x + t.k * p.x);
    const ys = hull.points.map((p) => t.y + t.k * p.y);
    const [minX, maxX, minY, maxY] = [
      Math.min(...xs),
      Math.max(...xs),
      Math.min(...ys),
      Math.max(...ys),
    ];
    if (maxX < 0 || minX > scene.width || maxY < 0 || minY > scene.height) continue;
    const options2 = [[text], wrapLabel(text, Math.ceil(labelLength(text) / 2) + 4)].filter(
      (lines, i) => i === 0 || lines.length === 2,
    );
    const candidates: { lines: string[]; box: Box }[] = [];
    for (const lines of options2) {
      const w = Math.max(...lines.map((l) => options.measure(l)));
      const h = lines.length * lineH;
      const mid = Math.min(Math.max((minX + maxX) / 2, w / 2 + 2), scene.width - w / 2 - 2);
      for (const top of [minY - h - 1, maxY + 1, minY + 1, maxY - h - 1])
        for (const cx of [mid, minX + w / 2, maxX - w / 2])
          candidates.push({ lines, box: { x0: cx - w / 2, y0: top, x1: cx + w / 2, y1: top + h } });
    }
    const fitting = candidates.filter((c) => inside(c.box));
    let pick = fitting.find((c) => free(c.box) && !coversNode(c.box));
    if (!pick && !options.omitCrowded) pick = fitting.find((c) => free(c.box)) ?? fitting[0];
    if (!pick) continue;
    out.push({
      theme: hull.theme,
      text,
      lines: pick.lines,
      x: (pick.box.x0 + pick.box.x1) / 2,
      ys: pick.lines.map((_, i) => pick.box.y0 + i * lineH + options.fontSize * 0.98),
      color: readableColor(hull.color),
      box: pick.box,
    });
  }
  return out;
}

export interface LabelSceneOptions {
  fontSize: number;
  lineHeight: number;
  measure: MeasureText;
  maxLabels?: number;
  /** Try at most this many labels (forced ones first, then by priority), for very large graphs. */
  maxCandidates?: number;
  /** Labels shown whatever the room (hovered, focused, selected, found). */
  forced?: ReadonlySet<string>;
  /** Label only these (and the forced): what stands out while the rest fades. */
  only?: ReadonlySet<string> | null;
  obstacles?: readonly Box[];
}

/** Node labels for a scene: most mentioned first, wrapped to two lines when long. */
export function sceneLabels(
  scene: Scene,
  graph: ConceptGraph,
  options: LabelSceneOptions,
): PlacedLabel[] {
  const requests: LabelRequest[] = [];
  for (const n of graph.nodes) {
    const s = scene.nodeById.get(n.id);
    if (!s) continue;
    const force = options.forced?.has(n.id) ?? false;
    if (options.only && !force && !options.only.has(n.id)) continue;
    if (s.x < -50 || s.y < -50 || s.x > scene.width + 50 || s.y > scene.height + 50) continue;
    requests.push({
      id: n.id,
      x: s.x,
      y: s.y,
      r: s.r + 3,
      lines: wrapLabel(n.label),
      priority: n.mentions * 4 + n.links,
      force,
    });
  }
  const candidates =
    options.maxCandidates !== undefined && requests.length > options.maxCandidates
      ? [...requests]
          .sort((a, b) => Number(b.force) - Number(a.force) || b.priority - a.priority)
          .slice(0, Math.max(options.maxCandidates, requests.filter((r) => r.force).length))
      : requests;
  return placeNodeLabels(candidates, {
    width: scene.width,
    height: scene.height,
    fontSize: options.fontSize,
    lineHeight: options.lineHeight,
    measure: options.measure,
    // Labels keep clear of the nodes that are drawn in full; faded ones may lie under a label.
    circles: scene.nodes
      .filter((n) => !options.only || options.only.has(n.id) || options.forced?.has(n.id))
      .map((n) => ({ id: n.id, x: n.x, y: n.y, r: n.r + 2 })),
    obstacles: options.obstacles,
    maxLabels: options.maxLabels,
  });
}

/** The node under a point: the nearest centre within its target radius. */
export function hitNode(scene: Scene, x: number, y: number): string | null {
  let best: string | null = null;
  let bestD = Infinity;
  for (const n of scene.nodes) {
    const d = (n.x - x) ** 2 + (n.y - y) ** 2;
    if (d <= n.hitR * n.hitR && d < bestD) {
      best = n.id;
      bestD = d;
    }
  }
  return best;
}

/** The link under a point: the nearest within `tolerance` pixels of its line (past its ends' circles). */
export function hitLink(scene: Scene, x: number, y: number, tolerance = 5): string | null {
  let best: string | null = null;
  let bestD = Infinity;
  for (const l of scene.links) {
    const dx = l.x2 - l.x1;
    const dy = l.y2 - l.y1;
    const len2 = dx * dx + dy * dy;
    const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((x - l.x1) * dx + (y - l.y1) * dy) / len2));
    const d = Math.hypot(x - (l.x1 + t * dx), y - (l.y1 + t * dy));
    if (d <= tolerance + l.width / 2 && d < bestD) {
      best = l.id;
      bestD = d;
    }
  }
  return best;
}

export type Direction = 'up' | 'down' | 'left' | 'right';

/**
 * The node to move to from `from` with an arrow key: among `candidates` (its neighbours), the one
 * best in that direction (within 75° of it), nearest first with angle as a penalty. Null if none.
 */
export function stepToward(
  scene: Scene,
  from: string,
  direction: Direction,
  candidates: Iterable<string>,
): string | null {
  const origin = scene.nodeById.get(from);
  if (!origin) return null;
  const [ux, uy] = { up: [0, -1], down: [0, 1], left: [-1, 0], right: [1, 0] }[direction];
  let best: string | null = null;
  let bestScore = Infinity;
  for (const id of candidates) {
    const n = scene.nodeById.get(id);
    if (!n || id === from) continue;
    const dx = n.x - origin.x;
    const dy = n.y - origin.y;
    const dist = Math.hypot(dx, dy);
    if (dist === 0) continue;
    const cos = (dx * ux! + dy * uy!) / dist;
    if (cos < Math.cos((75 * Math.PI) / 180)) continue;
    const score = dist * (2 - cos);
    if (score < bestScore || (score === bestScore && best !== null && id < best)) {
      best = id;
      bestScore = score;
    }
  }
  return best;
}
