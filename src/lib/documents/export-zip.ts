// The reader's documents as one zip of data/sources files (fflate: small, pure, synchronous; loaded
// only when a reader exports). Deterministic: files in id order, each dated by when it was added.

import { zipSync } from 'fflate';
import type { StoredDocument } from './store.ts';
import { sourceFile } from './stored-file.ts';

export function zipSourceFiles(docs: readonly StoredDocument[]): Uint8Array {
  const encoder = new TextEncoder();
  const files: Record<string, [Uint8Array, { mtime: Date }]> = {};
  for (const doc of [...docs].sort((a, b) => (a.header.id < b.header.id ? -1 : 1))) {
    const { name, text } = sourceFile(doc);
    const added = new Date(doc.added);
    files[`sources/${name}`] = [
      encoder.encode(text),
      { mtime: Number.isNaN(added.getTime()) ? new Date(Date.UTC(2024, 0, 1)) : added },
    ];
  }
  return zipSync(files, { level: 6 });
}
