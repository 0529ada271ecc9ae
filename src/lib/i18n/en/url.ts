// English messages of the link reader (lib/state/url-state.ts): why a parameter of a link was set
// aside. Keys start with "url.".

import type { Message } from '../message.ts';

export const url = {
  'url.notYear': 'not a four-digit year',
  'url.noForumIn': 'no forum in {year} (years: {years})',
  'url.unknownConcept': 'unknown concept',
  'url.notWholeNumber': 'not a whole number',
  'url.outside': 'outside {min}–{max}',
  'url.unknownThemes': 'unknown theme {themes}',
  'url.unknownTheme': 'unknown theme',
  'url.twoConcepts': 'expected two concept ids joined by ~',
  'url.linkSameConcept': 'a link joins two different concepts',
  'url.expectedUnit': 'expected sentence or paragraph',
  'url.expectedLayout': 'expected network or years',
  'url.noForumThatYear': 'no forum in that year',
  'url.unknownSel': 'unknown forum or milestone',
  'url.toAfterFrom': '"to" must come after "from"',
  'url.unknownPlace': 'unknown place',
  'url.unknownDocument': 'unknown document',
  'url.expectedSentenceId': 'expected a sentence id such as p5.s2',
  'url.noSuchSentence': 'no such sentence in the document',
  'url.longerThan': 'longer than {max} characters',
  'url.expectedPanel': 'expected {panels}',
  'url.expectedFlag': 'expected 1 or 0',
  'url.noSlide': 'no slide {n} (slides: {count})',
  'url.expectedLanguage': 'expected en or zh',
  'url.firstSlidesKept': 'only the first {max} are kept',
  'url.slideCount': '{count} slides',
  'url.slideN': 'slide {n}',
  'url.slideParam': 'slide {n}: {param}',
  'url.unknownViewSlide': 'unknown view; slide left out',
  'url.unknownView': 'unknown view (views: {views})',
  'url.view': 'view',
  'url.noLinkSlide': 'no link; slide left out',
  'url.tooLong': 'too long',
} as const satisfies Record<`url.${string}`, Message>;
