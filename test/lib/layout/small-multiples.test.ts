import { enTr } from '../../support/i18n.ts';
import { describe, expect, it } from 'vitest';
import { computeShapeLayout } from '../../../src/lib/layout/compute-layout.ts';
import { layoutInputs, SHAPES } from '../../../src/lib/layout/graph-layout.ts';
import { basisLines, panelGrid, yearPanels } from '../../../src/lib/layout/small-multiples.ts';
import { indexCorpus } from '../../../src/lib/model/corpus-index.ts';
import { miniCorpus } from '../../support/mini-corpus.ts';

describe('panelGrid', () => {
  it('puts as many panels on a row as fit the least width', () => {
    // 1000 wide, gap 12, at least 300 each: 3 columns of (1000 − 24) / 3 = 325.
    const g = panelGrid(3, 1000, { aspect: 0.5 });
    expect([g.columns, g.rows, g.panelWidth, g.plotHeight]).toEqual([3, 1, 325, 163]);
    expect(g.cells).toEqual([
      { x: 0, y: 0 },
      { x: 337, y: 0 },
      { x: 674, y: 0 },
    ]);
    expect(g.height).toBe(50 + 163);
  });
  it('stacks the panels on a phone', () => {
    const g = panelGrid(3, 374, { aspect: 0.625 });
    expect([g.columns, g.rows, g.panelWidth]).toEqual([1, 3, 374]);
    expect(g.cells[2]).toEqual({ x: 0, y: 2 * (50 + 234 + 12) });
  });
  it('fits a height by choosing the columns that give the largest panels', () => {
    // 600 × 300: one row of 3 → (600 − 24) / 3 = 192 wide, plot 96, 146 high: fits.
    // Two columns, two rows → by height ((300 − 12) / 2 − 50) / 0.5 = 188, by width 294: 188 < 192.
    const g = panelGrid(3, 600, { aspect: 0.5, maxHeight: 300 });
    expect([g.columns, g.rows, g.panelWidth]).toEqual([3, 1, 192]);
    // 600 × 340: two rows give ((340 − 12) / 2 − 50) / 0.5 = 228 > 192.
    expect(panelGrid(3, 600, { aspect: 0.5, maxHeight: 340 }).columns).toBe(2);
    expect(g.height).toBeLessThanOrEqual(300);
    expect(g.width).toBeLessThanOrEqual(600);
  });
});

describe('basisLines', () => {
  it('keeps two lines of the panel’s width and ends a longer text with an ellipsis', () => {
    const long =
      'coded from its published record, the introduction and the first section only: 20 coded concepts, no links';
    const lines = basisLines(long, 200);
    expect(lines).toHaveLength(2);
    expect(lines[1]!.endsWith('…')).toBe(true);
    expect(basisLines('matched in its full text: 5 concepts', 400)).toEqual([
      'matched in its full text: 5 concepts',
    ]);
  });
});

describe('yearPanels', () => {
  const index = indexCorpus(miniCorpus());
  const spec = SHAPES.wide;
  const layout = computeShapeLayout(layoutInputs(index.corpus), 'wide');
  const colors = new Map(index.themes.map((t) => [t.id, t.color]));
  const panels = yearPanels(
    index,
    {
      themes: null,
      unit: 'sentence',
      layout,
      spec,
      colors,
      plotWidth: 320,
      plotHeight: 200,
    },
    enTr,
  );

  it('gives one panel per forum year, titled with its year and what it rests on', () => {
    expect(panels.map((p) => [p.title, p.kind])).toEqual([
      ['2029', 'record'],
      ['2030', 'text'],
    ]);
    // 2029's record codes data-flow and coded-only; 2030's text says five concepts.
    expect(panels[0]!.basis).toBe(
      'coded from its published record, all of it: 2 coded concepts, no links (a record does not say which concepts go together)',
    );
    expect(panels[1]!.basis).toMatch(/^matched in its full text: 5 concepts, \d+ links?$/);
  });

  it('record years: coded concepts hollow, no links; text years: their links', () => {
    expect(panels[0]!.scene.nodes.map((n) => [n.id, n.hollow])).toEqual([
      ['data-flow', true],
      ['coded-only', true],
    ]);
    expect(panels[0]!.scene.links).toEqual([]);
    expect(panels[1]!.scene.links.length).toBeGreaterThan(0);
    expect(panels[1]!.scene.nodes.every((n) => !n.hollow)).toBe(true);
  });

  it('puts a concept at the same place in every panel', () => {
    const [a, b] = panels;
    const shared = a!.scene.nodes.filter((n) => b!.scene.nodeById.has(n.id));
    expect(shared.map((n) => n.id)).toEqual(['data-flow']);
    for (const n of shared) {
      const m = b!.scene.nodeById.get(n.id)!;
      expect([m.x, m.y]).toEqual([n.x, n.y]);
    }
  });
});
