// A list put in the page a batch at a time, each batch in an idle moment, so that no one task
// draws all of it; the page built into index.html stays in front until the last batch is in
// (pending-parts.ts), unless the list is one the reader does not see as the view opens (a closed
// data table: `holdsPage: false`). Off screen (an export, the server) the whole list at once.

import { onDestroy, tick } from 'svelte';
import { whenIdle } from '$browser/idle.ts';
import { partPending } from '$browser/pending-parts.ts';

export interface IdleBatches<T> {
  /** What is in the page now. */
  readonly items: readonly T[];
  /** Some of the list is still to come. */
  readonly filling: boolean;
  /** Puts at least the first `count` in at once (e.g. a table opened before it is whole). */
  atLeast(count: number): void;
}

export function idleBatches<T>(
  all: () => readonly T[],
  options: { progressive: boolean; first: number; step: number; holdsPage?: boolean },
): IdleBatches<T> {
  let shown = $state(options.progressive ? options.first : Infinity);
  let drawn: (() => void) | null =
    options.progressive && options.holdsPage !== false ? partPending() : null;
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
    get filling() {
      return shown < all().length;
    },
    atLeast(count: number) {
      shown = Math.max(shown, count);
    },
  };
}
