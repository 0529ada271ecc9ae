// Uncoded terms: what a text says in its own words that no concept of the codebook covers.
//
// Candidates: in each sentence, the words that lie in no concept mention (and in none of the
// codebook's proper names) are cut into runs at stop words and punctuation (the tokenizer decides
// both, so another language plugs in); every stretch of one to four words of a run is a candidate.
// Counted per scope (a document, or a forum year's documents), a candidate that only ever occurs
// inside one longer candidate ("action initiative" always inside "digital inclusion action
// initiative") is dropped in favour of the longer one.
//
// Scored by log-likelihood (Dunning's G², as Rayson & Garside use it for keywords): how surprising a
// term's count in the scope is, given its count in the rest of the corpus. Chosen over TF-IDF
// because this corpus has very few documents (one full text, a few added ones): IDF over two or
// three documents takes only a handful of values and gives every term found in all of them a
// weight of zero, whatever its frequency, while G² compares rates, uses the counts themselves and
// is well-behaved for the small counts of a single statement. A term said less often here than in
// the rest gets a negative score (it is characteristic of the rest, not of this scope). When a
// scope has nothing to be compared with (the corpus is that one scope), its terms are ranked by
// how often they are said, and the scope says so (`method: 'frequency'`).
//
// Each occurrence is a Mention (ref = the term's key) with exact offsets, like a concept's.
// Deterministic: same corpus, same terms in the same order.

import { PhraseMatcher } from './phrase-matcher.ts';
import { TERM_TOKENIZERS, type TermToken, type TermTokenizer } from './term-tokenizer.ts';
import type { TermIndex, TermScope, UncodedTerm } from './term-index.ts';
import type { Corpus, CorpusDocument } from './types.ts';

// The index's shape and its queries live apart, so that the views that read an index do not load
// the extractor (it runs in the tagging worker).
export {
  termsInSentences,
  wordingOnlyIn,
  type TermIndex,
  type TermScope,
  type UncodedTerm,
} from './term-index.ts';

export const MAX_TERM_WORDS = 4;

export interface TermOptions {
  /** How many terms each scope keeps (with their occurrences). */
  limit?: number;
  tokenizers?: Readonly<Record<string, TermTokenizer>>;
}

interface Occurrence {
  key: string;
  /** The words' keys, so that a term's shorter ends can be named whatever the joiner. */
  parts: readonly string[];
  words: number;
  doc: string;
  sentence: string;
  start: number;
  end: number;
  text: string;
}

/** Candidate occurrences of one document, in text order, and how many words it has. */
export function candidateTerms(
  doc: CorpusDocument,
  covered: readonly { start: number; end: number }[],
  tokenizer: TermTokenizer,
): { occurrences: Occurrence[]; words: number } {
  const out: Occurrence[] = [];
  let words = 0;
  const spans = [...covered].sort((a, b) => a.start - b.start);
  let k = 0;
  for (const s of doc.sentences) {
    const tokens = tokenizer.words(doc.text, s.start, s.end);
    words += tokens.length;
    let run: TermToken[] = [];
    const flush = (): void => {
      for (let i = 0; i < run.length; i++) {
        for (let n = 1; n <= MAX_TERM_WORDS && i + n <= run.length; n++) {
          const first = run[i]!;
          const last = run[i + n - 1]!;
          if (n === 1 ? !first.alone : !last.ends) continue;
          const parts = run.slice(i, i + n).map((t) => t.key);
          out.push({
            key: parts.join(tokenizer.joiner),
            parts,
            words: n,
            doc: doc.id,
            sentence: s.id,
            start: first.start,
            end: last.end,
            text: doc.text.slice(first.start, last.end),
          });
        }
      }
      run = [];
    };
    for (const t of tokens) {
      while (k < spans.length && spans[k]!.end <= t.start) k++;
      const inMention = k < spans.length && spans[k]!.start < t.end;
      const prev = run[run.length - 1];
      if (prev && tokenizer.breaks(doc.text.slice(prev.end, t.start))) flush();
      // Stop words end a run: terms hold no function words ("rule of law" is not a term here).
      if (inMention || t.stop) {
        flush();
        continue;
      }
      run.push(t);
    }
    flush();
  }
  return { occurrences: out, words };
}

interface Tally {
  count: number;
  parts: readonly string[];
  words: number;
  forms: Map<string, number>;
  occurrences: Occurrence[];
}

function tally(occurrences: readonly Occurrence[]): Map<string, Tally> {
  const out = new Map<string, Tally>();
  for (const o of occurrences) {
    let t = out.get(o.key);
    if (!t) {
      t = { count: 0, parts: o.parts, words: o.words, forms: new Map(), occurrences: [] };
      out.set(o.key, t);
    }
    t.count++;
    t.forms.set(o.text, (t.forms.get(o.text) ?? 0) + 1);
    t.occurrences.push(o);
  }
  return out;
}

/** Keys said only inside one longer term: each (n−1)-word end of a term said as often as it. */
function nestedKeys(counts: ReadonlyMap<string, Tally>, joiner: string): Set<string> {
  const nested = new Set<string>();
  for (const t of counts.values()) {
    if (t.words < 2) continue;
    for (const sub of [t.parts.slice(1), t.parts.slice(0, -1)]) {
      const subKey = sub.join(joiner);
      if (counts.get(subKey)?.count === t.count) nested.add(subKey);
    }
  }
  return nested;
}

