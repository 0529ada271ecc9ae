// Everything an export of the chart on screen needs besides its SVG, worked out once from the
// chart, the corpus, the URL state and the page's address: titles, legend, sources, the source
// line, the permalink, citations and a file name. Pure: the page passes its address and the date.

import type { CorpusIndex } from '../model/corpus-index.ts';
import type { UrlState } from '../state/url-state.ts';
import { formatCitation, type CitationStyle, type ChartCitation } from './citation.ts';
import type { DataSource } from './data-export.ts';
import { fileBaseName } from './data-export.ts';
import type { ExportableChart, LegendEntry } from './exportable-chart.ts';
import type { BarChartSpec } from './native-chart.ts';
import { chartSources, chartYears, languageRuns, sourceLine, type TextRun } from './sources.ts';
import { codebookLabel } from '../concepts/concept-names.ts';
import { labelIn } from '../i18n/labels.ts';
import type { Translator } from '../i18n/translator.ts';

export interface ChartContext {
  id: string;
  title: string;
  subtitle: string;
  legend: LegendEntry[];
  sources: DataSource[];
  sourceLine: string;
  /** The source line in runs, the English titles it quotes in a Chinese line marked as English. */
  sourceRuns: TextRun[];
  /** The address of exactly this view. */
  permalink: string;
  codebookVersion: string;
  accessed: string;
  citation: ChartCitation;
  citations: Record<CitationStyle, string>;
  /** File name without extension: "graph-concept-ai-governance-2024". */
  baseName: string;
  /** The chart as data, for a native (editable) chart on a slide; null: a picture. */
  native: BarChartSpec | null;
}

/** A CSS colour as the browser computes it: "#0072B2" → "rgb(0, 114, 178)"; others lower-cased. */
export function normalizeColor(color: string): string {
  const c = color.trim().toLowerCase();
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/.exec(c)?.[1];
  if (hex) {
    const full = hex.length === 3 ? [...hex].map((d) => d + d).join('') : hex;
    const [r, g, b] = [0, 2, 4].map((i) => parseInt(full.slice(i, i + 2), 16));
    return `rgb(${r}, ${g}, ${b})`;
  }
  const rgb = /^rgba?\(\s*(\d+)[\s,]+(\d+)[\s,]+(\d+)\s*(?:[,/]\s*([\d.]+%?)\s*)?\)$/.exec(c);
  if (rgb && (rgb[4] === undefined || (rgb[4] !== '0' && rgb[4] !== '0%')))
    return `rgb(${rgb[1]}, ${rgb[2]}, ${rgb[3]})`;
  return c;
}

/**
 * The themes shown, as a legend: the theme filter's themes (or all of them), and when the colours
 * the chart paints with are known, only the themes whose colour it uses. A chart coloured by
 * something else (a map shaded by counts) so gets no theme legend it does not need.
 */
export function themeLegend(
  index: CorpusIndex,
  themes: readonly string[] | null,
  used: ReadonlySet<string> | null,
  tr: Translator,
): LegendEntry[] {
  return index.themes
    .filter((t) => themes === null || themes.includes(t.id))
    .filter((t) => used === null || used.has(normalizeColor(t.color)))
    .map((t) => ({ label: labelIn(t, tr.lang), color: t.color }));
}

export function chartContext(
  chart: Pick<ExportableChart, 'id' | 'title' | 'subtitle' | 'legend' | 'native'>,
  index: CorpusIndex,
  url: UrlState,
  permalink: string,
  accessed: string,
  /** The colours the chart paints with (normalised), when the page can tell. */
  usedColors: ReadonlySet<string> | null,
  /** The language of the words around the chart (source line, citations, legend). */
  tr: Translator,
): ChartContext {
  const sources = chartSources(index, chartYears(index, url), tr);
  const codebookVersion = codebookLabel(index.corpus.codebook);
  const line = sourceLine(sources, codebookVersion, tr);
  const citation: ChartCitation = {
    kind: 'chart',
    title: chart.title,
    codebookVersion,
    permalink,
    accessed,
  };
  return {
    id: chart.id,
    title: chart.title,
    subtitle: chart.subtitle ?? '',
    legend: chart.legend ? chart.legend() : themeLegend(index, url.themes, usedColors, tr),
    sources,
    sourceLine: line,
    sourceRuns: languageRuns(line, tr),
    permalink,
    codebookVersion,
    accessed,
    citation,
    citations: {
      apa: formatCitation(citation, 'apa', tr).text,
      chicago: formatCitation(citation, 'chicago', tr).text,
      gbt: formatCitation(citation, 'gbt', tr).text,
    },
    baseName: fileBaseName(chart.id, chart.title),
    native: chart.native?.() ?? null,
  };
}
