// A hand-written two-year corpus for the uncoded terms and what is said with them (the words are
// ours). 2029, 19 words: "data security" is coded; the candidates are "network coverage" ×2 (its
// "coverage" never said apart, so folded into it), "rural area", "protectionism",
// "unilateralism". 2028, 7 words: "Data flow" is coded; "rural area" is the only term.

import type { Corpus } from '../../src/lib/corpus/types.ts';
import { corpusOfTexts } from './mini-corpus.ts';

const LATER_TEXT =
  'We support network coverage in rural areas. Network coverage and data security go together. Protectionism and unilateralism are harmful.';
const EARLIER_TEXT = 'We support rural areas. Data flow matters.';

/** Documents `later` (2029) and `earlier` (2028). */
export const twoYearTermsCorpus = (): Corpus =>
  corpusOfTexts([
    { id: 'later', year: 2029, text: LATER_TEXT },
    { id: 'earlier', year: 2028, text: EARLIER_TEXT },
  ]);
