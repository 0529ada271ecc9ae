// A forum year's theme profile: how much of what the year says falls in each theme. A text year
// counts mentions (and mentions per 1,000 words, so an excerpt and a full text compare fairly); a
// record year counts the concepts coded from its record, and says so: the two are never mixed.

import type { CorpusDocument, Theme } from '../corpus/types.ts';
import type { Translator } from '../i18n/translator.ts';
import { yearBasis, type CorpusIndex, type YearBasis } from './corpus-index.ts';

export interface ThemeProfileRow {
  theme: Theme;
  /** Text year: mentions of the theme's concepts. Record year: coded concepts of the theme. */
  count: number;
  /** Mentions per 1,000 words (text years only; null for a record). */
  per1000: number | null;
  /** This theme's part of the year's count (0–1). */
  share: number;
}

export interface ThemeProfile {
  year: number;
  basis: YearBasis['kind'];
  /** Codebook theme order. */
  rows: ThemeProfileRow[];
  /** Mentions (text) or distinct coded concepts (record). */
  total: number;
  /** Words of the year's texts (text years only). */
  wordCount: number | null;
  /** The documents behind a text year. */
  documents: CorpusDocument[];
  /** What the profile rests on (its words: basisLabel). */
  yearBasis: YearBasis;
  /** The page the basis rests on: the record's source, or the texts' sources. */
  source: string | null;
  /** A record year: how much of the document its record covers. */
  extent: string | null;
}

const round2 = (x: number): number => Math.round(x * 100) / 100;

/**
 * What a year rests on, in words for a chart: shown wherever years are compared, e.g. "2023: coded
 * from its published record, paragraphs I–III only". A record's extent is the data's own words
 * (English: no source gives it in Chinese).
 */
export function basisLabel(basis: YearBasis, tr: Translator): string {
  const year = String(basis.year);
  switch (basis.kind) {
    case 'text': {
      const count = basis.documents.length;
      if (count > 1)
        return basis.complete
          ? tr.t('compare.basis.fullTextDocuments', { year, count })
          : tr.t('compare.basis.excerptDocuments', { year, count });
      return basis.complete
        ? tr.t('compare.basis.fullText', { year })
        : tr.t('compare.basis.excerpt', { year });
    }
    case 'record': {
      const extent = basis.forum.record?.extent;
      return extent
        ? tr.t('compare.basis.record', { year, extent })
        : tr.t('compare.basis.recordNoExtent', { year });
    }
    case 'none':
      return tr.t('compare.basis.none', { year });
  }
}

export function themeProfile(index: CorpusIndex, year: number): ThemeProfile {
  const basis = yearBasis(index, year);
  const counts = new Map<string, number>();
  let wordCount: number | null = null;
  let documents: CorpusDocument[] = [];
  let source: string | null = null;
  if (basis.kind === 'text') {
    documents = basis.documents;
    const docs = new Set(documents.map((d) => d.id));
    for (const s of index.corpus.themeShares)
      if (docs.has(s.doc)) counts.set(s.theme, (counts.get(s.theme) ?? 0) + s.mentions);
    wordCount = documents.reduce((n, d) => n + d.wordCount, 0);
    source = documents.find((d) => d.source !== '')?.source ?? null;
  } else if (basis.kind === 'record') {
    for (const concept of new Set(basis.coded.map((c) => c.concept))) {
      const theme = index.conceptById.get(concept)?.theme;
      if (theme !== undefined) counts.set(theme, (counts.get(theme) ?? 0) + 1);
    }
    source = basis.forum.record?.source ?? null;
  }
  const total = [...counts.values()].reduce((a, b) => a + b, 0);
  const rows = index.themes.map((theme) => {
    const count = counts.get(theme.id) ?? 0;
    return {
      theme,
      count,
      per1000: wordCount === null ? null : wordCount > 0 ? round2((count * 1000) / wordCount) : 0,
      share: total > 0 ? count / total : 0,
    };
  });
  return {
    year,
    basis: basis.kind,
    rows,
    total,
    wordCount,
    documents,
    yearBasis: basis,
    source,
    extent: basis.kind === 'record' ? (basis.forum.record?.extent ?? null) : null,
  };
}
