// English messages of the map area (see ../catalogue.ts). Keys start with "map.".

import type { Message } from '../message.ts';

export const map = {
  'map.title': 'Map · places of the forums',
  'map.describe.year': '{year}',
  'map.noChineseForm': 'no Chinese form is given in the sources',
  'map.englishLabels': 'Names in English: no Chinese form is given in the sources.',
  'map.purpose': '{purpose} Select a marker, a shaded country or a place in the list.',
  'map.controls': 'Forum year shown',
  'map.year': 'Year',
  'map.allForums': 'all forums',
  'map.yearOption': '{year}',
  'map.serverAnswered': 'the server answered {status}',
  'map.atlasError': 'The world map could not be loaded ({error}). The places are listed beside it.',
  'map.tryAgain': 'Try again',
  'map.loading': 'Loading the world map…',
  'map.subtitle':
    'Equal Earth projection. Countries shaded by how often the texts and forum records name them or places in them; red markers: venues of forums and milestones.',
  // Accessible names of countries and markers.
  'map.breakdownItem': '{place} {count}',
  'map.listSeparator': ', ',
  'map.partSeparator': '; ',
  'map.country': {
    one: '{country}: named {count} time in texts and forum records ({breakdown})',
    other: '{country}: named {count} times in texts and forum records ({breakdown})',
  },
  'map.marker': '{place}: {parts}',
  'map.marker.venueOne': 'venue of the {years} forum',
  'map.marker.venueMany': 'venue of the {years} forums',
  'map.marker.milestones': {
    one: '{count} milestone: {labels}',
    other: '{count} milestones: {labels}',
  },
  'map.marker.named': {
    one: 'named {count} time in texts and records',
    other: 'named {count} times in texts and records',
  },
  // The legend.
  'map.legend': 'Map key',
  'map.legend.named': 'Named in texts and records:',
  'map.legend.step': '{min}',
  'map.legend.range': '{min}–{max}',
  'map.legend.orMore': '{min} or more',
  'map.legend.unnamed': 'not named',
  'map.legend.venue': 'venue of a forum or milestone',
  // The side panel.
  'map.places': 'Places',
  'map.kind.city': 'city',
  'map.kind.country': 'country',
  'map.kind.organisation': 'organisation',
  'map.kindLine': '{kind}.',
  'map.kindDetail': '{kind}: {detail}.',
  'map.namedCounts': 'Named {text} in texts, {record} in forum records.',
  'map.namedCountsYear': 'Named {text} in texts, {record} in forum records ({year}).',
  'map.sourceOf': 'of {place}',
  'map.source': 'source',
  'map.namedIn': 'Named in',
  'map.namedInEnd': '.',
  'map.forumsHere': 'Forums held here',
  'map.forumItem': '{year}: {label}',
  'map.milestonesHere': 'Milestones here',
  'map.seatedHere': 'Seated here: {names}.',
  'map.namedInCountry': 'Named in {country}: {breakdown}.',
  'map.evidence': 'Sentences that name {place}',
  'map.evidence.city': 'Sentences that name {place} or organisations seated there',
  'map.evidence.country': 'Sentences that name {place} or places in it',
  'map.listTitle': 'Places in the texts and records',
  'map.counts': '{text} text · {record} record',
  'map.countsHidden': ' mentions',
  'map.notOnMap': 'Not on the map',
  'map.noVenue': 'no venue given',
  'map.noSeat': '{place}: no seat or country given',
  // The data table.
  'map.table.caption':
    'Places named in the texts and forum records, and the venues of forums and milestones',
  'map.table.captionYear':
    'Places named in the texts and forum records of {year}, and the venues of forums and milestones',
  'map.table.place': 'Place',
  'map.table.kind': 'Kind',
  'map.table.country': 'Country (ISO numeric)',
  'map.table.lat': 'Latitude',
  'map.table.lon': 'Longitude',
  'map.table.text': 'Named in texts',
  'map.table.record': 'Named in forum records',
  'map.table.forums': 'Forums held here',
  'map.table.milestones': 'Milestones here',
  'map.table.source': 'Source',
  // The view's title and purpose (the registry names them; only this view says them).
  'map.view.title': 'Places of the story',
  'map.view.purpose':
    'The forum venue, the milestones’ venues, and the countries and organisations the texts name.',
} as const satisfies Record<`map.${string}`, Message>;
