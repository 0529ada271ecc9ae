// The reader's search index, built the first time it is needed (a search in the link, or the
// search box focused), for the corpus on screen; a new corpus (a document added) builds it anew.
// The search module is loaded only then, so that reading a text costs no search code.

import type { CorpusIndex } from '$lib/model/corpus-index.ts';
import type { SearchHit, SearchIndex } from '$lib/model/search.ts';

type SearchModule = typeof import('$lib/model/search.ts');

export class SearchLoader {
  #loaded = $state.raw<{ mod: SearchModule; si: SearchIndex } | null>(null);
  #building: CorpusIndex | null = null;

  /** Builds the index of `index` unless it is built or building; kept if `current` still is it. */
  load(index: CorpusIndex, current: () => CorpusIndex | null): void {
    if (this.#loaded?.si.corpus === index || this.#building === index) return;
    this.#building = index;
    void (async () => {
      const mod = await import('$lib/model/search.ts');
      const si = await mod.buildSearchIndex(index);
      if (this.#building === index) this.#building = null;
      if (current() === index) this.#loaded = { mod, si };
    })();
  }

  /** The sentences that match `query` in `index`, or null while its index is being built. */
  hits(index: CorpusIndex, query: string, year: number | null): SearchHit[] | null {
    const loaded = this.#loaded;
    return loaded && loaded.si.corpus === index
      ? loaded.mod.searchSentences(loaded.si, query, { year })
      : null;
  }
}
