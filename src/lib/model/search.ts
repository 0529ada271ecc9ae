// Full-text search over every sentence of the corpus (MiniSearch: BM25 ranking, prefix and fuzzy
// matching, ~7 KB gzipped, no dependencies). Built on first use, never at page load, and in time
// slices so that a large corpus never blocks the page for long.
//
// Ranking: sentences that contain the query as a phrase (its words in order, whole words, any case,
// a hyphen and a space alike) come first; then sentences with all the query's words as whole words,
// in any order; then partial matches: some of the words, or words that only begin like them or are
// one letter off (for words of five letters or more). Within each tier, MiniSearch's score, then
// reading order.

import MiniSearch, { type SearchResult } from 'minisearch';
import type { SentenceKey } from '../corpus/types.ts';
import type { CorpusIndex, IndexedSentence } from './corpus-index.ts';
import { kwic, tokens, type KwicLine } from './kwic.ts';

interface SearchDocument {
  id: SentenceKey;
  text: string;
}

export interface SearchIndex {
  corpus: CorpusIndex;
  mini: MiniSearch<SearchDocument>;
}

/** How a sentence matched: the whole phrase, all its words apart, or partly. */
export type MatchTier = 'phrase' | 'all-words' | 'partial';
const TIER_RANK: Record<MatchTier, number> = { phrase: 0, 'all-words': 1, partial: 2 };

export interface SearchHit {
  sentence: IndexedSentence;
  tier: MatchTier;
  score: number;
  /** The match in context: the phrase, else the first word that matched. Worked out when first read. */
  readonly line: KwicLine;
}

/** A hit whose context line is cut only when shown: a common word can match tens of thousands. */
class Hit implements SearchHit {
  private cut: KwicLine | null = null;
  constructor(
    readonly sentence: IndexedSentence,
    readonly tier: MatchTier,
    readonly score: number,
    private readonly locate: () => [number, number],
    private readonly contextWords: number,
  ) {}
  get line(): KwicLine {
    if (this.cut === null) {
      const [start, end] = this.locate();
      this.cut = kwic(this.sentence.text, start, end, this.contextWords);
    }
    return this.cut;
  }
}

export interface SearchOptions {
  /** Only sentences of documents of this year. */
  year?: number | null;
  /** Words either side in the keyword-in-context line. */
  contextWords?: number;
}

const HAN = /\p{Script=Han}/u;
const HAN_RUN = /\p{Script=Han}{2,}/gu;

/**
 * Terms of a text for the index and for queries: its words (Chinese cut by Intl.Segmenter), and
 * for Chinese also every two characters side by side, so that a query the segmenter cuts otherwise
 * than the sentence ("跨境" in "数据跨境流动", cut 数据|跨|境|流动) still finds it.
 */
const tokenize = (text: string): string[] => {
  const words = tokens(text).map((t) => t.text);
  if (!HAN.test(text)) return words;
  for (const m of text.matchAll(HAN_RUN))
    for (let i = 0; i + 1 < m[0].length; i++) words.push(m[0].slice(i, i + 2));
  return words;
};
const processTerm = (term: string): string => term.toLowerCase();

function newMiniSearch(): MiniSearch<SearchDocument> {
  return new MiniSearch<SearchDocument>({
    fields: ['text'],
    tokenize,
    processTerm,
    searchOptions: { tokenize, processTerm },
  });
}

const documentsOf = (index: CorpusIndex): SearchDocument[] =>
  [...index.sentenceByKey.values()].map((s) => ({ id: s.key, text: s.text }));

/** Builds the index in one go (tests, benchmarks, small corpora). */
export function buildSearchIndexSync(index: CorpusIndex): SearchIndex {
  const mini = newMiniSearch();
  mini.addAll(documentsOf(index));
  return { corpus: index, mini };
}

export interface SliceOptions {
  /** Milliseconds of work before giving the page back. */
  sliceMs?: number;
  now?: () => number;
  /** Gives the page back (default: a zero timeout). */
  pause?: () => Promise<void>;
}

