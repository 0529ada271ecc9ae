// The app's services for the reader's own documents (AppServices in lib/state/app-state.svelte.ts),
// each fetching its code with its first use: a page that shows only the project's texts fetches
// none of it (the store is opened only where IndexedDB may hold something: stored-data.ts).

import type { AppServices } from '../lib/state/app-state.svelte.ts';
import { mayHaveStoredData } from './stored-data.ts';

const worker = () => import('./tagger.ts');

export function corpusServices(win: Window): Required<AppServices> {
  return {
    documents: () => import('./indexeddb-store.ts').then((m) => m.openDocumentStore(win.indexedDB)),
    mayHaveStored: () => mayHaveStoredData(win.indexedDB),
    tagger: (base, docs, concepts) => worker().then((m) => m.workerTagger()(base, docs, concepts)),
    // The shipped corpus's terms are the build's; any other corpus's are found in the worker.
    terms: async (corpus) =>
      (await (await import('./built-terms.ts')).builtTermsOf(corpus)) ??
      (await worker()).workerTerms()(corpus),
  };
}
