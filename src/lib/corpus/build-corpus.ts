// Builds the corpus from checked inputs: documents cut into paragraphs and sentences, codebook
// phrases (and place and milestone names) matched with exact offsets, co-occurrence edges that know
// their sentences, theme shares per 1,000 words, coded record concepts kept apart, coverage.
// Pure and deterministic: the same inputs give the same corpus, whatever order they come in.

import { ChineseMatcher } from './chinese-matcher.ts';
import { buildCooccurrenceEdges } from './cooccurrence.ts';
import { languageName, languageRules } from './language.ts';
import { PhraseMatcher, tokenize, type PhraseMatch } from './phrase-matcher.ts';
import type { Records } from './records.ts';
import { segmentText, wordsInTokens } from './segment.ts';
import { countChineseWords, segmentChinese } from './segment-zh.ts';
import { computeThemeShares } from './theme-shares.ts';
import {
  CORPUS_SCHEMA_VERSION,
  type Codebook,
  type CodedConcept,
  type Corpus,
  type CorpusDocument,
  type Coverage,
  type DocumentOrigin,
  type Mention,
  type SourceHeader,
} from './types.ts';
import { uncountedVersions } from './versions.ts';

export interface DocumentInput {
  header: SourceHeader;
  text: string;
  origin: DocumentOrigin;
}

export interface CorpusMatchers {
  concepts: PhraseMatcher;
  places: PhraseMatcher;
  milestones: PhraseMatcher;
  /** The codebook's Chinese phrases, for Chinese texts (places and milestones have none yet). */
  chinese: ChineseMatcher;
}

/** Ref of codebook 'names': matched so that they win over the phrases inside them, then dropped. */
const NAME_REF = '';

export function compileMatchers(codebook: Codebook, records: Records): CorpusMatchers {
  return {
    concepts: new PhraseMatcher([
      ...codebook.concepts.map((c) => ({ ref: c.id, phrases: c.phrases })),
      { ref: NAME_REF, phrases: codebook.names },
    ]),
    places: new PhraseMatcher(records.places.map((p) => ({ ref: p.id, phrases: p.phrases }))),
    milestones: new PhraseMatcher(
      records.milestones.map((m) => ({ ref: m.id, phrases: m.phrases })),
      { shared: true },
    ),
    chinese: new ChineseMatcher([
      ...codebook.concepts.map((c) => ({ ref: c.id, phrases: c.phrasesZh ?? [] })),
      { ref: NAME_REF, phrases: codebook.namesZh ?? [] },
    ]),
  };
}

