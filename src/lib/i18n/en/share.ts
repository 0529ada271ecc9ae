// English messages of the share area (see ../catalogue.ts) loaded with the language: the share bar,
// the citation list's styles, the export menu, the exported files' fixed words (citations, source
// lines, READMEs, slides, standalone pages). The tools' own messages (dialogs, slides) load when one
// is first used (share-tools.ts). Keys start with "share.".

import type { Message } from '../message.ts';

export const share = {
  // The share bar
  'share.toolsLabel': 'Share and export',
  'share.share': 'Share',
  'share.copyLink': 'Copy link',
  'share.copyLinkDetail': 'the address of exactly this view',
  'share.cite': 'Cite…',
  'share.citeDetail': 'APA, Chicago, GB/T 7714',
  'share.embed': 'Embed…',
  'share.embedDetail': 'code for another page, with previews',
  'share.linkCopied': 'Link copied.',
  'share.copyThisLink': 'Copy this link: {url}',
  'share.slides': 'Slides',
  'share.slidesCount': 'Slides ({count})',
  'share.present': 'Present',
  'share.closeSlides': 'Close the slides',

  // The citation list
  'share.style.apa': 'APA',
  'share.style.chicago': 'Chicago',
  'share.style.gbt': 'GB/T 7714',

  // The export menu
  'share.export': 'Export',
  'share.noChartToExport': 'This view has no chart to export.',
  'share.notDrawnYet': 'The chart is not drawn yet.',
  'share.making': 'Making the file…',
  'share.saved': 'Saved {filename} ({size}).',
  'share.savedWithNote': 'Saved {filename} ({size}). {note}',
  'share.exportFailed': 'Could not export: {error}',
  'share.format.svg': 'SVG image',
  'share.format.svgDetail': 'vector, for print and editing',
  'share.format.png1': 'PNG image 1×',
  'share.format.png1Detail': 'screen size',
  'share.format.png2': 'PNG image 2×',
  'share.format.png2Detail': 'sharp on high-density screens',
  'share.format.png4': 'PNG image 4×',
  'share.format.png4Detail': 'for a 4K projector or print',
  'share.format.pptx': 'PowerPoint slide',
  'share.format.pptxDetail': 'chart, source, link in the notes',
  'share.format.html': 'Web page',
  'share.format.htmlDetail': 'one file that works offline',
  'share.format.data': 'Data',
  'share.format.dataDetail': 'CSV, JSON and README in a zip',
  'share.error.notDrawn': 'the chart is not drawn',

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

  // The README of the data files
  'share.readme.intro': 'The data behind this chart of the {name}, exported {date}.',
  'share.readme.viewAgain': 'View it again: {url}',
  'share.readme.files': 'Files',
  'share.readme.csv':
    "- {file}: {caption} ({rows} rows; {encoding}, comma-separated, first line = column names; text cells that begin with = + - or @ are prefixed with ' so that spreadsheets do not run them)",
  'share.readme.json':
    '- {file}: the same rows keyed by column, with the title, link, sources and citation',
  'share.readme.columns': 'Columns',
  'share.readme.column': '- {label} ({key})',
  'share.readme.numberColumn': '- {label} ({key}, number)',
  'share.readme.sources': 'Sources',
  'share.readme.source': '- {title}, {date} ({basis}): {url}',
  'share.readme.codebook':
    "Codebook version: {version}. Concepts are matched in the source texts by the\ncodebook's phrases; years without a full text rest on concepts coded from their published\nrecords, and are marked as coded wherever they appear.",
  'share.readme.citeAs': 'Cite as',

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
