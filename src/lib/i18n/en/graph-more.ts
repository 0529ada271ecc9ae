// English messages of the graph said on demand (see ../catalogue.ts): the small multiples by year
// (layout=years), a concept's links and terms once it is opened, and slide names. They load with
// those parts, not with the view.

import type { Message } from '../message.ts';

export const graphMore = {
  'graph.describe.byParagraph': 'by paragraph',
  'graph.headingYears': 'How the themes connect, year by year',
  'graph.placingYears': 'Placing the concepts…',
  'graph.nodeLinks.none.sentence': 'Not said in the same sentence as any other concept shown.',
  'graph.nodeLinks.none.paragraph': 'Not said in the same paragraph as any other concept shown.',
  'graph.nodeLinks.noneFiltered.sentence':
    'Not said in the same sentence as any other concept shown (not in the graph with the current filters).',
  'graph.nodeLinks.noneFiltered.paragraph':
    'Not said in the same paragraph as any other concept shown (not in the graph with the current filters).',
  'graph.nodeLinks.heading.sentence': 'Said in the same sentence as ({count})',
  'graph.nodeLinks.heading.paragraph': 'Said in the same paragraph as ({count})',
  'graph.nodeLinks.weight.sentence': { one: '{count} sentence', other: '{count} sentences' },
  'graph.nodeLinks.weight.paragraph': { one: '{count} paragraph', other: '{count} paragraphs' },
  'graph.terms.heading': 'Said around it, outside the codebook',
  'graph.terms.count': '{count}×',
  'graph.years.title': 'Concept graph by year',
  'graph.years.titleWith': 'Concept graph by year · {what}',
  'graph.years.titleWithBoth': 'Concept graph by year · {themes} · {concept}',
  'graph.years.subtitle':
    'One panel per forum year, each concept in the same place in every panel. Text years: the concepts said, linked when one sentence says both. Record years: the concepts coded from the record (hollow, dashed), without links.',
  'graph.years.purpose':
    'Each forum year once, the concepts in the same places: what appears and what disappears. Select a concept in any panel: it is ringed in every year that raises it, outlined where a year does not.',
  'graph.years.hint':
    'Click a concept in any panel for the sentences (text years) and record entries (record years) behind it.',
  'graph.years.panelTitle': '{year}',
  'graph.years.panelLabel': '{title}: {basis}',
  'graph.years.basis.textFull': 'matched in its full text: {concepts}, {links}',
  'graph.years.basis.textExcerpt': 'matched in an excerpt of its text: {concepts}, {links}',
  'graph.years.basis.textDocuments':
    'matched in its texts ({documents} documents): {concepts}, {links}',
  'graph.years.basis.record':
    'coded from its published record, {extent}: {concepts}, no links (a record does not say which concepts go together)',
  'graph.years.basis.recordNoExtent':
    'coded from its published record: {concepts}, no links (a record does not say which concepts go together)',
  'graph.years.basis.none': 'no text and no coded record',
  'graph.years.codedConcepts': { one: '{count} coded concept', other: '{count} coded concepts' },
  'graph.years.node': '{label}, {year}',
  'graph.years.nodeCoded': '{label}, {year}, coded from the record',
  'graph.years.nodeTitleCoded': '{label} (coded from the record)',
  'graph.years.notRaised': '{label} (not raised)',
  'graph.years.table.caption':
    'Concepts by forum year: {panels}. Mentions in a text year; “coded” in a record year.',
  'graph.years.table.panel': '{title}, {basis}',
  'graph.years.table.separator': '; ',
  'graph.years.table.coded': 'coded',
} as const satisfies Record<`graph.${string}`, Message>;
