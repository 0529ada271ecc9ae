// Waits until every part a view draws after its chart (`<Later>`, in tasks of their own) is drawn:
// component tests read the whole view, not only what its first task drew.

import { tick } from 'svelte';
import { vi } from 'vitest';
import { partsPending } from '../../src/browser/pending-parts.ts';

export async function laterPartsDrawn(): Promise<void> {
  await vi.waitFor(() => {
    if (partsPending() > 0) throw new Error(`${partsPending()} parts of the view still to come`);
  });
  await tick();
}
