// Which corpus a list of uncoded terms was found in: a hash of everything extractUncodedTerms reads
// (each document's id, language, year, text and sentence bounds, the codebook's proper names, the
// concept mentions' places). The build writes the shipped corpus's terms with this hash beside them
// (vite.config.ts), so that a page showing that corpus reads them instead of starting the tagging
// worker; any other corpus (the reader's documents or concepts joined) hashes differently.

/** FNV-1a (32 bits) over the UTF-16 code units of the parts, a separator after each. */
function fnv1a(parts: Iterable<string | number>): string {
  let h = 0x811c9dc5;
  const add = (s: string): void => {
    for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
    h = Math.imul(h ^ 0x1f, 0x01000193);
  };
  for (const p of parts) add(String(p));
  return (h >>> 0).toString(16).padStart(8, '0');
}

/** The fields of a corpus that its uncoded terms depend on. */
export interface TermsInput {
  codebook: { names: readonly string[] };
  documents: readonly {
    id: string;
    language: string;
    year: number;
    text: string;
    sentences: readonly { start: number; end: number }[];
  }[];
  mentions: readonly { doc: string; start: number; end: number }[];
}

function* termsInputParts(corpus: TermsInput): Generator<string | number> {
  yield corpus.documents.length;
  for (const d of corpus.documents) {
    yield d.id;
    yield d.language;
    yield d.year;
    yield d.text;
    yield d.sentences.length;
    for (const s of d.sentences) yield `${s.start}-${s.end}`;
  }
  yield corpus.codebook.names.length;
  yield* corpus.codebook.names;
  yield corpus.mentions.length;
  for (const m of corpus.mentions) yield `${m.doc}:${m.start}-${m.end}`;
}

/**
 * The same string for two corpora that agree on everything their terms depend on; a different one
 * for any other (but for a hash collision, about one chance in four billion).
 */
export const termsFingerprint = (corpus: TermsInput): string => fnv1a(termsInputParts(corpus));
