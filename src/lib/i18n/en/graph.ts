// English messages of the graph area (see ../catalogue.ts). Keys start with "graph.".

import type { Message } from '../message.ts';

export const graph = {
  // The view's head and controls
  'graph.heading': 'How the themes connect',
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

  // The key
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
  // The view's title and purpose (the registry names them; only this view says them).
  'graph.view.title': 'How the themes connect',
  'graph.view.purpose':
    'Concepts of the codebook as a network: linked when one sentence says both, each link backed by its sentences.',
} as const satisfies Record<`graph.${string}`, Message>;
