// A stored document (store.ts) as a file for data/sources, for the reader to download or export:
// its header, then its text. Apart from the store, which the shell opens at start, so that the
// source-file format loads only when a file is made.

import { formatSourceFile } from '../corpus/source-file.ts';
import type { StoredDocument } from './store.ts';

/** The document as a file for data/sources: its header, then its text. */
export function sourceFile(doc: StoredDocument): { name: string; text: string } {
  return { name: `${doc.header.id}.txt`, text: formatSourceFile(doc.header, doc.text) };
}
