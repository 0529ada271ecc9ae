// A reader's stored document for tests: a 2029 speech unless the patch says otherwise.

import type { SourceHeader } from '../../src/lib/corpus/types.ts';
import type { StoredDocument } from '../../src/lib/documents/store.ts';

export function storedDocument(
  id: string,
  text: string,
  patch: Partial<SourceHeader> = {},
  added = '2025-01-01T00:00:00.000Z',
): StoredDocument {
  return {
    header: {
      id,
      title: `Title of ${id}`,
      year: 2029,
      date: '2029-11-09',
      language: 'en',
      kind: 'speech',
      source: '',
      complete: true,
      ...patch,
    },
    text,
    added,
  };
}
