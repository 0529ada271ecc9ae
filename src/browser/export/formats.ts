// The export formats of the chart on screen, one row each: what the menu shows, whether the format
// needs the drawn chart (the data does not), and how to make it. The menu, the browser tests and
// the bench all read this table, so a format is added here once (README "Add an export format").
// `run` loads the exporters (and their libraries) only when a reader asks for a file.

import type { ChartContext } from '$lib/export/chart-context.ts';
import type { DataTable } from '$lib/export/exportable-chart.ts';
import type { MessageKey } from '$lib/i18n/catalogue.ts';
import type { Translator } from '$lib/i18n/translator.ts';
import type { ExportResult } from './exporters.ts';

export interface ExportInput {
  /** The chart's SVG on screen; null when it is not drawn. */
  svg: SVGSVGElement | null;
  table: DataTable;
  ctx: ChartContext;
  /** The day of the export, YYYY-MM-DD. */
  today: string;
  /** The language of the file's words (the link's). */
  tr: Translator;
}

export interface ExportFormat {
  kind: string;
  /** The menu's words for it. */
  label: MessageKey;
  detail: MessageKey;
  needsSvg: boolean;
  run: (input: ExportInput) => Promise<ExportResult>;
}

const exporters = () => import('./exporters.ts');

function drawn(input: ExportInput): SVGSVGElement {
  if (!input.svg) throw new Error(input.tr.t('share.error.notDrawn'));
  return input.svg;
}

const png = (scale: 1 | 2 | 4) => async (i: ExportInput) =>
  (await exporters()).exportPng(drawn(i), i.ctx, scale, i.tr);

export const EXPORT_FORMATS = [
  {
    kind: 'svg',
    label: 'share.format.svg',
    detail: 'share.format.svgDetail',
    needsSvg: true,
    run: async (i) => (await exporters()).exportSvg(drawn(i), i.ctx, i.tr),
  },
  {
    kind: 'png1',
    label: 'share.format.png1',
    detail: 'share.format.png1Detail',
    needsSvg: true,
    run: png(1),
  },
  {
    kind: 'png2',
    label: 'share.format.png2',
    detail: 'share.format.png2Detail',
    needsSvg: true,
    run: png(2),
  },
  {
    kind: 'png4',
    label: 'share.format.png4',
    detail: 'share.format.png4Detail',
    needsSvg: true,
    run: png(4),
  },
  {
    kind: 'pptx',
    label: 'share.format.pptx',
    detail: 'share.format.pptxDetail',
    needsSvg: true,
    run: async (i) => (await exporters()).exportPptx(drawn(i), i.ctx, i.tr),
  },
  {
    kind: 'html',
    label: 'share.format.html',
    detail: 'share.format.htmlDetail',
    needsSvg: true,
    run: async (i) => (await exporters()).exportHtml(drawn(i), i.table, i.ctx, i.tr),
  },
  {
    kind: 'data',
    label: 'share.format.data',
    detail: 'share.format.dataDetail',
    needsSvg: false,
    run: async (i) => (await exporters()).exportData(i.table, i.ctx, i.today, i.tr),
  },
] as const satisfies readonly ExportFormat[];

export type ExportKind = (typeof EXPORT_FORMATS)[number]['kind'];

export function exportFormat(kind: string): ExportFormat | undefined {
  return EXPORT_FORMATS.find((f) => f.kind === kind);
}
