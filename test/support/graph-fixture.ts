// The fixture corpus (test/fixtures/mini) as a graph with node positions written by hand, so that
// scene coordinates can be read off the layout below (a 400 × 300 box drawn 1:1).

import type { ShapeLayout } from '../../src/lib/layout/graph-layout.ts';
import { buildConceptGraph } from '../../src/lib/model/concept-graph.ts';
import { indexCorpus } from '../../src/lib/model/corpus-index.ts';
import { miniCorpus } from './mini-corpus.ts';

export const miniIndex = indexCorpus(miniCorpus());
export const miniGraph = buildConceptGraph(miniIndex, {
  themes: null,
  year: null,
  unit: 'sentence',
});
export const miniColors = new Map(miniIndex.themes.map((t) => [t.id, t.color]));
export const MINI_LAYOUT: ShapeLayout = {
  width: 400,
  height: 300,
  nodes: {
    'data-flow': [100, 100],
    'data-security': [150, 100],
    'artificial-intelligence': [100, 200],
    'ai-governance': [150, 220],
    computing: [300, 100],
    'coded-only': [300, 150],
  },
};
