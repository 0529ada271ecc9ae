// English messages of the evidence area said before anything is selected, loaded with the language
// (see ../catalogue.ts): the panel's hint, source lines, and what a concept of one's own may not be.
// What the panel says of a selection loads with it (evidence-detail.ts). Keys start with "evidence.".

import type { Message } from '../message.ts';

export const evidence = {
  'evidence.label': 'Evidence',
  'evidence.hint': 'Select a mark to see the sentences behind it.',
  'evidence.notInCodebook': '(not in the codebook)',
  'evidence.source': 'source',
  'evidence.sourceCitation': '{label}: {source}',
  'evidence.coded': 'Coded',
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
