// The graph in words: each node's accessible name, its years in a phrase, and the adjacency table
// (the accessible alternative to the picture and the data behind it); finding a concept by typing
// is in concept-finder.ts. Pure: the same graph always reads the same.

import type { DataTable } from '../export/exportable-chart.ts';
import type { CorpusIndex } from './corpus-index.ts';
import { linksByNode, type ConceptGraph, type GraphNode } from './concept-graph.ts';
import type { YearPresence } from './year-presence.ts';
import type { MessageKey } from '../i18n/catalogue.ts';
import { labelIn } from '../i18n/labels.ts';
import type { Translator } from '../i18n/translator.ts';

/** "2022", "2022 and 2023", "2022, 2023 and 2024" (English); "2022、2023和2024" with a Chinese `tr`. */
export function listYears(years: readonly number[], tr?: Translator): string {
  if (tr) return tr.list(years.map(String));
  if (years.length <= 1) return years.join('');
  return `${years.slice(0, -1).join(', ')} and ${years[years.length - 1]}`;
}

/** A theme label inside an English sentence: "data flows and data security", but "AI governance". */
export function inSentence(label: string): string {
  return /^[A-Z][a-z]/.test(label) ? label[0]!.toLowerCase() + label.slice(1) : label;
}

/** "in the 2024 text; coded from the 2022 and 2023 records", or "" when in no year. */
export function describeYears(years: readonly YearPresence[], tr: Translator): string {
  const text = years.filter((y) => !y.coded).map((y) => y.year);
  const coded = years.filter((y) => y.coded).map((y) => y.year);
  const inTexts =
    text.length > 0
      ? tr.t(text.length === 1 ? 'graph.years.inText' : 'graph.years.inTexts', {
          years: listYears(text, tr),
        })
      : '';
  const codedFrom =
    coded.length > 0
      ? tr.t(coded.length === 1 ? 'graph.years.codedFromOne' : 'graph.years.codedFrom', {
          years: listYears(coded, tr),
        })
      : '';
  return inTexts && codedFrom
    ? tr.t('graph.years.join', { a: inTexts, b: codedFrom })
    : inTexts || codedFrom;
}

/** A theme's label in the language, lower-cased inside an English sentence. */
function themeIn(index: CorpusIndex, id: string, tr: Translator): string {
  const theme = index.themeById.get(id);
  if (!theme) return id;
  return tr.lang === 'en' ? inSentence(theme.label) : labelIn(theme, tr.lang);
}

/** "Cross-border data flow, data flows and data security, 3 mentions, 8 links; in the 2024 text". */
export function nodeName(node: GraphNode, index: CorpusIndex, tr: Translator): string {
  const name = tr.t('graph.nodeName', {
    label: node.label,
    theme: themeIn(index, node.theme, tr),
    mentions: tr.t('graph.mentions', { count: node.mentions }),
    links: tr.t('graph.links', { count: node.links }),
  });
  const years = describeYears(node.years, tr);
  return years ? tr.t('graph.nodeNameYears', { name, years }) : name;
}

/** What the filter shows, for titles: "AI governance, Capacity building · 2024 · linked by sentence". */
export function describeFilter(graph: ConceptGraph, index: CorpusIndex, tr: Translator): string {
  const { themes, year, unit } = graph.filter;
  const themeText =
    themes === null
      ? tr.t('graph.filter.allThemes')
      : themes
          .map((t) => {
            const theme = index.themeById.get(t);
            return theme ? labelIn(theme, tr.lang) : t;
          })
          .join(tr.t('graph.filter.themeSeparator')) || tr.t('graph.filter.noTheme');
  const yearText =
    year === null
      ? tr.t('graph.filter.allYears')
      : graph.basis?.kind === 'record'
        ? tr.t('graph.filter.yearRecord', { year: String(year) })
        : tr.t('graph.describe.year', { year: String(year) });
  const unitText = tr.t(
    ({ sentence: 'graph.filter.bySentence', paragraph: 'graph.filter.byParagraph' } as const)[unit],
  );
  return tr.t('graph.filter', { themes: themeText, year: yearText, unit: unitText });
}

/** The adjacency table: one row per node, in the graph's order. */
export function adjacencyTable(graph: ConceptGraph, index: CorpusIndex, tr: Translator): DataTable {
  const caption = (
    {
      sentence: 'graph.table.caption.sentence',
      paragraph: 'graph.table.caption.paragraph',
    } as const satisfies Record<ConceptGraph['filter']['unit'], MessageKey>
  )[graph.filter.unit];
  const linked = linksByNode(graph);
  return {
    caption: tr.t(caption, { filter: describeFilter(graph, index, tr) }),
    columns: [
      { key: 'concept', label: tr.t('graph.table.concept') },
      { key: 'theme', label: tr.t('graph.table.theme') },
      { key: 'mentions', label: tr.t('graph.table.mentions'), numeric: true },
      { key: 'links', label: tr.t('graph.table.links'), numeric: true },
      { key: 'linked', label: tr.t('graph.table.linked') },
      { key: 'years', label: tr.t('graph.table.years') },
    ],
    rows: graph.nodes.map((n) => {
      const theme = index.themeById.get(n.theme);
      return {
        concept: n.label,
        theme: theme ? labelIn(theme, tr.lang) : n.theme,
        mentions: n.mentions,
        links: n.links,
        linked: (linked.get(n.id) ?? [])
          .map(({ link, other }) =>
            tr.t('graph.table.linkedItem', { label: other.label, weight: link.weight }),
          )
          .join(tr.t('graph.table.linkedSeparator')),
        years: describeYears(n.years, tr),
      };
    }),
  };
}
