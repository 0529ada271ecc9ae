// English messages of the share area (see ../catalogue.ts): the share bar, the cite, embed and
// export menus, the slides, the exported files' fixed words (citations, source lines, READMEs,
// slides, standalone pages). Keys start with "share.".

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
  'share.citeTitle': 'Cite',
  'share.citeSentence': 'Cite this sentence',
  'share.citeDocument': 'Cite this document',
  'share.citeChart': 'Cite this chart',
  'share.nothingToCite': 'This view has no chart to cite yet. Copy its link instead.',
  'share.embedTitle': 'Embed this chart',

  // The citation list
  'share.copy': 'Copy',
  'share.copied': 'Copied',
  'share.copyCitationLabel': 'Copy {style} citation',
  'share.copiedCitationLabel': 'Copied {style} citation',
  'share.citationCopied': 'Citation copied',
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
  'share.error.notShown': 'the chart is not shown on screen',
  'share.error.notImage': 'the browser could not read the chart as an image',
  'share.error.noCanvas': 'this browser cannot draw on a canvas',
  'share.error.noPng': 'the browser could not encode the PNG',
  'share.pngSmaller':
    'Made at {scale}× ({width} × {height} pixels), not {asked}×: larger is beyond what this browser can draw.',

  // The embed dialog
  'share.embed.frame': 'The frame',
  'share.embed.grow':
    'Grows with the chart: for an article (with a short script that sets its height)',
  'share.embed.fixed':
    'Fixed size: for a slide (PowerPoint, Google Slides, Keynote, reveal.js); the chart fits any box from 320 × 240 to 3840 × 2160',
  'share.embed.pasteGrow':
    'Paste this where the chart should appear. The frame takes the page’s width and fits its height to the chart.',
  'share.embed.pasteFixed':
    'Paste this where the chart should appear; change width and height to the box you want. The chart, its key and source fit inside, whole.',
  'share.embed.copy': 'Copy embed code',
  'share.embed.copied': 'Embed code copied',
  'share.embed.note':
    'The embed works from any web page and from a page saved on disk. For a slide deck that must work offline, use Export → Web page: one file with the chart, its data and source, nothing to load.',
  'share.embed.preview': 'Preview',
  'share.embed.size': '{width} × {height}',
  'share.embed.sizeScaled': '{width} × {height} (shown at {percent}%)',
  'share.embed.previewTitle': 'Preview of the embed at {width} × {height}',

  // The slides
  'share.slides.hint':
    'Views you save here are kept in the link; present them in order, full screen.',
  'share.slides.empty':
    'No slides yet. Add the view on screen, then move to another view and add it too.',
  'share.slides.add': 'Add this view',
  'share.slides.present': 'Present slides',
  'share.slides.powerPoint': 'PowerPoint deck',
  'share.slides.save': 'Save as file',
  'share.slides.load': 'Load a file…',
  'share.slides.moveUp': 'Move slide {n} up',
  'share.slides.moveDown': 'Move slide {n} down',
  'share.slides.remove': 'Remove slide {n}',
  'share.slides.movedUp': 'Moved slide {n} up.',
  'share.slides.movedDown': 'Moved slide {n} down.',
  'share.slides.removed': 'Removed slide {n}.',
  'share.slides.added': 'Added “{title}” as slide {n}.',
  'share.slides.savedFile': 'Saved {filename}.',
  'share.slides.couldNotLoad': 'Could not load {filename}: {reason}.',
  'share.slides.loaded': {
    one: 'Loaded {count} slide from {filename}.',
    other: 'Loaded {count} slides from {filename}.',
  },
  'share.slides.loadedIgnored': {
    one: 'Loaded {count} slide from {filename}. Ignored: {ignored}.',
    other: 'Loaded {count} slides from {filename}. Ignored: {ignored}.',
  },
  'share.slides.ignoredItem': '{param} ({reason})',
  'share.slides.ignoredSeparator': '; ',
  'share.slides.making': { one: 'Making {count} slide…', other: 'Making {count} slides…' },
  'share.slides.noChart': 'None of the slides shows a chart: nothing to put in PowerPoint.',
  'share.slides.savedDeck': {
    one: 'Saved {filename} ({count} slide).',
    other: 'Saved {filename} ({count} slides).',
  },
  'share.slides.savedDeckSkipped': {
    one: 'Saved {filename} ({count} slide). Left out (no chart): slide {skipped}.',
    other: 'Saved {filename} ({count} slides). Left out (no chart): slide {skipped}.',
  },
  'share.slides.couldNotMake': 'Could not make the slides: {error}',
  'share.deck.notJson': 'the file is not JSON',
  'share.deck.notDeck': 'the file is not a deck of slides',
  'share.deck.wrongFormat': 'the file is not a deck of slides (format is not "{format}")',
  'share.deck.newer': 'the deck is of a newer version ({version}) than this explorer reads',
  'share.deck.noSlides': 'the deck has no list of slides',

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
  'share.notes.link': 'Link: {url}',
  'share.notes.apa': 'Cite as (APA): {citation}',
  'share.notes.chicago': 'Chicago: {citation}',
  'share.notes.gbt': 'GB/T 7714: {citation}',
  'share.deckTitleSeparator': ' · ',
  'share.titleAndSubtitle': '{title}. {subtitle}',
  'share.openInExplorer': 'Open in the {name}',
  'share.opensNewTab': '(opens a new tab)',
  'share.series.record': '{year} (coded from its record: {total} concepts)',
  'share.series.text': '{year} (text: {total} mentions)',
  'share.series.textConcepts': '{year} (text: {total} distinct concepts)',
  'share.series.none': '{year} (nothing to count)',
  'share.series.coded': '{year} (coded)',
  'share.series.year': '{year}',
} as const satisfies Record<`share.${string}`, Message>;
