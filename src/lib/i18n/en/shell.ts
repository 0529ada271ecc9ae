// English messages of the shell: the page's header, navigation, footer, loading and errors, the
// views' names (each view's title and purpose load with it), the language switch. Keys start with
// "shell.".

import type { Message } from '../message.ts';

export const shell = {
  'shell.appName': 'GDI Digital Cooperation Explorer',
  'shell.tagline': 'Forums {years}, to the sentence',
  'shell.taglineNoYears': 'Forums, to the sentence',
  'shell.pageTitle': '{view} · GDI Digital Cooperation Explorer',
  'shell.skipToContent': 'Skip to content',
  'shell.viewsNav': 'Views',
  'shell.loadingCorpus': 'Loading the corpus…',
  'shell.corpusNotLoaded': 'the corpus could not be loaded',
  'shell.openingView': 'Opening {view}…',
  'shell.viewNotLoaded': 'the {view} view could not be loaded ({error})',
  'shell.addOwnLink': 'Add a document',
  'shell.addOwnRest':
    ' of your own: it is tagged with the same codebook, joins every view, and stays in this browser.',
  'shell.plainLink': 'Plain pages',
  'shell.plainRest': ": the texts and each chart's data, readable without scripts.",
  'shell.languageName.en': 'English',
  'shell.languageName.zh': '中文',
  'shell.view.graph.label': 'Concept graph',
  'shell.view.timeline.label': 'Timeline',
  'shell.view.compare.label': 'Compare years',
  'shell.view.map.label': 'Map',
  'shell.view.read.label': 'Read',
  'shell.notice.intro': 'Part of this link was not understood and was left out:',
  'shell.notice.why': '({why})',
  'shell.notice.separator': '; ',
  'shell.notice.end': '.',
  'shell.notice.local':
    'The link may name concepts or documents that its maker added in their own browser: they are kept there, not here. Ask for their codebook or document files to import them.',
  'shell.notice.dismissLabel': 'Dismiss this note',
  'shell.notice.dismiss': 'Dismiss',
  'shell.themeCount': { one: '{count} theme', other: '{count} themes' },

  // The frame of a chart shown alone (embed, slide), the data table, the theme legend
  'shell.frame.legend': 'Legend',
  'shell.frame.openShort': 'Explorer ↗',
  'shell.dataTable.show': 'Show the data as a table',
  'shell.dataTable.rows': { one: '({count} row)', other: '({count} rows)' },
  'shell.legend.themes': 'Themes',
  'shell.legend.groupLabel': '{caption}: press to show or hide',
  'shell.legend.mentionsHidden': '\u00a0mentions',
  'shell.legend.showAll': 'Show all themes',

  // What the explorer rests on (the footer)
  'shell.summary.year': '{year}:',
  'shell.summary.fullText': 'full text',
  'shell.summary.excerpt': 'excerpt',
  'shell.summary.addedByYou': ' (added by you)',
  'shell.summary.record': 'coded from its published record',
  'shell.summary.nothing': 'no text or record',
  'shell.summary.yearSeparator': ' · ',
  'shell.summary.counts':
    '{texts}, {sentences}, {concepts} in {themes}, {mentions}; codebook {version}. Sources:',
  'shell.summary.texts': { one: '{count} source text', other: '{count} source texts' },
  'shell.summary.sentences': { one: '{count} sentence', other: '{count} sentences' },
  'shell.summary.concepts': { one: '{count} concept', other: '{count} concepts' },
  'shell.summary.mentions': { one: '{count} mention', other: '{count} mentions' },
  'shell.summary.outcome': '{year} outcome document',
  'shell.summary.listSeparator': ', ',
  'shell.summary.end': '.',

  // Errors, updates, presentation, dialogs
  'shell.loadError.title': 'The explorer could not start',
  'shell.loadError.problem': 'The problem: {message}.',
  'shell.loadError.kept':
    'Documents you added in this browser are kept; nothing is lost. Try again, or reload the page later.',
  'shell.loadError.retry': 'Try again',
  'shell.update.ready': 'A new version is ready.',
  'shell.update.reload': 'Reload',
  'shell.update.later': 'Later',
  'shell.update.laterLabel': 'Keep this version for now',
  'shell.present.label': 'Presentation',
  'shell.present.previous': 'Previous slide',
  'shell.present.next': 'Next slide',
  'shell.present.count': 'Slide {at} of {total}',
  'shell.present.fullScreen': 'Full screen',
  'shell.present.leave': 'Leave',
  'shell.dialog.close': 'Close',
} as const satisfies Record<`shell.${string}`, Message>;
