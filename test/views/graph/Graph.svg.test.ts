// The SVG renderer: every node a focusable button named by its concept, keys handed to the view,
// the marks as plain SVG (text as <text>, no foreignObject); without access, nothing interactive.

import { fireEvent, render, waitFor } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import GraphSvg from '../../../src/views/graph/Graph.svg.svelte';
import { drawingToSvg } from '../../../src/views/graph/export-svg.ts';
import type { GraphDrawing, NodeAccess } from '../../../src/views/graph/graph-drawing.ts';
import { SHAPES } from '../../../src/lib/layout/graph-layout.ts';
import { buildScene, themeHulls } from '../../../src/lib/layout/graph-scene.ts';
import { nodeName } from '../../../src/lib/model/graph-description.ts';
import { MINI_LAYOUT, miniColors, miniGraph, miniIndex } from '../../support/graph-fixture.ts';
import { enTr } from '../../support/i18n.ts';

const index = miniIndex;
const graph = miniGraph;
const layout = MINI_LAYOUT;
const colors = miniColors;
const scene = buildScene({
  graph,
  colors,
  layout,
  spec: SHAPES.wide,
  width: 400,
  height: 300,
  years: index.years,
});
const drawing: GraphDrawing = {
  scene,
  hulls: themeHulls(graph, { layout, spec: SHAPES.wide, colors }),
  themeLabels: [],
  labels: [
    {
      id: 'data-flow',
      anchor: 'start',
      dx: 20,
      lineDy: [4],
      lines: ['Data flow'],
      box: { x0: 0, y0: 0, x1: 1, y1: 1 },
    },
  ],
  emphasis: {
    nodes: new Set(['data-flow', 'data-security']),
    links: new Set(['data-flow~data-security']),
  },
  selected: 'data-flow',
  selectedLink: null,
  matches: new Set(),
  focused: null,
  moving: null,
  fontSize: 12,
  note: '2029 is known from its record.',
  title: 'Concept graph · all themes',
};

function access() {
  return {
    names: new Map(graph.nodes.map((n) => [n.id, nodeName(n, index, enTr)])),
    onkeydown: vi.fn<NodeAccess['onkeydown']>(),
    onfocus: vi.fn<NodeAccess['onfocus']>(),
    onblur: vi.fn<NodeAccess['onblur']>(),
  } satisfies NodeAccess;
}

// On screen the nodes come a batch at a time (the first batch is smaller than the fixture's graph):
// wait for the last batch to be in.
async function allNodes(container: Element): Promise<void> {
  await waitFor(() =>
    expect(container.querySelectorAll('[data-node]')).toHaveLength(graph.nodes.length),
  );
}

describe('Graph.svg', () => {
  it('makes every node a focusable button named by its concept first', async () => {
    const { container } = render(GraphSvg, { drawing, access: access() });
    await allNodes(container);
    const nodes = [...container.querySelectorAll('[data-node]')];
    expect(nodes.map((n) => n.getAttribute('data-node'))).toEqual(graph.nodes.map((n) => n.id));
    for (const n of nodes) {
      expect(n.getAttribute('role')).toBe('button');
      expect(n.getAttribute('tabindex')).toBe('0');
    }
    expect(nodes[0]!.getAttribute('aria-label')).toBe(
      'Data flow, data, 3 mentions, 1 link; in the 2030 text; coded from the 2029 record',
    );
    expect(nodes[0]!.getAttribute('aria-pressed')).toBe('true');
    expect(nodes[1]!.getAttribute('aria-pressed')).toBe('false');
  });

  it('puts a large graph’s nodes in the page a batch at a time, all of them in the end', async () => {
    // 100 nodes: the fixture's, copied under new ids.
    const many = Array.from({ length: 100 }, (_, i) => ({
      ...scene.nodes[i % scene.nodes.length]!,
      id: `node-${i}`,
    }));
    const big = { ...drawing, scene: { ...scene, nodes: many } };
    const { container } = render(GraphSvg, { drawing: big, access: access() });
    const count = () => container.querySelectorAll('[data-node]').length;
    expect(count()).toBeLessThan(100);
    expect(count()).toBeGreaterThan(0);
    await waitFor(() => expect(count()).toBe(100), { timeout: 5000 });
    const ids = [...container.querySelectorAll('[data-node]')].map((n) =>
      n.getAttribute('data-node'),
    );
    expect(ids).toEqual(many.map((n) => n.id));
    // An export draws them all at once.
    const exported = render(GraphSvg, { drawing: big });
    expect(exported.container.querySelectorAll('[data-node]').length).toBe(100);
  });

  it('hands keys to the view with the node’s id', async () => {
    const a = access();
    const { container } = render(GraphSvg, { drawing, access: a });
    await allNodes(container);
    await fireEvent.keyDown(container.querySelector('[data-node="computing"]')!, { key: 'Enter' });
    expect(a.onkeydown).toHaveBeenCalledTimes(1);
    expect(a.onkeydown.mock.calls[0]![1]).toBe('computing');
  });

  it('fades what is not emphasised and draws coded-only nodes hollow and dashed', async () => {
    const { container } = render(GraphSvg, { drawing, access: access() });
    await allNodes(container);
    const op = (id: string) =>
      container.querySelector(`[data-node="${id}"]`)!.getAttribute('opacity');
    expect([op('data-flow'), op('computing')]).toEqual(['1', '0.16']);
    const hollow = container.querySelector('[data-node="coded-only"] circle:not(.target)')!;
    expect(hollow.getAttribute('fill')).toBe('#ffffff');
    expect(hollow.getAttribute('stroke-dasharray')).toBe('3 2');
  });

  it('is plain SVG with its text as <text>, and without access has nothing to focus', () => {
    const svg = drawingToSvg(GraphSvg, drawing)!;
    expect(svg.tagName.toLowerCase()).toBe('svg');
    expect(svg.querySelector('foreignObject')).toBeNull();
    expect(svg.querySelector('title')!.textContent).toBe('Concept graph · all themes');
    expect([...svg.querySelectorAll('text')].map((t) => t.textContent?.trim())).toEqual([
      'Data flow',
      '2029 is known from its record.',
    ]);
    expect(svg.querySelectorAll('[tabindex], [role="button"], [data-link]')).toHaveLength(0);
    expect(svg.querySelectorAll('[data-node]')).toHaveLength(graph.nodes.length);
    expect(svg.querySelectorAll('line')).toHaveLength(graph.links.length);
  });
});
