// Where each concept sits: the force layout of the whole codebook, for two shapes of screen (wide
// for desktops and embeds, tall for phones). `npm run corpus` writes it to
// public/data/graph-layout.json, so the page never lays out on its main thread; a web worker runs
// the same computation (compute-layout.ts) when the file does not fit the corpus (another corpus,
// a synthetic one). This module is what the page needs: shapes, sizes, inputs, the file's check.
//
// Every concept of the codebook has a place, whatever the filters: a node that stays on screen
// when a filter changes stays where it was.

import type { Corpus } from '../corpus/types.ts';
import type { LayoutLinkInput } from './force-layout.ts';
import { fingerprint } from './random.ts';

export const GRAPH_LAYOUT_VERSION = 1;

export type ShapeName = 'wide' | 'tall';

export interface ShapeSpec {
  /** Box of the layout, in layout units (about CSS pixels at the size it is drawn). */
  width: number;
  height: number;
  margin: number;
  /** Radius of a node with no or the most mentions. */
  minRadius: number;
  maxRadius: number;
  /** Half the smallest touch target: nodes are laid out at least twice this apart. */
  targetRadius: number;
  /** Extra space around each node. */
  gap: number;
}

export const SHAPES: Record<ShapeName, ShapeSpec> = {
  wide: {
    width: 960,
    height: 600,
    margin: 8,
    minRadius: 5,
    maxRadius: 16,
    targetRadius: 12,
    gap: 18,
  },
  tall: {
    width: 360,
    height: 560,
    margin: 6,
    minRadius: 5,
    maxRadius: 13,
    targetRadius: 12.5,
    gap: 1,
  },
};

export interface ShapeLayout {
  /** The box actually used: the shape's, grown for graphs too large for it. */
  width: number;
  height: number;
  /** Concept id → [x, y], codebook order. */
  nodes: Record<string, [number, number]>;
}

export interface GraphLayoutFile {
  version: number;
  /** Fingerprint of what the layout was computed from: codebook, mentions, links. */
  key: string;
  shapes: Record<ShapeName, ShapeLayout>;
}

export interface LayoutInputs {
  groups: string[];
  concepts: { id: string; group: string; mentions: number }[];
  links: LayoutLinkInput[];
  maxMentions: number;
}

/** A node's radius for its number of mentions: area grows with mentions. */
export function nodeRadius(mentions: number, maxMentions: number, spec: ShapeSpec): number {
  if (mentions <= 0 || maxMentions <= 0) return spec.minRadius;
  return spec.minRadius + (spec.maxRadius - spec.minRadius) * Math.sqrt(mentions / maxMentions);
}

/** What the layout depends on, taken from a corpus. */
export function layoutInputs(corpus: Corpus): LayoutInputs {
  const mentions = new Map<string, number>();
  for (const m of corpus.mentions) mentions.set(m.ref, (mentions.get(m.ref) ?? 0) + 1);
  const concepts = corpus.codebook.concepts.map((c) => ({
    id: c.id,
    group: c.theme,
    mentions: mentions.get(c.id) ?? 0,
  }));
  return {
    groups: corpus.codebook.themes.map((t) => t.id),
    concepts,
    links: corpus.edges.sentence.map((e) => ({
      source: e.source,
      target: e.target,
      weight: e.weight,
    })),
    maxMentions: Math.max(0, ...concepts.map((c) => c.mentions)),
  };
}

/** Fingerprint of the inputs and the layout rules: a layout file with another key is stale. */
export function layoutKey(inputs: LayoutInputs): string {
  return fingerprint(
    JSON.stringify([
      GRAPH_LAYOUT_VERSION,
      SHAPES,
      inputs.groups,
      inputs.concepts.map((c) => [c.id, c.group, c.mentions]),
      inputs.links.map((l) => [l.source, l.target, l.weight]),
    ]),
  );
}

export function serializeGraphLayout(file: GraphLayoutFile): string {
  return `${JSON.stringify(file)}\n`;
}

/**
 * A fetched layout file, if it is one and was made from these inputs; null otherwise (the caller
 * then computes the layout in a worker).
 */
export function readGraphLayout(value: unknown, inputs: LayoutInputs): GraphLayoutFile | null {
  if (value === null || typeof value !== 'object') return null;
  const v = value as Partial<GraphLayoutFile>;
  if (v.version !== GRAPH_LAYOUT_VERSION || v.key !== layoutKey(inputs) || !v.shapes) return null;
  for (const name of ['wide', 'tall'] as const) {
    const s = v.shapes[name];
    if (!s || typeof s.width !== 'number' || typeof s.height !== 'number' || !s.nodes) return null;
    for (const c of inputs.concepts) {
      const p = s.nodes[c.id];
      if (!Array.isArray(p) || !Number.isFinite(p[0]) || !Number.isFinite(p[1])) return null;
    }
  }
  return v as GraphLayoutFile;
}
