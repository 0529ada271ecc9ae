// English messages of the views that code loaded on other routes says too (see ../catalogue.ts):
// the evidence panel, the shell's summary, the timeline's and the map's cards, the exports. They
// load with the language, the rest of each view's messages with the view. Keys keep their view's
// prefix.

import type { Message } from '../message.ts';

export const shared = {
  // The graph's (the evidence panel, user concepts' names).
  'graph.describe.year': '{year}',
  'graph.pair': '{a} + {b}',
  'graph.yourConcept': '{label} (yours)',

  // What a year rests on, and the comparison's units (lib/model/theme-profile.ts,
  // year-comparison.ts, year-evidence.ts: the timeline and its exports use them too; the concept
  // sets and the headline, which only the comparison says, are in compare.ts).
  'compare.basis.fullText': '{year}: matched in its full text',
  'compare.basis.excerpt': '{year}: matched in an excerpt of its text',
  'compare.basis.fullTextDocuments': '{year}: matched in its full text ({count} documents)',
  'compare.basis.excerptDocuments': '{year}: matched in an excerpt of its text ({count} documents)',
  'compare.basis.record': '{year}: coded from its published record, {extent}',
  'compare.basis.recordNoExtent': '{year}: coded from its published record, extent not stated',
  'compare.basis.none': '{year}: no text and no coded record',
  'compare.unit.per1000': 'mentions per 1,000 words of each year’s text',
  'compare.unit.concepts':
    'share of each year’s distinct concepts that fall in the theme (a record has no mentions to count, so both sides count concepts)',
  'compare.value.per1000': '{value} per 1,000 words',
  'compare.evidenceTitle': '{name}, {years}',
  // Forum dates and bases (lib/model/forum-timeline.ts, forum-years.ts: the shell, the map, the
  // sources export).
  'timeline.dateBy': 'by {date} (day not stated)',
  'timeline.bases.fullTextOne': '{years} from its full text',
  'timeline.bases.fullTextMany': '{years} from their full texts',
  'timeline.bases.excerptOne': '{years} from an excerpt',
  'timeline.bases.excerptMany': '{years} from excerpts',
  'timeline.bases.recordOne': '{years} coded from its published record',
  'timeline.bases.recordMany': '{years} coded from their published records',
  'timeline.bases.separator': '; ',
  'timeline.forumName': 'GDI Digital Cooperation Forum, edition {edition}',
} as const satisfies Record<string, Message>;
