// English messages of the evidence panel's selection (its sentences, citing one, making a concept),
// loaded with the first selection, not with the language (see ../catalogue.ts).

import type { Message } from '../message.ts';

export const evidenceDetail = {
  'evidence.close': 'Close the evidence',
  'evidence.sentences': { one: '{count} sentence', other: '{count} sentences' },
  'evidence.sentencesInTexts': {
    one: '{sentences} in {count} text',
    other: '{sentences} in {count} texts',
  },
  'evidence.codedEntries': {
    one: '{count} coded record entry',
    other: '{count} coded record entries',
  },
  'evidence.countJoin': '{a}; {b}',
  'evidence.concordance': 'Concordance',
  'evidence.concordanceLabel': 'Concordance of {title}',
  'evidence.concordanceRest': ': every mention in context, in the reader',
  'evidence.place': 'paragraph {paragraph}, sentence {sentence}',
  'evidence.meta': '{title} ({year}), {place}.',
  'evidence.readInContext': 'Read in context',
  'evidence.readInContextOf': ': {title}, {place}',
  'evidence.codedHeading': 'From forum records (coded, not matched in a text)',
  'evidence.codedConcept': '{concept}:',
  'evidence.record': 'record',
  'evidence.nothing': 'No sentence of the texts and no forum record says this.',
  'evidence.cite': 'Cite',
  'evidence.citeRest': ' this sentence',
  'evidence.citeLabel': 'Cite this sentence',
  // Making a concept of one's own
  'evidence.concept.make': 'Make a concept',
  'evidence.concept.edit': 'Edit your concept',
  'evidence.concept.note':
    'Your concept is kept in this browser and marked as yours wherever it appears. The project’s codebook is not changed.',
  'evidence.concept.label': 'Label',
  'evidence.concept.theme': 'Theme',
  'evidence.concept.chooseTheme': 'Choose a theme',
  'evidence.concept.phrases': 'Phrases (one a line)',
  'evidence.concept.definition': 'Definition (one line)',
  'evidence.concept.tagging': 'Tagging the texts…',
  'evidence.concept.save': 'Save',
  'evidence.concept.makeIt': 'Make the concept',
  'evidence.concept.cancel': 'Cancel',
  'evidence.concept.made': {
    one: 'Made your concept “{label}”: {count} mention in the texts.',
    other: 'Made your concept “{label}”: {count} mentions in the texts.',
  },
  'evidence.concept.saved': {
    one: 'Saved your concept “{label}”: {count} mention in the texts.',
    other: 'Saved your concept “{label}”: {count} mentions in the texts.',
  },
  // What a concept of one's own may not be (the dialog that makes one loads this part).
  'evidence.concept.problem.noLabel': 'Label: give the concept a name.',
  'evidence.concept.problem.longLabel': 'Label: {length} characters; at most 80.',
  'evidence.concept.problem.labelYours': 'Label: “{label}” is already a concept of yours.',
  'evidence.concept.problem.labelCodebook':
    'Label: “{label}” is already a concept of the codebook.',
  'evidence.concept.problem.theme': 'Theme: choose one of {themes}.',
  'evidence.concept.problem.noPhrase': 'Phrases: give at least one phrase to match.',
  'evidence.concept.problem.emptyPhrase': 'Phrases: “{phrase}” has no words.',
  'evidence.concept.problem.twice': 'Phrases: “{phrase}” is listed twice.',
  'evidence.concept.problem.taken':
    'Phrases: “{phrase}” already belongs to “{owner}”. A phrase matches one concept only.',
  'evidence.concept.problem.takenByName':
    'Phrases: “{phrase}” is one of the names the codebook leaves out. A phrase matches one concept only.',
  'evidence.concept.problem.noDefinition': 'Definition: say in one line what it covers.',
  'evidence.concept.problem.longDefinition':
    'Definition: {length} characters; one line of at most 300.',
} as const satisfies Record<`evidence.${string}`, Message>;
