// A list put in the page a batch at a time, each batch in an idle moment, so that no one task
// draws all of it; the page built into index.html stays in front until the last batch is in
// (pending-parts.ts). Off screen (an export, the server) the whole list at once.

import { onDestroy, tick } from 'svelte';
import { whenIdle } from '$browser/idle.ts';
import { partPending } from '$browser/pending-parts.ts';

export function idleBatches<T>(
  all: () => readonly T[],
  options: { progressive: boolean; first: number; step: number },
): { readonly items: readonly T[] } {
  let shown = $state(options.progressive ? options.first : Infinity);
  let drawn: (() => void) | null = options.progressive ? partPending() : null;
  const items = $derived.by(() => {
    const list = all();
    return shown >= list.length ? list : list.slice(0, shown);
  });
  $effect(() => {
    if (shown < all().length) return whenIdle(() => (shown += options.step));
    void tick().then(() => {
      drawn?.();
      drawn = null;
    });
  });
  onDestroy(() => drawn?.());
  return {
    get items() {
      return items;
    },
  };
}
