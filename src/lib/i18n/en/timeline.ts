// English messages of the timeline area (see ../catalogue.ts). Keys start with "timeline.".

import type { Message } from '../message.ts';

export const timeline = {
  'timeline.title': 'Timeline · {from}–{to}',
  'timeline.describe.forum': '{year} forum',
  // Axis ticks (lib/layout/time-scale.ts).
  'timeline.tick.year': '{year}',
  'timeline.month.1': 'Jan',
  'timeline.month.2': 'Feb',
  'timeline.month.3': 'Mar',
  'timeline.month.4': 'Apr',
  'timeline.month.5': 'May',
  'timeline.month.6': 'Jun',
  'timeline.month.7': 'Jul',
  'timeline.month.8': 'Aug',
  'timeline.month.9': 'Sep',
  'timeline.month.10': 'Oct',
  'timeline.month.11': 'Nov',
  'timeline.month.12': 'Dec',
  // The chart (layout captions, key).
  'timeline.caption.coded': 'coded',
  'timeline.caption.text': 'text',
  'timeline.key.named': 'milestone named in a text',
  'timeline.key.unnamed': 'milestone not named in the available texts',
  'timeline.key.forum': 'forum; its bar: theme shares (hatched and “coded”: from its record)',
  'timeline.key.hidden': {
    one: '{count} item outside {from}–{to}',
    other: '{count} items outside {from}–{to}',
  },
  'timeline.key.end': '.',
  'timeline.key.separator': '. ',
  'timeline.noChineseForm': 'no Chinese form is given in the sources',
  'timeline.key.englishLabels': 'Labels in English: no Chinese form is given in the sources.',
  // Accessible names of the marks.
  'timeline.named': {
    one: 'named in {count} sentence of the texts',
    other: 'named in {count} sentences of the texts',
  },
  'timeline.notNamed': 'not named in the available texts',
  'timeline.profileCoded': 'theme profile coded from its record',
  'timeline.profileText': 'theme profile from its full text',
  'timeline.venueNotStated': 'venue not stated',
  'timeline.placeNotStated': 'place not stated',
  'timeline.forumMark': '{year} forum: {label}, {date}, {place}; {basis}; {named}',
  'timeline.milestoneMark': '{label}, {date}, {place}; {named}',
  // The view.
  'timeline.purpose':
    '{purpose} Select a forum or a milestone; the arrow keys step through the forums. Shift-click a second forum (or use “Compare with” on a forum) to compare two years.',
  'timeline.controls': 'Visible years',
  'timeline.from': 'From',
  'timeline.to': 'to',
  'timeline.yearOption': '{year}',
  'timeline.zoomTo': 'Zoom to {year}',
  'timeline.showAll': 'Show all years',
  'timeline.brush': 'Visible years: drag, or use the arrow keys to move and + or − to zoom',
  'timeline.brushValue': '{from} to {to}',
  'timeline.evidence.forum': 'Sentences that name the {year} forum',
  'timeline.evidence.milestone': 'Sentences that name: {label}',
  'timeline.noVenue': 'no single venue',
  'timeline.sources': 'Sources:',
  'timeline.sourceN': 'source {n}',
  'timeline.concepts': 'Concepts:',
  'timeline.hint.milestone': 'No sentence of the available texts names this milestone.',
  'timeline.hint.forum':
    'No sentence of the available texts names the {year} forum. Choose a theme in its profile for the sentences or record entries behind it.',
  'timeline.hint.none':
    'Select a milestone or a forum for the sentences that name it; select a bar of a forum’s theme profile for the sentences or record entries behind it.',
  'timeline.forums': 'The forums',
  'timeline.subtitle':
    'GDI Digital Cooperation Forums and the milestones their texts refer to. Bars: theme shares; {bases}.',
  // The data table.
  'timeline.table.caption':
    'Forums and milestones, {from}–{to}; theme shares of the forums (text years: share of mentions; record years: share of coded concepts)',
  'timeline.table.themeShare': '{theme} (share %)',
  'timeline.table.date': 'Date',
  'timeline.table.kind': 'Kind',
  'timeline.table.event': 'Event',
  'timeline.table.place': 'Place',
  'timeline.table.named': 'Sentences naming it',
  'timeline.table.basis': 'Theme profile basis',
  'timeline.table.source': 'Source',
  'timeline.table.forum': 'forum',
  'timeline.table.milestone': 'milestone',
  // A forum's card (ForumCard.svelte).
  'timeline.card.date': 'Date',
  'timeline.card.venue': 'Venue',
  'timeline.card.hosts': 'Hosts',
  'timeline.card.theme': 'Theme',
  'timeline.card.outcome': 'Outcome',
  'timeline.card.notStated': 'not stated',
  'timeline.card.ofDate': 'of the date',
  'timeline.card.ofVenue': 'of the venue',
  'timeline.card.ofHosts': 'of the hosts',
  'timeline.card.ofTheme': 'of the theme',
  'timeline.card.source': 'source',
  'timeline.card.originalTitle': 'original title',
  'timeline.card.complete': '(complete text in this explorer)',
  'timeline.card.record': '(record: {extent})',
  'timeline.card.profile': 'Theme profile',
  'timeline.card.compareWith': 'Compare with',
  'timeline.card.andYear': ' and {year}',
  'timeline.card.yearLabel': '{year} · {label}',
  'timeline.card.noteSeparator': ', ',
  'timeline.card.listSeparator': '; ',
  // A forum's theme profile (ThemeProfileBars.svelte).
  'timeline.profile.coded': '{count} coded',
  'timeline.profile.per1000': '{value} per 1,000 words',
  'timeline.profile.textTotals': '({words} words, {total} mentions)',
  'timeline.profile.recordTotals': '({total} concepts)',
  'timeline.profile.none': 'No theme profile: this year has neither a text nor a coded record.',
  'timeline.profile.barCoded':
    '{theme}: {value}, {share} of the year’s coded concepts. Show the record entries',
  'timeline.profile.barText':
    '{theme}: {value}, {share} of the year’s mentions. Show the sentences',
  'timeline.profile.unitCoded': 'Number of concepts of each theme coded from the record.',
  'timeline.profile.unitText': 'Mentions per 1,000 words of the text.',
  // The view's title and purpose (the registry names them; only this view says them).
  'timeline.view.title': 'The forums in time',
  'timeline.view.purpose':
    'Each forum among the milestones its text refers to, with its theme profile.',
} as const satisfies Record<`timeline.${string}`, Message>;
