// Tags the reader's documents and finds uncoded terms off the main thread, so that neither blocks
// a view: the pure answerTagRequest, served to the app's worker client. Where no worker starts, the
// main thread imports this same module for answerTagRequest (src/browser/tagger.ts): the page then
// needs no second copy of the corpus builder, and the module serves requests only in a worker.

import { answerTagRequest } from '$lib/documents/tag-request.ts';
import { serveRequests } from './serve.ts';

export { answerTagRequest };

if (typeof (globalThis as { WorkerGlobalScope?: unknown }).WorkerGlobalScope !== 'undefined')
  serveRequests(answerTagRequest);
