// The concept graph's interaction figures: click on a node → its evidence shown (median of 20, at
// full speed and with the CPU 4× slower), and frames per second while dragging a node (median of 3
// runs of 3 s), on the real corpus and on a synthetic 2,000-concept / 5,000-link corpus.
//
// The measuring functions live next to the graph (bench/graph-metrics.ts, from the graph's own
// issue); this step finds the graph, serves the synthetic corpus, and reports each figure, or
// "not measured" with the reason while the graph or its metrics are missing.

import type { Browser, Page } from 'playwright-core';
import { serializeCorpus } from '../src/lib/corpus/serialize.ts';
import { startStaticServer } from '../scripts/static-server.ts';
import { waitForView } from './load.ts';
import { realInputs } from './pipeline.ts';
import { atLeast, atMost, notMeasured, type Figure, type Target } from './report.ts';
import { syntheticGraphCorpus } from './synthetic-corpus.ts';

export const SYNTHETIC = { concepts: 2000, links: 5000 } as const;

const SPECS: { id: string; label: string; unit: string; target: Target }[] = [
  { id: 'graph.click-evidence', label: 'click node → evidence', unit: 'ms', target: atMost(50) },
  {
    id: 'graph.click-evidence.cpu4x',
    label: 'click node → evidence, CPU 4× slower',
    unit: 'ms',
    target: atMost(50),
  },
  {
    id: 'graph.drag-fps.real',
    label: 'drag a node, real corpus',
    unit: 'fps',
    target: atLeast(60),
  },
  {
    id: 'graph.drag-fps.synthetic',
    label: `drag a node, ${SYNTHETIC.concepts}/${SYNTHETIC.links} synthetic`,
    unit: 'fps',
    target: atLeast(30),
  },
];

/** A reason the graph cannot be measured on this page, or null when it has nodes. */
export async function graphMissing(page: Page): Promise<string | null> {
  const nodes = await page.locator('main [data-concept]').count();
  return nodes > 0 ? null : 'no [data-concept] node on #/graph (the graph view is not built here)';
}

export async function measureGraph(
  browser: Browser,
  baseUrl: string,
  _dist: string,
): Promise<Figure[]> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${baseUrl}#/graph`);
  await waitForView(page);
  const missing = await graphMissing(page);
  await context.close();
  if (missing) return SPECS.map((s) => notMeasured(s, missing));
  return SPECS.map((s) =>
    notMeasured(s, 'bench/graph-metrics.ts (the graph issue) is not merged into this branch yet'),
  );
}

/** The synthetic corpus, served in place of the real one by a server of its own. */
export async function serveSyntheticCorpus(dist: string): Promise<{
  url: string;
  close: () => Promise<void>;
}> {
  const corpus = syntheticGraphCorpus(realInputs(), { ...SYNTHETIC, seed: 2 });
  const overrides = new Map([
    [
      '/data/corpus.json',
      { status: 200, body: serializeCorpus(corpus), type: 'application/json; charset=utf-8' },
    ],
  ]);
  const server = await startStaticServer({ root: dist, overrides });
  return { url: server.url, close: server.close };
}
