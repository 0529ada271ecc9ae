// The shipped corpus's uncoded terms, found at build time and written beside it
// (data/uncoded-terms.json, with the fingerprint of the corpus they belong to): a page that shows
// the shipped corpus reads them (src/browser/tagger.ts) instead of fetching the tagging worker's
// script (9 KB gzipped) at load on the comparison and the reader. The dev server answers the same
// address from the corpus on disk.

import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import type { Corpus } from '../src/lib/corpus/types.ts';
import { extractUncodedTerms } from '../src/lib/corpus/uncoded-terms.ts';
import { termsFingerprint } from '../src/lib/corpus/terms-fingerprint.ts';
import { BUILT_TERMS_PATH, type BuiltTerms } from '../src/lib/corpus/built-terms.ts';

export function builtTermsFile(corpusJson: string): string {
  const corpus = JSON.parse(corpusJson) as Corpus;
  const built: BuiltTerms = {
    corpus: termsFingerprint(corpus),
    terms: extractUncodedTerms(corpus),
  };
  return JSON.stringify(built);
}

export function builtTerms(): Plugin {
  let publicDir = '';
  const file = (): string =>
    builtTermsFile(readFileSync(resolve(publicDir, 'data/corpus.json'), 'utf8'));
  return {
    name: 'built-terms',
    configResolved(config) {
      publicDir = config.publicDir;
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: BUILT_TERMS_PATH, source: file() });
    },
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        if (req.url?.split('?')[0] !== `/${BUILT_TERMS_PATH}`) return next();
        res.setHeader('Content-Type', 'application/json');
        res.end(file());
      });
    },
  };
}
