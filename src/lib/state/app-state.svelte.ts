// The app's state, in one rune class: the corpus and its index, the URL state, and what went
// wrong. This is the one place where state and the address bar meet: views read `app.url` and call
// `app.navigate(…)`; nothing else touches `location` or `history`.
//
// The reader's own documents join after the first paint: the project's corpus shows first; then
// the stored documents are read (from the store the shell hands in), tagged (by the tagger it hands
// in: a worker in the app) and the corpus is replaced. Every view reads `app.index`, so they all
// follow. Until then, a link to one of those documents is held, not rejected.

import type { ConceptStore, StoredConcept } from '../concepts/user-concepts.ts';
import { checkCorpusShape } from '../corpus/corpus-shape.ts';
import type { TermIndex } from '../corpus/uncoded-terms.ts';
import type { ExportableChart } from '../export/exportable-chart.ts';
import type { Corpus } from '../corpus/types.ts';
import type { LibraryState, Tagger, UserDocumentLibrary } from '../documents/library.ts';
import { existingDocuments, type ExistingDocument } from '../documents/existing-documents.ts';
import type { DocumentStore, StoredDocument } from '../documents/store.ts';
import type { HiddenDocument } from '../documents/user-corpus.ts';
import { indexCorpus, urlVocabulary, type CorpusIndex } from '../model/corpus-index.ts';
import {
  DEFAULT_STATE,
  parseUrl,
  serializeUrl,
  type ParamProblem,
  type UrlState,
  type UrlVocabulary,
} from './url-state.ts';

/** Resolves in a later task, so that the browser may paint and handle input in between. */
const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

export type LoadStatus = 'loading' | 'ready' | 'error';

/** 'off': no store was given; 'pending': being read and joined; 'ready'; 'failed': could not be read. */
export type UserDocumentsStatus = 'off' | 'pending' | 'ready' | 'failed';

