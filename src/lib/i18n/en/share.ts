// English messages of the share area (see ../catalogue.ts) loaded with the language: the share bar's
// buttons, the citation list's styles, the words of citations, source lines and slides that views
// say too. The tools' own messages (menus, dialogs, slides, export) load with the tools, when a
// pointer or the focus first comes to the bar (share-tools.ts). Keys start with "share.".

import type { Message } from '../message.ts';

export const share = {
  // The share bar
  'share.toolsLabel': 'Share and export',
  'share.share': 'Share',
  'share.slides': 'Slides',
  'share.slidesCount': 'Slides ({count})',
  'share.present': 'Present',

  // The citation list
  'share.style.apa': 'APA',
  'share.style.chicago': 'Chicago',
  'share.style.gbt': 'GB/T 7714',

  // The export menu
  'share.export': 'Export',

  // Citations' fixed words (the bibliographic conventions of each style)
  'share.cite.translatedTitle': '{original} [{title}; title translated by the {name}]',
  'share.cite.apaParagraph': ' [Paragraph {n}]',
  'share.cite.apaRetrieved': ' Retrieved {date}, from {name}: {url}',
  'share.cite.apaChart': ' [Interactive chart; codebook {version}]. Retrieved {date}, from {url}',
  'share.cite.chicagoTitle': '“{title}”',
  'share.cite.chicagoParagraph': '“{title},” para. {n}.',
  'share.cite.chicagoDate': ' {date}.',
  'share.cite.chicagoAccessed': ' Accessed {date}, via ',
  'share.cite.chicagoLink': '. {url}.',
  'share.cite.chicagoChart':
    '{name}. “{title}” Interactive chart, codebook {version}. Accessed {date}. {url}.',
  'share.cite.gbtVia': 'Via {name}: {url}.',
  'share.cite.gbtParagraphVia': 'Para. {n}, via {name}: {url}.',
  'share.cite.gbtChart': '{name}. {title}: codebook {version}{type}. [{accessed}]. {url}.',

  // What a chart rests on: the source line under it, the basis of each source
  'share.source.line': 'Source: {list} · {name}, codebook {version}',
  'share.source.none': 'no source texts',
  'share.source.item': '{title} ({date}, {basis})',
  'share.source.separator': '; ',
  'share.source.translatedTitle': '{title} ({original})',
  'share.basis.fullText': 'full text',
  'share.basis.excerpt': 'excerpt',
  'share.basis.record': 'record: concepts coded by hand',

  // Slides, pages and native charts made from a chart
  'share.openInExplorer': 'Open in the {name}',
  'share.opensNewTab': '(opens a new tab)',
  'share.series.record': '{year} (coded from its record: {total} concepts)',
  'share.series.text': '{year} (text: {total} mentions)',
  'share.series.textConcepts': '{year} (text: {total} distinct concepts)',
  'share.series.none': '{year} (nothing to count)',
  'share.series.coded': '{year} (coded)',
  'share.series.year': '{year}',
} as const satisfies Record<`share.${string}`, Message>;
