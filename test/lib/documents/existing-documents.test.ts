// What a new document must not repeat: the corpus's documents, and stored ones the corpus does not
// show (hidden), named as the reader's.

import { describe, expect, it } from 'vitest';
import { existingDocuments } from '../../../src/lib/documents/existing-documents.ts';
import { storedDocument } from '../../support/stored-document.ts';

describe('existingDocuments', () => {
  it('lists the corpus’s documents, then stored ones not among them, as the reader’s', () => {
    const inCorpus = [
      { id: 'chair-2024', title: 'Chair’s statement', year: 2024, origin: 'project' as const },
      { id: 'shown-own', title: 'Shown', year: 2023, origin: 'user' as const },
    ];
    const stored = [
      storedDocument('shown-own', 'A text.', { title: 'Shown', year: 2023 }),
      storedDocument('hidden-own', 'Another.', { title: 'Hidden', year: 2024 }),
    ];
    expect(existingDocuments(inCorpus, stored)).toEqual([
      { id: 'chair-2024', title: 'Chair’s statement', year: 2024, origin: 'project' },
      { id: 'shown-own', title: 'Shown', year: 2023, origin: 'user' },
      { id: 'hidden-own', title: 'Hidden', year: 2024, origin: 'user' },
    ]);
  });
});