export function compareDocuments(a: SourceHeader, b: SourceHeader): number {
  return (
    a.year - b.year ||
    (a.date < b.date ? -1 : a.date > b.date ? 1 : 0) ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

export function buildCorpus(
  codebook: Codebook,
  records: Records,
  documents: readonly DocumentInput[],
  matchers: CorpusMatchers = compileMatchers(codebook, records),
  interfaceLanguage = 'en',
): Corpus {
  const ordered = [...documents].sort((a, b) => compareDocuments(a.header, b.header));
  const uncounted = uncountedVersions(
    ordered.map((d) => d.header),
    interfaceLanguage,
  );
  const docs: CorpusDocument[] = [];
  const allMentions: Mention[] = [];
  const placeMentions: Mention[] = [];
  const milestoneMentions: Mention[] = [];
  const coverage: Coverage[] = [];

  for (const input of ordered) {
    const { text } = input;
    const rules = languageRules(input.header.language);
    const { paragraphs, sentences } = rules === 'zh' ? segmentChinese(text) : segmentText(text);
    // A forum whose outcome is this document may give its title in the original language.
    const outcome = records.forums.find((f) => f.document === input.header.id)?.outcome;
    const doc: CorpusDocument = {
      ...input.header,
      ...(outcome?.originalTitle ? { originalTitle: outcome.originalTitle } : {}),
      origin: input.origin,
      text,
      wordCount: 0,
      paragraphs,
      sentences,
    };
    const countedAs = uncounted.get(doc.id);
    if (countedAs !== undefined) doc.countedVersion = countedAs;
    docs.push(doc);
    const unmatched: string[] = [];
    let matchedBeyondSubject = 0;
    for (const s of sentences) {
      if (rules === 'zh') {
        doc.wordCount += countChineseWords(text, s.start, s.end);
        const found = matchers.chinese
          .match(text, s.start, s.end)
          .filter((m) => m.ref !== NAME_REF);
        if (found.length === 0) unmatched.push(s.id);
        if (found.some((m) => m.ref !== codebook.subject)) matchedBeyondSubject++;
        allMentions.push(
          ...found.map((m) => ({
            doc: input.header.id,
            sentence: s.id,
            ref: m.ref,
            start: m.start,
            end: m.end,
            text: text.slice(m.start, m.end),
          })),
        );
        continue;
      }
      const tokens = tokenize(text, s.start, s.end);
      doc.wordCount += wordsInTokens(text, tokens);
      // A language the codebook has no phrases in: read with the English rules, matched against nothing.
      const found =
        rules === null
          ? []
          : matchers.concepts.matchTokens(text, tokens, s.end).filter((m) => m.ref !== NAME_REF);
      if (found.length === 0) unmatched.push(s.id);
      if (found.some((m) => m.ref !== codebook.subject)) matchedBeyondSubject++;
      const toMention = (m: PhraseMatch): Mention => ({
        doc: input.header.id,
        sentence: s.id,
        ref: m.ref,
        start: m.start,
        end: m.end,
        text: text.slice(m.start, m.end),
      });
      allMentions.push(...found.map(toMention));
      if (rules === null) continue;
      placeMentions.push(...matchers.places.matchTokens(text, tokens, s.end).map(toMention));
      milestoneMentions.push(
        ...matchers.milestones.matchTokens(text, tokens, s.end).map(toMention),
      );
    }
    const cov: Coverage = {
      doc: input.header.id,
      sentences: sentences.length,
      matched: sentences.length - unmatched.length,
      matchedBeyondSubject,
      unmatched,
    };
    if (rules === null)
      cov.note = `no concepts are matched: the text is in ${languageName(input.header.language)}, and the codebook has phrases in English and Chinese only`;
    coverage.push(cov);
  }

  // A year with two language versions counts once: charts read `mentions`, and the documents
  // they weigh (edges, theme shares) are the counted ones.
  const mentions = allMentions.filter((m) => !uncounted.has(m.doc));
  const versionMentions = allMentions.filter((m) => uncounted.has(m.doc));
  const countedDocs = docs.filter((d) => !uncounted.has(d.id));

  const coded: CodedConcept[] = records.forums.flatMap((f) =>
    (f.record?.coded ?? []).map((c) => ({
      year: f.year,
      concept: c.concept,
      words: c.words,
      note: c.note,
      source: f.record!.source,
    })),
  );

  return {
    schemaVersion: CORPUS_SCHEMA_VERSION,
    codebook,
    documents: docs,
    mentions,
    versionMentions,
    placeMentions,
    milestoneMentions,
    edges: {
      sentence: buildCooccurrenceEdges(countedDocs, mentions, 'sentence'),
      paragraph: buildCooccurrenceEdges(countedDocs, mentions, 'paragraph'),
    },
    themeShares: computeThemeShares(countedDocs, mentions, codebook),
    coded,
    coverage,
    forums: records.forums,
    milestones: records.milestones,
    places: records.places,
  };
}

/** The inputs a corpus was built from, so that it can be rebuilt with more documents (in the browser). */
export function corpusInputs(corpus: Corpus): {
  codebook: Codebook;
  records: Records;
  documents: DocumentInput[];
} {
  return {
    codebook: corpus.codebook,
    records: { forums: corpus.forums, milestones: corpus.milestones, places: corpus.places },
    documents: corpus.documents.map((d) => ({
      header: {
        id: d.id,
        title: d.title,
        year: d.year,
        date: d.date,
        language: d.language,
        kind: d.kind,
        source: d.source,
        complete: d.complete,
        ...(d.versionOf === undefined ? {} : { versionOf: d.versionOf }),
      },
      text: d.text,
      origin: d.origin,
    })),
  };
}
