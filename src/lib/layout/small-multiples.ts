// The concept graph as small multiples: one panel per forum year, each drawn from the same layout
// at the same size, so that a concept sits at the same place in every panel and the eye sees what
// appears and what disappears from year to year. A text year shows its links; a record year its
// coded concepts (hollow, dashed: coded, not said) and no links, since a record says which concepts
// a forum raised, not which it said together. Pure: geometry and words; the view draws them.

import { buildConceptGraph, type ConceptGraph } from '../model/concept-graph.ts';
import { yearBasis, type CorpusIndex, type YearBasis } from '../model/corpus-index.ts';
import type { Translator } from '../i18n/translator.ts';
import { approxTextWidth } from '../text/text-width.ts';
import type { CooccurrenceUnit } from '../state/url-state.ts';
import type { DataTable } from '../export/exportable-chart.ts';
import type { ShapeLayout, ShapeSpec } from './graph-layout.ts';
import { buildScene, type Scene } from './graph-scene.ts';
import { wrapText } from '../text/wrap-text.ts';

export interface PanelGrid {
  columns: number;
  rows: number;
  /** One panel: its title band and its plot. */
  panelWidth: number;
  titleHeight: number;
  plotHeight: number;
  gap: number;
  /** The whole chart. */
  width: number;
  height: number;
  /** Top-left corner of each panel, in reading order. */
  cells: { x: number; y: number }[];
}

/** A panel's title band: its year, and what it rests on in up to two lines (basisLines). */
export const TITLE_HEIGHT = 50;

/** What a panel rests on, in at most two lines of the panel's width (the rest: "…"). */
export function basisLines(basis: string, width: number, fontSize = 11): string[] {
  const max = Math.max(60, width - 4);
  if (/\p{Script=Han}/u.test(basis)) return chineseLines(basis, max, fontSize);
  const lines = wrapText(basis, max, fontSize, { generous: true });
  if (lines.length <= 2) return lines;
  return [lines[0]!, `${lines[1]!.replace(/\s*\S*$/, '')}…`];
}

/** Chinese has no spaces to break at: a line ends between any two characters, never before
 *  closing punctuation; two lines at most, the second ending in "…" when the text goes on. */
function chineseLines(text: string, max: number, fontSize: number): string[] {
  const chars = [...text];
  const fits = (t: string): boolean => Math.ceil(approxTextWidth(t, fontSize) * 1.1) <= max;
  const lines: string[] = [];
  let at = 0;
  while (at < chars.length && lines.length < 2) {
    let end = at + 1;
    while (end < chars.length && fits(chars.slice(at, end + 1).join(''))) end++;
    // Closing punctuation stays with the character before it.
    while (end < chars.length && end - at > 1 && /[，。；：、）”》！？]/u.test(chars[end]!)) end--;
    lines.push(chars.slice(at, end).join(''));
    at = end;
  }
  if (at < chars.length) {
    const last = [...lines[1]!];
    while (last.length > 1 && !fits(`${last.join('')}…`)) last.pop();
    lines[1] = `${last.join('')}…`;
  }
  return lines;
}

export interface GridOptions {
  /** Plot height over width (the layout's shape). */
  aspect: number;
  /** Height of a panel's title band. */
  titleHeight?: number;
  gap?: number;
  /** Narrower panels than this go on more rows. */
  minPanelWidth?: number;
  /** The height the chart must fit (a frame of fixed size); absent: as tall as the panels need. */
  maxHeight?: number;
}

/**
 * Panels in a grid: as many columns as fit at least minPanelWidth; with a height to fit, the number
 * of columns that gives the largest panels within it (panels are never cut, only smaller).
 */
export function panelGrid(count: number, width: number, o: GridOptions): PanelGrid {
  const titleHeight = o.titleHeight ?? TITLE_HEIGHT;
  const gap = o.gap ?? 12;
  const minPanel = o.minPanelWidth ?? 300;
  const n = Math.max(1, count);
  const make = (columns: number, panelWidth: number): PanelGrid => {
    const rows = Math.ceil(n / columns);
    const plotHeight = Math.round(panelWidth * o.aspect);
    const cells = Array.from({ length: n }, (_, i) => ({
      x: (i % columns) * (panelWidth + gap),
      y: Math.floor(i / columns) * (titleHeight + plotHeight + gap),
    }));
    return {
      columns,
      rows,
      panelWidth,
      titleHeight,
      plotHeight,
      gap,
      width: columns * panelWidth + (columns - 1) * gap,
      height: rows * (titleHeight + plotHeight) + (rows - 1) * gap,
      cells,
    };
  };
  const byWidth = (columns: number): number => (width - gap * (columns - 1)) / columns;
  if (o.maxHeight === undefined) {
    const columns = Math.min(n, Math.max(1, Math.floor((width + gap) / (minPanel + gap))));
    return make(columns, Math.floor(byWidth(columns)));
  }
  // Fit a height: for each number of columns, the widest panel within both sides; keep the best.
  let best: PanelGrid | null = null;
  for (let columns = 1; columns <= n; columns++) {
    const rows = Math.ceil(n / columns);
    const byHeight = ((o.maxHeight - gap * (rows - 1)) / rows - titleHeight) / o.aspect;
    const panelWidth = Math.floor(Math.max(40, Math.min(byWidth(columns), byHeight)));
    const grid = make(columns, panelWidth);
    if (!best || grid.panelWidth > best.panelWidth) best = grid;
  }
  return best!;
}

