// The built app served with a corpus of the bench's own in place of data/corpus.json (the synthetic
// graph at scale): nothing in the build folder changes, the corpus exists only in this server.

import { startStaticServer, type RunningServer } from '../scripts/static-server.ts';
import { serializeCorpus } from '../src/lib/corpus/serialize.ts';
import type { Corpus } from '../src/lib/corpus/types.ts';

export function serveWithCorpus(
  root: string,
  corpus: Corpus,
  options: { gzip?: boolean; port?: number } = {},
): Promise<RunningServer> {
  return startStaticServer({
    root,
    ...options,
    overrides: new Map([
      [
        '/data/corpus.json',
        { status: 200, body: serializeCorpus(corpus), type: 'application/json; charset=utf-8' },
      ],
    ]),
  });
}