/** Dunning's log-likelihood G² for a count a of c words against b of d words, signed. */
export function logLikelihood(a: number, c: number, b: number, d: number): number {
  if (c === 0 || d === 0) return 0;
  const e1 = (c * (a + b)) / (c + d);
  const e2 = (d * (a + b)) / (c + d);
  const g2 = 2 * ((a > 0 ? a * Math.log(a / e1) : 0) + (b > 0 ? b * Math.log(b / e2) : 0));
  return a / c < b / d ? -g2 : g2;
}

const compareTerms = (x: UncodedTerm, y: UncodedTerm): number =>
  y.score - x.score ||
  y.count - x.count ||
  y.words - x.words ||
  (x.key < y.key ? -1 : x.key > y.key ? 1 : 0);

function commonForm(forms: ReadonlyMap<string, number>): string {
  let best = '';
  let bestCount = 0;
  // Map order is first-seen order, so on a tie the earliest written form stays.
  for (const [form, n] of forms)
    if (n > bestCount) {
      best = form;
      bestCount = n;
    }
  return best;
}

function scoreScope(
  id: string,
  inside: ReadonlyMap<string, Tally>,
  /** Counts over the whole corpus: what is said elsewhere is all minus inside. */
  all: ReadonlyMap<string, Tally>,
  words: number,
  wordsElsewhere: number,
  joiner: string,
  limit: number,
): TermScope {
  const method = wordsElsewhere > 0 ? 'log-likelihood' : 'frequency';
  const nested = nestedKeys(inside, joiner);
  const terms: UncodedTerm[] = [];
  for (const [key, t] of inside) {
    if (nested.has(key)) continue;
    const elsewhere = all.get(key)!.count - t.count;
    terms.push({
      key,
      text: commonForm(t.forms),
      words: t.words,
      count: t.count,
      elsewhere,
      score:
        method === 'frequency'
          ? t.count
          : round(logLikelihood(t.count, words, elsewhere, wordsElsewhere)),
      occurrences: [],
    });
  }
  terms.sort(compareTerms);
  const kept = terms.slice(0, limit);
  for (const term of kept)
    term.occurrences = inside.get(term.key)!.occurrences.map((o) => ({
      doc: o.doc,
      sentence: o.sentence,
      ref: o.key,
      start: o.start,
      end: o.end,
      text: o.text,
    }));
  return {
    id,
    words,
    wordsElsewhere,
    method,
    terms: kept,
    vocabulary: [...inside.keys()].sort(),
  };
}

// Scores rounded to 1e-6 so that the order never rests on the last bits of a float.
const round = (x: number): number => Math.round(x * 1e6) / 1e6;

/** The corpus's uncoded terms, per document and per forum year. */
export function extractUncodedTerms(corpus: Corpus, options: TermOptions = {}): TermIndex {
  const limit = options.limit ?? 100;
  const tokenizers = options.tokenizers ?? TERM_TOKENIZERS;
  const names = new PhraseMatcher([{ ref: 'name', phrases: corpus.codebook.names }]);
  const coveredByDoc = new Map<string, { start: number; end: number }[]>();
  for (const m of corpus.mentions) {
    let list = coveredByDoc.get(m.doc);
    if (!list) coveredByDoc.set(m.doc, (list = []));
    list.push(m);
  }

  const unsupported: TermIndex['unsupported'] = [];
  const perDoc: { doc: CorpusDocument; counts: Map<string, Tally>; words: number }[] = [];
  let joiner = ' ';
  for (const doc of corpus.documents) {
    const tokenizer = tokenizers[doc.language];
    if (!tokenizer) {
      unsupported.push({ doc: doc.id, language: doc.language });
      continue;
    }
    joiner = tokenizer.joiner;
    const covered = [...(coveredByDoc.get(doc.id) ?? []), ...names.match(doc.text)];
    const { occurrences, words } = candidateTerms(doc, covered, tokenizer);
    perDoc.push({ doc, counts: tally(occurrences), words });
  }

  // `counted`: only counts are needed (the whole corpus's), not forms and occurrences.
  const merge = (parts: readonly Map<string, Tally>[], counted = false): Map<string, Tally> => {
    const out = new Map<string, Tally>();
    for (const part of parts)
      for (const [key, t] of part) {
        const into = out.get(key);
        if (!into)
          out.set(key, {
            count: t.count,
            parts: t.parts,
            words: t.words,
            forms: counted ? new Map() : new Map(t.forms),
            occurrences: counted ? [] : [...t.occurrences],
          });
        else {
          into.count += t.count;
          if (counted) continue;
          for (const [f, n] of t.forms) into.forms.set(f, (into.forms.get(f) ?? 0) + n);
          into.occurrences.push(...t.occurrences);
        }
      }
    return out;
  };

  const all = merge(
    perDoc.map((p) => p.counts),
    true,
  );
  const totalWords = perDoc.reduce((n, p) => n + p.words, 0);
  const documents = perDoc.map((p) =>
    scoreScope(p.doc.id, p.counts, all, p.words, totalWords - p.words, joiner, limit),
  );
  const years = [...new Set(perDoc.map((p) => p.doc.year))]
    .sort((a, b) => a - b)
    .map((year) => {
      const inYear = perDoc.filter((p) => p.doc.year === year);
      const counts = inYear.length === 1 ? inYear[0]!.counts : merge(inYear.map((p) => p.counts));
      const words = inYear.reduce((n, p) => n + p.words, 0);
      return scoreScope(String(year), counts, all, words, totalWords - words, joiner, limit);
    });
  return { documents, years, unsupported };
}
