// What a view hands to the shared export, embed and data-table machinery: its chart's title, its
// SVG, and the data behind it. Every view registers one (AppState.setChart), so a new view gets
// links, embeds, images, slides and CSV/JSON without export code of its own.

import type { BarChartSpec } from './native-chart.ts';

export type Cell = string | number | boolean | null;

export interface DataColumn {
  key: string;
  label: string;
  /** Numeric columns are right-aligned and exported as numbers. */
  numeric?: boolean;
}

export interface DataTable {
  /** Caption of the table, e.g. "Concepts of the graph, with their mentions and links". */
  caption: string;
  columns: DataColumn[];
  rows: Record<string, Cell>[];
}

/** One entry of a chart's legend: a colour and what it stands for. */
export interface LegendEntry {
  label: string;
  color: string;
}

export interface ExportableChart {
  /** Route of the view, used in file names: graph, timeline, compare, map, read. */
  id: string;
  /** Title of what is on screen, state included: "Concept graph · AI governance · 2024". */
  title: string;
  /** One line under the title: what is shown and how it was counted. */
  subtitle?: string;
  /** The live chart, or null while it is not drawn. Export copies it; it never changes it. */
  svg: () => SVGSVGElement | null;
  /**
   * Whether svg() has a chart to give, for a chart whose SVG is built only when asked for (a
   * graph drawn on a canvas): lets a menu or a frame know without building it while it renders.
   */
  drawn?: () => boolean;
  /** The data behind exactly what is shown. */
  table: () => DataTable;
  /**
   * The legend that exports and embeds draw with the chart. Optional: without it, the themes
   * shown (the shell's theme legend) are the legend; return [] for a chart that needs none.
   */
  legend?: () => LegendEntry[];
  /**
   * A bar chart's data, for a slide with a chart the presenter can edit (PowerPoint draws it)
   * instead of a picture. Optional: charts without it go into slides as SVG with a PNG fallback.
   */
  native?: () => BarChartSpec | null;
}

/** Whether the chart is drawn, without building an SVG made on demand. */
export function isDrawn(chart: ExportableChart): boolean {
  return chart.drawn ? chart.drawn() : chart.svg() !== null;
}
