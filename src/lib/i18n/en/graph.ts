// English messages of the graph area (see ../catalogue.ts). Keys start with "graph.".

import type { Message } from '../message.ts';

export const graph = {
  'graph.describe.byParagraph': 'by paragraph',

  // The view's head and controls
  'graph.heading': 'How the themes connect',
  'graph.headingYears': 'How the themes connect, year by year',
  'graph.layout.label': 'Show the graph',
  'graph.layout.network': 'One network',
  'graph.layout.years': 'Year by year',
  'graph.forumYear': 'Forum year',
  'graph.allYears': 'All years',
  'graph.yearOption.text': '{year} (text)',
  'graph.yearOption.record': '{year} (coded from its record)',
  'graph.yearOption.none': '{year}',
  'graph.linkBy': 'Link by',
  'graph.unit.sentence': 'sentence',
  'graph.unit.paragraph': 'paragraph',
  'graph.zoom': 'Zoom',
  'graph.zoomIn': 'Zoom in',
  'graph.zoomOut': 'Zoom out',
  'graph.reset': 'Reset',
  'graph.resetLabel': 'Reset the view: zoom, pan and moved concepts',
  'graph.find.label': 'Find a concept',
  'graph.find.placeholder': 'e.g. data flow',
  'graph.find.list': 'Matching concepts',
  'graph.find.status': { one: '{count} concept matches', other: '{count} concepts match' },

  // Chart words
  'graph.placing': { one: 'Placing {count} concept…', other: 'Placing {count} concepts…' },
  'graph.placingYears': 'Placing the concepts…',
  'graph.recordNote':
    '{year} is known from its forum record: concepts coded from it, no sentences, so no links.',
  'graph.title': 'Concept graph · {filter}',
  'graph.titleWith': 'Concept graph · {filter} · {selected}',
  'graph.subtitle.sentence':
    '{concepts}, {links}. A link joins two concepts said in the same sentence; its width counts the sentences. Size counts mentions. {basis}.',
  'graph.subtitle.paragraph':
    '{concepts}, {links}. A link joins two concepts said in the same paragraph; its width counts the paragraphs. Size counts mentions. {basis}.',
  'graph.subtitle.textYears': '{years} matched in the text',
  'graph.subtitle.recordYears': '{years} coded from the records (hollow marks)',
  'graph.subtitle.join': '{a}; {b}',
  'graph.concepts': { one: '{count} concept', other: '{count} concepts' },
  'graph.mentions': { one: '{count} mention', other: '{count} mentions' },
  'graph.links': { one: '{count} link', other: '{count} links' },
  'graph.tooltip.counts': '{mentions} · {links}',
  'graph.tooltip.together.sentence': {
    one: 'Said together in {count} sentence',
    other: 'Said together in {count} sentences',
  },
  'graph.tooltip.together.paragraph': {
    one: 'Said together in {count} paragraph',
    other: 'Said together in {count} paragraphs',
  },
  'graph.tooltip.click': 'Click for the sentences',

  // The side panel
  'graph.side': 'Evidence and links',
  'graph.hint':
    'Click a concept or a line for the sentences behind it. Keyboard: Tab to a concept, arrow keys to its neighbours, Enter for its sentences.',
  'graph.backTo': '← Back to {concept}',
  'graph.presence': '{years}.',
  'graph.ownConcept': 'Your own concept, kept in this browser (not in the project’s codebook).',
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

  // The key
  'graph.key.themes': 'Themes',
  'graph.key.marks': 'How to read the graph',
  'graph.key.size': 'Size: mentions in the texts (1 to {max})',
  'graph.key.hollow': 'Hollow: only coded from a forum record, not said in a text',
  'graph.key.years':
    'Marks around a node, one per forum year clockwise from the top: solid = said in that year’s text, dashed = coded from that year’s record',
  'graph.key.line.sentence': 'Line: said in the same sentence; wider: in more sentences',
  'graph.key.line.paragraph': 'Line: said in the same paragraph; wider: in more paragraphs',
  'graph.key.hint':
    'Click a concept or a line for its sentences (keyboard: Tab to a concept, arrow keys to its neighbours, Enter, Escape). Drag a concept to move it; Ctrl + scroll or pinch to zoom; drag the background to pan.',

  // Words about the graph (accessible names, filter, table)
  'graph.nodeName': '{label}, {theme}, {mentions}, {links}',
  'graph.nodeNameYears': '{name}; {years}',
  'graph.years.inText': 'in the {years} text',
  'graph.years.inTexts': 'in the {years} texts',
  'graph.years.codedFromOne': 'coded from the {years} record',
  'graph.years.codedFrom': 'coded from the {years} records',
  'graph.years.join': '{a}; {b}',
  'graph.filter': '{themes} · {year} · {unit}',
  'graph.filter.allThemes': 'all themes',
  'graph.filter.noTheme': 'no theme',
  'graph.filter.themeSeparator': ', ',
  'graph.filter.allYears': 'all years',
  'graph.filter.yearRecord': '{year} (coded from the record)',
  'graph.filter.bySentence': 'linked by sentence',
  'graph.filter.byParagraph': 'linked by paragraph',
  'graph.table.caption.sentence':
    'Concepts of the graph ({filter}): mentions, links and linked concepts; the number after a linked concept is how many sentences say both',
  'graph.table.caption.paragraph':
    'Concepts of the graph ({filter}): mentions, links and linked concepts; the number after a linked concept is how many paragraphs say both',
  'graph.table.concept': 'Concept',
  'graph.table.theme': 'Theme',
  'graph.table.mentions': 'Mentions',
  'graph.table.links': 'Links',
  'graph.table.linked': 'Linked concepts',
  'graph.table.years': 'Forum years',
  'graph.table.linkedItem': '{label} ({weight})',
  'graph.table.linkedSeparator': '; ',

  // Year by year
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
