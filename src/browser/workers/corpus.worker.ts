// Tags the reader's documents and finds uncoded terms off the main thread, so that neither blocks
// a view: the pure answerTagRequest, served to the app's worker client.

import { answerTagRequest } from '$lib/documents/tag-request.ts';
import { serveRequests } from './serve.ts';

serveRequests(answerTagRequest);
