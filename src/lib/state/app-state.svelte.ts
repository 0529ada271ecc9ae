// The app's state, in one rune class: the corpus and its index, the URL state, and what went
// wrong. This is the one place where state and the address bar meet: views read `app.url` and call
// `app.navigate(…)`; nothing else touches `location` or `history`.

import { checkCorpusShape } from '../corpus/corpus-shape.ts';
import type { ExportableChart } from '../export/exportable-chart.ts';
import type { Corpus } from '../corpus/types.ts';
import { indexCorpus, urlVocabulary, type CorpusIndex } from '../model/corpus-index.ts';
import {
  DEFAULT_STATE,
  parseUrl,
  serializeUrl,
  type ParamProblem,
  type UrlState,
  type UrlVocabulary,
} from './url-state.ts';

export type LoadStatus = 'loading' | 'ready' | 'error';

export class AppState {
  status = $state<LoadStatus>('loading');
  /** Why the corpus could not be loaded, in words a reader can act on. */
  loadError = $state<string | null>(null);
  index = $state.raw<CorpusIndex | null>(null);
  url = $state.raw<UrlState>({ ...DEFAULT_STATE });
  /** Link parameters that were ignored, and why: shown quietly, never blocking. */
  problems = $state.raw<ParamProblem[]>([]);
  /** The chart the current view shows, for export, embed and the data table. */
  chart = $state.raw<ExportableChart | null>(null);

  private vocabulary: UrlVocabulary | null = null;
  private readonly win: Window;
  private readonly corpusUrl: string;
  private readonly onLocation = (): void => this.syncFromLocation();

  constructor(win: Window, corpusUrl: string) {
    this.win = win;
    this.corpusUrl = corpusUrl;
  }

  /** Fetches and indexes the corpus, then follows the address bar. Safe to call again to retry. */
  async load(): Promise<void> {
    this.status = 'loading';
    this.loadError = null;
    try {
      const response = await this.win.fetch(this.corpusUrl);
      if (!response.ok)
        throw new Error(
          `the server answered ${response.status} ${response.statusText} for ${this.corpusUrl}`,
        );
      let json: unknown;
      try {
        json = await response.json();
      } catch {
        throw new Error(
          `${this.corpusUrl} is not valid JSON (the file may be truncated or corrupt)`,
        );
      }
      const checked = checkCorpusShape(json);
      if (!checked.ok) throw new Error(`${this.corpusUrl} cannot be read: ${checked.problem}`);
      this.setCorpus(checked.corpus);
      this.win.addEventListener('popstate', this.onLocation);
      this.win.addEventListener('hashchange', this.onLocation);
      this.status = 'ready';
    } catch (e) {
      this.loadError =
        e instanceof TypeError
          ? `the corpus could not be fetched (${e.message}); check the connection`
          : e instanceof Error
            ? e.message
            : String(e);
      this.status = 'error';
    }
  }

  /** Replaces the corpus (e.g. after a reader adds a document) and re-reads the URL against it. */
  setCorpus(corpus: Corpus): void {
    const index = indexCorpus(corpus);
    this.index = index;
    this.vocabulary = urlVocabulary(index);
    this.syncFromLocation();
  }

  /** The hash for the current state changed by `patch`: for links. */
  href(patch: Partial<UrlState> = {}): string {
    return serializeUrl({ ...this.url, ...patch });
  }

  /** Moves to a new state; a new history entry unless `replace` (for typing, dragging, zooming). */
  navigate(patch: Partial<UrlState>, options: { replace?: boolean } = {}): void {
    const next = { ...this.url, ...patch };
    const hash = serializeUrl(next);
    this.url = next;
    if (hash === this.win.location.hash) return;
    if (options.replace) this.win.history.replaceState(null, '', hash);
    else this.win.history.pushState(null, '', hash);
  }

  /** A view registers its chart when it draws it, and clears it (null) when it goes. */
  setChart(chart: ExportableChart | null): void {
    this.chart = chart;
  }

  dismissProblems(): void {
    this.problems = [];
  }

  destroy(): void {
    this.win.removeEventListener('popstate', this.onLocation);
    this.win.removeEventListener('hashchange', this.onLocation);
  }

  private syncFromLocation(): void {
    if (!this.vocabulary) return;
    const parsed = parseUrl(this.win.location.hash, this.vocabulary);
    this.url = parsed.state;
    this.problems = parsed.problems;
    // Show the canonical form of what is on screen, so that "copy link" copies exactly that.
    const canonical = serializeUrl(parsed.state);
    if (this.win.location.hash !== canonical && this.win.location.hash !== '') {
      this.win.history.replaceState(null, '', canonical);
    }
  }
}
