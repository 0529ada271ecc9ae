// In which forum years each concept appears, and how we know: matched in a year's text, or coded
// from the year's record. A year with a text never uses its record (yearBasis).

import { yearBasis, type CorpusIndex } from './corpus-index.ts';

export interface YearPresence {
  year: number;
  /** Mentions in that year's texts (0 for a record year). */
  mentions: number;
  /** True when the year rests on its record and the record codes the concept. */
  coded: boolean;
}

/** concept id → its presence in each year where it is present, years ascending. */
export function conceptYearPresence(index: CorpusIndex): Map<string, YearPresence[]> {
  const out = new Map<string, YearPresence[]>();
  const add = (concept: string, p: YearPresence): void => {
    const list = out.get(concept);
    if (list) list.push(p);
    else out.set(concept, [p]);
  };
  for (const year of index.years) {
    const basis = yearBasis(index, year);
    if (basis.kind === 'text') {
      const docs = new Set(basis.documents.map((d) => d.id));
      const counts = new Map<string, number>();
      for (const m of index.corpus.mentions)
        if (docs.has(m.doc)) counts.set(m.ref, (counts.get(m.ref) ?? 0) + 1);
      for (const [concept, mentions] of counts) add(concept, { year, mentions, coded: false });
    } else if (basis.kind === 'record') {
      for (const concept of new Set(basis.coded.map((c) => c.concept)))
        add(concept, { year, mentions: 0, coded: true });
    }
  }
  for (const list of out.values()) list.sort((a, b) => a.year - b.year);
  return out;
}
