// English messages of the compare area (see ../catalogue.ts). Keys start with "compare.".

import type { Message } from '../message.ts';

export const compare = {
  'compare.title': 'Compare {a} and {b}',
  'compare.describe.years': '{a} and {b}',
  // The view (views/compare).
  'compare.purpose': '{purpose} Select a concept or a theme for what each year says about it.',
  'compare.controls': 'Years compared',
  'compare.firstYear': 'First year',
  'compare.secondYear': 'second year',
  'compare.swap': 'Swap years',
  'compare.basisList': 'What each year rests on',
  'compare.basisLine': '{basis}.',
  'compare.theRecord': 'the record',
  'compare.theText': 'the text',
  'compare.ofYear': ' of {year}',
  'compare.noChineseForm': 'no Chinese form is given in the sources',
  'compare.sameYear': 'Both sides show {year}: choose two different years.',
  'compare.note': '{basis} ({measure})',
  'compare.measure.per1000': 'mentions per 1,000 of its {words} words',
  'compare.measure.coded': 'shares of its {count} distinct coded concepts',
  'compare.measure.matched': 'shares of its {count} distinct matched concepts',
  'compare.chartTitle.per1000': 'Mentions per 1,000 words by theme, {a} and {b}',
  'compare.chartTitle.concepts': 'Share of distinct concepts by theme, {a} and {b}',
  'compare.subtitle': '{headline} Bars: {unit}.',
  'compare.row': '{theme}: {a}; {b}. Show the evidence',
  'compare.row.per1000': {
    one: '{year}: {value} ({count} mention)',
    other: '{year}: {value} ({count} mentions)',
  },
  'compare.row.concepts': '{year}: {value} ({count} of {total} distinct concepts)',
  'compare.row.conceptsRecord':
    '{year}: {value} ({count} of {total} distinct concepts, from its record)',
  'compare.setName.onlyA': 'only {year}',
  'compare.setName.dropped': 'only {year} (dropped)',
  'compare.setName.new': 'only {year} (new)',
  'compare.setName.both': 'both',
  'compare.coded': 'coded',
  'compare.table.caption':
    '{headline} {notes}. Concepts: mentions in a text year, “coded” in a record year. Themes: {unit}.',
  'compare.table.noteSeparator': '. ',
  'compare.table.item': 'Concept or theme',
  'compare.table.kind': 'Kind',
  'compare.table.theme': 'Theme',
  'compare.table.set': 'Set',
  'compare.table.concept': 'concept',
  'compare.table.themePer1000': 'theme: mentions per 1,000 words',
  'compare.table.themeShare': 'theme: share of distinct concepts (%)',
  'compare.evidence.record': {
    one: '(record): {count} coded entry',
    other: '(record): {count} coded entries',
  },
  'compare.evidence.text': { one: '(text): {count} sentence', other: '(text): {count} sentences' },
  'compare.evidence.none': ': nothing available',
  'compare.makeConcept': 'Make a concept from “{term}”',
  'compare.hint':
    'Select a concept or a theme: its sentences (text years) and its record entries (record years) appear here, for each year.',
  // Concept sets (ConceptSets.svelte).
  'compare.presence.absent': 'not in {year}',
  'compare.presence.coded': '{year}: coded',
  'compare.presence.mentions': {
    one: '{year}: {count} mention',
    other: '{year}: {count} mentions',
  },
  'compare.presence.times': '{count}×',
  'compare.yours': '{label} (yours)',
  'compare.chipName': ': {a}; {b}. Show the evidence',
  'compare.none': 'None.',
  // Wording beyond the codebook (UncodedWording.svelte).
  'compare.wording.title': 'Beyond the codebook',
  'compare.wording.onlyIn': 'Wording only in {year} ({count})',
  'compare.wording.new': 'New wording in {year} ({count})',
  'compare.wording.noLonger': 'Wording no longer used: only in {year} ({count})',
  'compare.wording.note': 'Terms outside the codebook that {a} says and {b} does not.',
  'compare.wording.headlinePartial':
    'Concepts of the codebook only in {b}: {newConcepts}; terms outside it only in {b}: {added}. Concepts only in {a}: {droppedConcepts}; terms only in {a}: {dropped}. One year rests on a record or an excerpt, so none of these is called new or dropped.',
  'compare.wording.headline':
    'New concepts of the codebook: {newConcepts}; new terms outside it: {added}. Concepts no longer said: {droppedConcepts}; terms no longer used: {dropped}.',
  'compare.wording.noText':
    '{year} is known from its record, not a text: there is no wording to compare.',
  'compare.wording.said': {
    one: ': said {count} time. Show its sentences',
    other: ': said {count} times. Show its sentences',
  },
  'compare.wording.showFirst': 'Show the first {count}',
  'compare.wording.showAll': 'Show all {count}',
  'compare.wording.finding': 'Finding the terms outside the codebook…',
  // The view's title and purpose (the registry names them; only this view says them).
  'compare.view.title': 'Two forum years side by side',
  'compare.view.purpose':
    'What each year raised, what only one of them raised (and whether the other year’s available text could say), and how the themes compare.',
  // The concept sets, the headline and the years' parts they name (only this view says them).
  'compare.part.record': '{year}’s available record',
  'compare.part.excerpt': 'the available excerpt of {year}’s text',
  'compare.part.text': '{year}’s text',
  'compare.set.both': 'In both ({count})',
  'compare.set.bothNote': 'Raised in {a} and in {b}.',
  'compare.set.onlyPartial': 'Only in {year}; not in {part} ({count})',
  'compare.set.dropped': 'Only in {year}: dropped concepts ({count})',
  'compare.set.new': 'Only in {year}: new concepts ({count})',
  'compare.set.notePartialCoded':
    'Coded in {year}, not in {part}; the part not available may say them.',
  'compare.set.notePartialSaid':
    'Said in {year}, not in {part}; the part not available may say them.',
  'compare.set.noteCoded': 'Coded in {year}, not said in {other}’s text.',
  'compare.set.noteSaid': 'Said in {year}, not said in {other}’s text.',
  'compare.headline': '{a} → {b}: {both}; {added}; {dropped}.',
  'compare.headline.both': { one: '{count} concept in both', other: '{count} concepts in both' },
  'compare.headline.onlyPartial': '{count} only in {year} (not in {part})',
  'compare.headline.onlyPartialExtent': '{count} only in {year} (not in {part}: {extent})',
  'compare.headline.new': '{count} new in {year}',
  'compare.headline.dropped': '{count} dropped (only in {year})',
} as const satisfies Record<`compare.${string}`, Message>;
