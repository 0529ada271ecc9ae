// The export formats of the chart on screen, one row each: what the menu shows, whether the format
// needs the drawn chart (the data does not), and how to make it. The menu, the browser tests and
// the bench all read this table, so a format is added here once (README "Add an export format").
// `run` loads the exporters (and their libraries) only when a reader asks for a file.

import type { ChartContext } from '$lib/export/chart-context.ts';
import type { DataTable } from '$lib/export/exportable-chart.ts';
import type { ExportResult } from './exporters.ts';

export interface ExportInput {
  /** The chart's SVG on screen; null when it is not drawn. */
  svg: SVGSVGElement | null;
  table: DataTable;
  ctx: ChartContext;
  /** The day of the export, YYYY-MM-DD. */
  today: string;
}

export interface ExportFormat {
  kind: string;
  label: string;
  detail: string;
  needsSvg: boolean;
  run: (input: ExportInput) => Promise<ExportResult>;
}

const exporters = () => import('./exporters.ts');

function drawn(input: ExportInput): SVGSVGElement {
  if (!input.svg) throw new Error('the chart is not drawn');
  return input.svg;
}

const png = (scale: 1 | 2 | 4) => async (i: ExportInput) =>
  (await exporters()).exportPng(drawn(i), i.ctx, scale);

export const EXPORT_FORMATS = [
  {
    kind: 'svg',
    label: 'SVG image',
    detail: 'vector, for print and editing',
    needsSvg: true,
    run: async (i) => (await exporters()).exportSvg(drawn(i), i.ctx),
  },
  { kind: 'png1', label: 'PNG image 1×', detail: 'screen size', needsSvg: true, run: png(1) },
  {
    kind: 'png2',
    label: 'PNG image 2×',
    detail: 'sharp on high-density screens',
    needsSvg: true,
    run: png(2),
  },
  {
    kind: 'png4',
    label: 'PNG image 4×',
    detail: 'for a 4K projector or print',
    needsSvg: true,
    run: png(4),
  },
  {
    kind: 'pptx',
    label: 'PowerPoint slide',
    detail: 'chart, source, link in the notes',
    needsSvg: true,
    run: async (i) => (await exporters()).exportPptx(drawn(i), i.ctx),
  },
  {
    kind: 'html',
    label: 'Web page',
    detail: 'one file that works offline',
    needsSvg: true,
    run: async (i) => (await exporters()).exportHtml(drawn(i), i.table, i.ctx),
  },
  {
    kind: 'data',
    label: 'Data',
    detail: 'CSV, JSON and README in a zip',
    needsSvg: false,
    run: async (i) => (await exporters()).exportData(i.table, i.ctx, i.today),
  },
] as const satisfies readonly ExportFormat[];

export type ExportKind = (typeof EXPORT_FORMATS)[number]['kind'];

export function exportFormat(kind: string): ExportFormat | undefined {
  return EXPORT_FORMATS.find((f) => f.kind === kind);
}