export interface YearPanel {
  year: number;
  kind: 'text' | 'record' | 'none';
  /** "2024" */
  title: string;
  /** What the panel rests on: "its full text: 45 concepts, 120 links". */
  basis: string;
  graph: ConceptGraph;
  /** In the panel's plot coordinates (0,0 is the plot's top-left). */
  scene: Scene;
}

export interface PanelInput {
  themes: readonly string[] | null;
  unit: CooccurrenceUnit;
  layout: ShapeLayout;
  spec: ShapeSpec;
  colors: ReadonlyMap<string, string>;
  plotWidth: number;
  plotHeight: number;
}

/** What a panel rests on, in a line under its year. */
export function panelBasis(basis: YearBasis, graph: ConceptGraph, tr: Translator): string {
  const concepts = tr.t('graph.concepts', { count: graph.nodes.length });
  const links = tr.t('graph.links', { count: graph.links.length });
  switch (basis.kind) {
    case 'text':
      return basis.documents.length > 1
        ? tr.t('graph.years.basis.textDocuments', {
            documents: basis.documents.length,
            concepts,
            links,
          })
        : tr.t(basis.complete ? 'graph.years.basis.textFull' : 'graph.years.basis.textExcerpt', {
            concepts,
            links,
          });
    case 'record': {
      const coded = tr.t('graph.years.codedConcepts', { count: graph.nodes.length });
      const extent = basis.forum.record?.extent;
      // The extent is the explorer's English note on the record: it has no Chinese form.
      return extent && tr.lang === 'en'
        ? tr.t('graph.years.basis.record', { extent, concepts: coded })
        : tr.t('graph.years.basis.recordNoExtent', { concepts: coded });
    }
    case 'none':
      return tr.t('graph.years.basis.none');
  }
}

/** One panel per forum year, every panel the same size: a concept has one place in all of them. */
export function yearPanels(index: CorpusIndex, input: PanelInput, tr: Translator): YearPanel[] {
  return index.years.map((year) => {
    const graph = buildConceptGraph(index, { themes: input.themes, year, unit: input.unit }, tr);
    const basis = yearBasis(index, year);
    const scene = buildScene({
      graph,
      colors: input.colors,
      layout: input.layout,
      spec: input.spec,
      width: input.plotWidth,
      height: input.plotHeight,
      years: index.years,
    });
    return {
      year,
      kind: basis.kind,
      title: tr.t('graph.years.panelTitle', { year: String(year) }),
      basis: panelBasis(basis, graph, tr),
      graph,
      scene,
    };
  });
}

/**
 * The data behind the panels: one row per concept in any panel, one column per year (mentions in a
 * text year, "coded" in a record year, empty where the year does not raise it).
 */
export function yearPanelsTable(
  panels: readonly YearPanel[],
  themeLabel: (id: string) => string,
  tr: Translator,
): DataTable {
  const rows: Record<string, string | number>[] = [];
  const seen = new Set<string>();
  for (const p of panels)
    for (const n of p.graph.nodes) {
      if (seen.has(n.id)) continue;
      seen.add(n.id);
      const row: Record<string, string | number> = {
        concept: n.label,
        theme: themeLabel(n.theme),
      };
      for (const q of panels) {
        const m = q.graph.nodeById.get(n.id);
        row[`y${q.year}`] = !m
          ? ''
          : q.kind === 'record'
            ? tr.t('graph.years.table.coded')
            : m.mentions;
      }
      rows.push(row);
    }
  return {
    caption: tr.t('graph.years.table.caption', {
      panels: panels
        .map((p) => tr.t('graph.years.table.panel', { title: p.title, basis: p.basis }))
        .join(tr.t('graph.years.table.separator')),
    }),
    columns: [
      { key: 'concept', label: tr.t('graph.table.concept') },
      { key: 'theme', label: tr.t('graph.table.theme') },
      ...panels.map((p) => ({ key: `y${p.year}`, label: p.title, numeric: true })),
    ],
    rows,
  };
}