/** Builds the index in slices of at most `sliceMs` of work, pausing in between. */
export async function buildSearchIndex(
  index: CorpusIndex,
  { sliceMs = 12, now = () => performance.now(), pause = defaultPause }: SliceOptions = {},
): Promise<SearchIndex> {
  const mini = newMiniSearch();
  const docs = documentsOf(index);
  let i = 0;
  while (i < docs.length) {
    const started = now();
    do mini.add(docs[i++]!);
    while (i < docs.length && now() - started < sliceMs);
    if (i < docs.length) await pause();
  }
  return { corpus: index, mini };
}

const defaultPause = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/** The query's words, as the index sees them. */
export function queryWords(query: string): string[] {
  return tokenize(query).map(processTerm);
}

/**
 * Matches the query as a phrase: its words in order, whole words, any case, space = hyphen.
 * Chinese words join with no space and have no word boundary to respect.
 */
export function phrasePattern(query: string): RegExp | null {
  const words = tokens(query).map((t) => t.text);
  if (words.length === 0) return null;
  const esc = (w: string): string => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  let pattern = HAN.test(words[0]![0]!) ? '' : '(?<![\\p{L}\\p{N}])';
  words.forEach((w, k) => {
    if (k > 0) {
      const han = HAN.test(words[k - 1]!.slice(-1)) || HAN.test(w[0]!);
      pattern += han ? '[\\s\\-‐‑–]*' : '[\\s\\-‐‑–]+';
    }
    pattern += esc(w);
  });
  if (!HAN.test(words[words.length - 1]!.slice(-1))) pattern += '(?![\\p{L}\\p{N}])';
  return new RegExp(pattern, 'iu');
}

export function searchSentences(
  si: SearchIndex,
  query: string,
  { year = null, contextWords = 6 }: SearchOptions = {},
): SearchHit[] {
  const words = [...new Set(queryWords(query))];
  if (words.length === 0) return [];
  const phrase = phrasePattern(query);
  const { sentenceByKey } = si.corpus;
  const results = si.mini.search(query, {
    // One Chinese character is a word's worth: let it find the words it begins.
    prefix: (term) => term.length >= 2 || HAN.test(term),
    fuzzy: (term) => (term.length >= 5 ? 1 : false),
    combineWith: 'OR',
    filter:
      year === null ? undefined : (r) => sentenceByKey.get(r.id as SentenceKey)?.doc.year === year,
  });
  const hits: SearchHit[] = [];
  for (const r of results) {
    const sentence = sentenceByKey.get(r.id as SentenceKey);
    if (!sentence) continue;
    const found = phrase?.exec(sentence.text);
    const tier: MatchTier = found
      ? 'phrase'
      : words.every((w) => r.terms.includes(w))
        ? 'all-words'
        : 'partial';
    const locate = (): [number, number] =>
      found ? [found.index, found.index + found[0].length] : firstMatchedWord(sentence.text, r);
    hits.push(new Hit(sentence, tier, r.score, locate, contextWords));
  }
  return hits.sort(
    (a, b) =>
      TIER_RANK[a.tier] - TIER_RANK[b.tier] ||
      b.score - a.score ||
      a.sentence.order - b.sentence.order,
  );
}

/** Offsets of the first word of the sentence that is one of the result's matched terms. */
function firstMatchedWord(text: string, r: SearchResult): [number, number] {
  const terms = new Set(r.terms);
  const hit = tokens(text).find((t) => terms.has(processTerm(t.text)));
  // A Chinese term may be two characters of the index, not a word of the segmenter: find it as is.
  let best: [number, number] | null = hit ? [hit.start, hit.end] : null;
  for (const term of r.terms) {
    if (!HAN.test(term)) continue;
    const at = text.toLowerCase().indexOf(term);
    if (at >= 0 && (best === null || at < best[0])) best = [at, at + term.length];
  }
  return best ?? [0, 0];
}
