// English messages of the evidence area said before anything is selected, loaded with the language
// (see ../catalogue.ts): the panel's hint and source lines. What the panel says of a selection, and
// what a concept of one's own may not be, load with a selection or the dialog that makes a concept
// (evidence-detail.ts). Keys start with "evidence.".

import type { Message } from '../message.ts';

export const evidence = {
  'evidence.label': 'Evidence',
  'evidence.hint': 'Select a mark to see the sentences behind it.',
  'evidence.notInCodebook': '(not in the codebook)',
  'evidence.source': 'source',
  'evidence.sourceCitation': '{label}: {source}',
  'evidence.coded': 'Coded',
} as const satisfies Record<`evidence.${string}`, Message>;
