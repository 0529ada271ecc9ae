// Everything an export of the chart on screen needs besides its SVG, worked out once from the
// chart, the corpus, the URL state and the page's address: titles, legend, sources, the source
// line, the permalink, citations and a file name. Pure: the page passes its address and the date.

import type { CorpusIndex } from '../model/corpus-index.ts';
import type { UrlState } from '../state/url-state.ts';
import { formatCitation, type CitationStyle, type ChartCitation } from './citation.ts';
import type { DataSource } from './data-export.ts';
import { fileBaseName } from './data-export.ts';
import type { ExportableChart, LegendEntry } from './exportable-chart.ts';
import { chartSources, sourceLine } from './sources.ts';

export interface ChartContext {
  id: string;
  title: string;
  subtitle: string;
  legend: LegendEntry[];
  sources: DataSource[];
  sourceLine: string;
  /** The address of exactly this view. */
  permalink: string;
  codebookVersion: string;
  accessed: string;
  citation: ChartCitation;
  citations: Record<CitationStyle, string>;
  /** File name without extension: "graph-concept-ai-governance-2024". */
  baseName: string;
}

/** The themes shown, as a legend: the theme filter's themes, or all of them. */
export function themeLegend(index: CorpusIndex, themes: readonly string[] | null): LegendEntry[] {
  return index.themes
    .filter((t) => themes === null || themes.includes(t.id))
    .map((t) => ({ label: t.label, color: t.color }));
}

export function chartContext(
  chart: Pick<ExportableChart, 'id' | 'title' | 'subtitle' | 'legend'>,
  index: CorpusIndex,
  url: UrlState,
  permalink: string,
  accessed: string,
): ChartContext {
  const sources = chartSources(index, url.year);
  const codebookVersion = index.corpus.codebook.version;
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
    legend: chart.legend ? chart.legend() : themeLegend(index, url.themes),
    sources,
    sourceLine: sourceLine(sources, codebookVersion),
    permalink,
    codebookVersion,
    accessed,
    citation,
    citations: {
      apa: formatCitation(citation, 'apa').text,
      chicago: formatCitation(citation, 'chicago').text,
      gbt: formatCitation(citation, 'gbt').text,
    },
    baseName: fileBaseName(chart.id, chart.title),
  };
}
