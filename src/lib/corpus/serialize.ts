// corpus.json as text: one line per top-level list entry would be friendlier to diff, but the
// file is read by the app on every visit, so it is written compact. Stable by construction:
// every object is built with a fixed key order and every list is sorted.

import type { Corpus } from './types.ts';

export function serializeCorpus(corpus: Corpus): string {
  return `${JSON.stringify(corpus)}\n`;
}
