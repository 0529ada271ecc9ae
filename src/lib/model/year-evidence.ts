// Evidence for a concept or a theme in chosen forum years, each year by what it rests on: the
// sentences of a text year, or the entries of a record year's coding (never both for one year).

import { sentenceKey } from '../corpus/cooccurrence.ts';
import type { CodedConcept, SentenceKey } from '../corpus/types.ts';
import { labelIn } from '../i18n/labels.ts';
import type { Translator } from '../i18n/translator.ts';
import { yearBasis, type CorpusIndex } from './corpus-index.ts';
import { markSentence, type Evidence, type EvidenceSentence } from './evidence.ts';

/** How much evidence each year has, for a line such as "2023 (record): 1 coded entry". */
export interface YearEvidenceCount {
  year: number;
  basis: 'text' | 'record' | 'none';
  sentences: number;
  coded: number;
}

export interface YearEvidence extends Evidence {
  years: YearEvidenceCount[];
}

function gather(
  index: CorpusIndex,
  title: string,
  concepts: ReadonlySet<string>,
  years: readonly number[],
): YearEvidence {
  const sentences: EvidenceSentence[] = [];
  const coded: CodedConcept[] = [];
  const counts: YearEvidenceCount[] = [];
  for (const year of [...new Set(years)]) {
    const basis = yearBasis(index, year);
    const count: YearEvidenceCount = { year, basis: basis.kind, sentences: 0, coded: 0 };
    if (basis.kind === 'text') {
      const docs = new Set(basis.documents.map((d) => d.id));
      const keys = new Set<SentenceKey>();
      for (const m of index.corpus.mentions)
        if (docs.has(m.doc) && concepts.has(m.ref)) keys.add(sentenceKey(m.doc, m.sentence));
      const found = [...keys]
        .map((k) => index.sentenceByKey.get(k))
        .filter((s) => s !== undefined)
        .sort((x, y) => x.order - y.order)
        .map((s) => markSentence(index, s, concepts));
      sentences.push(...found);
      count.sentences = found.length;
    } else if (basis.kind === 'record') {
      const found = basis.coded.filter((c) => concepts.has(c.concept));
      coded.push(...found);
      count.coded = found.length;
    }
    counts.push(count);
  }
  sentences.sort((x, y) => x.sentence.order - y.sentence.order);
  return { title, sentences, coded, years: counts };
}

/** "Data flows, 2023 and 2024" / "数据流动，2023和2024年". */
function evidenceTitle(label: string, years: readonly number[], tr: Translator): string {
  return tr.t('compare.evidenceTitle', { name: label, years: tr.list(years.map(String)) });
}

/** A concept's sentences (text years) and coded record entries (record years), for the given years. */
export function conceptYearEvidence(
  index: CorpusIndex,
  conceptId: string,
  years: readonly number[],
  tr: Translator,
): YearEvidence {
  const concept = index.conceptById.get(conceptId);
  const label = concept ? labelIn(concept, tr.lang) : conceptId;
  return gather(index, evidenceTitle(label, years, tr), new Set([conceptId]), years);
}

/** A theme's sentences and coded entries: those of any concept of the theme. */
export function themeYearEvidence(
  index: CorpusIndex,
  themeId: string,
  years: readonly number[],
  tr: Translator,
): YearEvidence {
  const theme = index.themeById.get(themeId);
  const label = theme ? labelIn(theme, tr.lang) : themeId;
  const concepts = new Set(index.concepts.filter((c) => c.theme === themeId).map((c) => c.id));
  return gather(index, evidenceTitle(label, years, tr), concepts, years);
}