export interface AppServices {
  /** Opens the store of the reader's own documents; `problem` says why it is only a memory store. */
  documents?: () => Promise<{
    store: DocumentStore;
    concepts?: ConceptStore;
    problem: string | null;
  }>;
  /**
   * Whether the store may hold anything of the reader's. Without it, or when it says so, the store
   * is opened after the first paint; when it surely holds nothing (a lasting store that is not
   * made yet), with the first document or concept kept: a page that shows only the project's
   * texts never fetches the store's code.
   */
  mayHaveStored?: () => Promise<boolean>;
  /**
   * Tags documents: needed with `documents` (the app's runs in a worker). No default here, so that
   * the corpus builder is not bundled with the page a second time (the worker has it).
   */
  tagger?: Tagger;
  /** Finds a corpus's uncoded terms (the app's in the same worker); without it none are looked for. */
  terms?: (corpus: Corpus) => Promise<TermIndex>;
}

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

  /** The reader's own documents, oldest first (hidden ones included). */
  userDocuments = $state.raw<readonly StoredDocument[]>([]);
  /** Stored documents that the project's texts now supersede, and why. */
  hiddenDocuments = $state.raw<readonly HiddenDocument[]>([]);
  userStatus = $state<UserDocumentsStatus>('off');
  /** Why the reader's documents cannot be kept (or read), in words a reader can act on. */
  userProblem = $state<string | null>(null);
  /** Whether the reader's documents survive a reload. */
  userPersistence = $state<'persistent' | 'session'>('session');
  /** A link names a document or sentence that may be one of the reader's own, not read yet. */
  waitingForDocuments = $state(false);
  /** The reader's own concepts, oldest first. */
  userConcepts = $state.raw<readonly StoredConcept[]>([]);
  /** The uncoded terms of the corpus on screen, once a view has asked for them. */
  terms = $state.raw<TermIndex | null>(null);
  termsProblem = $state<string | null>(null);
  private termsFor: Corpus | null = null;
  private conceptStore: ConceptStore | undefined;

  private vocabulary: UrlVocabulary | null = null;
  private base: Corpus | null = null;
  private store: DocumentStore | null = null;
  private opening: Promise<DocumentStore> | null = null;
  private library: Promise<UserDocumentLibrary> | null = null;
  private libraryLoaded = false;
  /** The canonical hash written after a link's problems were reported. */
  private cleanedHash: string | null = null;
  private readonly win: Window;
  private readonly corpusUrl: string;
  private readonly services: AppServices;
  private readonly onLocation = (): void => this.syncFromLocation();

  constructor(win: Window, corpusUrl: string, services: AppServices = {}) {
    this.win = win;
    this.corpusUrl = corpusUrl;
    this.services = services;
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
      // Parsing, indexing and drawing the shell each take a task of their own: together they were
      // one long task (a phone's CPU makes each four times longer).
      await nextTask();
      const index = indexCorpus(checked.corpus);
      await nextTask();
      this.base = checked.corpus;
      if (this.services.documents) this.userStatus = 'pending';
      this.showIndex(index);
      this.win.addEventListener('popstate', this.onLocation);
      this.win.addEventListener('hashchange', this.onLocation);
      this.status = 'ready';
      if (this.services.documents) void this.joinUserDocuments();
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
    this.showIndex(indexCorpus(corpus));
  }

  private showIndex(index: CorpusIndex): void {
    // Terms found for the corpus before stay on screen until the new corpus's are found.
    if (this.termsFor !== null) queueMicrotask(() => this.requestTerms());
    this.index = index;
    this.vocabulary = urlVocabulary(index);
    this.syncFromLocation();
  }

  /** Reads the reader's stored documents and lets them join the corpus. */
  private async joinUserDocuments(): Promise<void> {
    try {
      if (!this.store && this.services.mayHaveStored && !(await this.services.mayHaveStored())) {
        // Nothing kept yet: the store opens with the first thing added (changeLibrary).
        this.userPersistence = 'persistent';
        this.userStatus = 'ready';
        this.syncFromLocation();
        return;
      }
      const store = await this.openStore();
      const stored = await store.list();
      const concepts = (await this.conceptStore?.list()) ?? [];
      if (stored.length > 0 || concepts.length > 0) {
        this.applyLibrary(await (await this.openLibrary()).load(this.base!));
        this.libraryLoaded = true;
      }
      this.userStatus = 'ready';
    } catch (e) {
      this.userStatus = 'failed';
      this.userProblem = e instanceof Error ? e.message : String(e);
    }
    // Links held while the documents were read are now checked against them.
    this.syncFromLocation();
  }

  /** Opens the store of the reader's own documents and concepts, once. */
  private openStore(): Promise<DocumentStore> {
    return (this.opening ??= this.services.documents!().then((opened) => {
      this.store = opened.store;
      this.conceptStore = opened.concepts;
      this.userPersistence = opened.store.persistence;
      this.userProblem = opened.problem
        ? `${opened.problem}: documents you add last only until this page is closed`
        : null;
      return opened.store;
    }));
  }

  private openLibrary(): Promise<UserDocumentLibrary> {
    return (this.library ??= import('../documents/library.ts').then(
      ({ UserDocumentLibrary }) =>
        new UserDocumentLibrary(this.store!, this.tagger(), Date.now, this.conceptStore),
    ));
  }

  private tagger(): Tagger {
    const tagger = this.services.tagger;
    if (!tagger) throw new Error('no tagger was given for the reader’s own documents');
    return tagger;
  }

  private applyLibrary(state: LibraryState): void {
    this.userDocuments = state.documents;
    this.hiddenDocuments = state.hidden;
    this.userConcepts = state.concepts;
    this.setCorpus(state.corpus);
  }

  /** Asks for the uncoded terms of the corpus on screen (found once per corpus, off the page). */
  requestTerms(): void {
    const corpus = this.index?.corpus;
    const find = this.services.terms;
    if (!corpus || !find || this.termsFor === corpus) return;
    this.termsFor = corpus;
    find(corpus).then(
      (terms) => {
        if (this.index?.corpus === corpus) {
          this.terms = terms;
          this.termsProblem = null;
        }
      },
      (e: unknown) => {
        this.termsProblem = `the uncoded terms could not be found (${e instanceof Error ? e.message : String(e)})`;
      },
    );
  }

  /** Adds or replaces concepts of the reader's own; throws a LibraryError if it cannot. */
  putUserConcepts(concepts: readonly StoredConcept[]): Promise<LibraryState> {
    return this.changeLibrary((library, base) => library.putConcepts(base, concepts));
  }

  removeUserConcept(id: string): Promise<LibraryState> {
    return this.changeLibrary((library, base) => library.removeConcept(base, id));
  }

  /** Documents a new one must not repeat (by id or title): the corpus's and the stored ones. */
  existingDocuments(): ExistingDocument[] {
    return existingDocuments(this.index?.corpus.documents ?? [], this.userDocuments);
  }

  /** Adds a checked document: tagged, then saved, then shown. Throws a LibraryError if it cannot. */
  addUserDocument(doc: StoredDocument): Promise<LibraryState> {
    return this.changeLibrary((library, base) => library.add(base, doc));
  }

  removeUserDocument(id: string): Promise<LibraryState> {
    return this.changeLibrary((library, base) => library.remove(base, id));
  }

  private async changeLibrary(
    change: (library: UserDocumentLibrary, base: Corpus) => Promise<LibraryState>,
  ): Promise<LibraryState> {
    if (!this.base || !this.services.documents) throw new Error('the corpus is not loaded yet');
    // Nothing was kept when the page opened: the store opens with the first change.
    if (!this.store) await this.openStore();
    const library = await this.openLibrary();
    // The first change on a page that found no stored documents: read the store first (another
    // tab may have added some since).
    if (!this.libraryLoaded) {
      await library.load(this.base);
      this.libraryLoaded = true;
    }
    const state = await change(library, this.base);
    this.applyLibrary(state);
    return state;
  }

  /** The hash for the current state changed by `patch`: for links. */
  href(patch: Partial<UrlState> = {}): string {
    return serializeUrl({ ...this.url, ...patch, lang: patch.lang ?? this.url.lang });
  }

  /** Moves to a new state; a new history entry unless `replace` (for typing, dragging, zooming). */
  navigate(patch: Partial<UrlState>, options: { replace?: boolean } = {}): void {
    // The language stays as it is unless the patch names one: a slide's or a saved view's state
    // carries none of its own.
    const next = { ...this.url, ...patch, lang: patch.lang ?? this.url.lang };
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
    this.cleanedHash = null;
  }

  destroy(): void {
    this.win.removeEventListener('popstate', this.onLocation);
    this.win.removeEventListener('hashchange', this.onLocation);
  }

  private syncFromLocation(): void {
    if (!this.vocabulary) return;
    const hash = this.win.location.hash;
    const parsed = parseUrl(hash, this.vocabulary);
    this.url = parsed.state;
    // A document (or its sentence) not known yet may be one of the reader's own: hold the link.
    const held =
      this.userStatus === 'pending'
        ? parsed.problems.filter((p) => p.param === 'doc' || p.param === 's')
        : [];
    this.waitingForDocuments = held.length > 0;
    const fresh = parsed.problems.filter((p) => !held.includes(p));
    // Reading the cleaned link again (the corpus changed: the reader's documents joined) keeps
    // what was said about the link as it was given.
    if (!(hash === this.cleanedHash && fresh.length === 0)) this.problems = fresh;
    if (held.length > 0) return;
    // Show the canonical form of what is on screen, so that "copy link" copies exactly that.
    const canonical = serializeUrl(parsed.state);
    if (hash !== canonical && hash !== '') {
      this.win.history.replaceState(null, '', canonical);
    }
    this.cleanedHash = this.problems.length > 0 ? canonical : null;
  }
}
