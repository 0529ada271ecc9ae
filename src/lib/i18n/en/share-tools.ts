// English messages of the share tools, loaded when one is first used ($ui/i18n.svelte.ts): the
// cite and embed dialogs, the slides and their deck files, what the image and slide exports say.
// The share bar's own messages, the export menu's and the exported files' fixed words load with
// the language (share.ts). Keys start with "share.".

import type { Message } from '../message.ts';

export const shareTools = {
  'share.citeTitle': 'Cite',
  'share.citeSentence': 'Cite this sentence',
  'share.citeDocument': 'Cite this document',
  'share.citeChart': 'Cite this chart',
  'share.nothingToCite': 'This view has no chart to cite yet. Copy its link instead.',
  'share.embedTitle': 'Embed this chart',
  'share.copy': 'Copy',
  'share.copied': 'Copied',
  'share.copyCitationLabel': 'Copy {style} citation',
  'share.copiedCitationLabel': 'Copied {style} citation',
  'share.citationCopied': 'Citation copied',
  'share.error.notShown': 'the chart is not shown on screen',
  'share.error.notImage': 'the browser could not read the chart as an image',
  'share.error.noCanvas': 'this browser cannot draw on a canvas',
  'share.error.noPng': 'the browser could not encode the PNG',
  'share.pngSmaller':
    'Made at {scale}× ({width} × {height} pixels), not {asked}×: larger is beyond what this browser can draw.',
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
  'share.notes.link': 'Link: {url}',
  'share.notes.apa': 'Cite as (APA): {citation}',
  'share.notes.chicago': 'Chicago: {citation}',
  'share.notes.gbt': 'GB/T 7714: {citation}',
  'share.deckTitleSeparator': ' · ',
  'share.titleAndSubtitle': '{title}. {subtitle}',
} as const satisfies Record<`share.${string}`, Message>;
