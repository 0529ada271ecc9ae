// A light check of a corpus.json fetched by the app: enough to turn a truncated, corrupt or
// outdated file into a clear message instead of a blank page. The full schema is data/corpus.schema.json.

import { CORPUS_SCHEMA_VERSION, type Corpus } from './types.ts';

const LISTS = [
  'documents',
  'mentions',
  'versionMentions',
  'placeMentions',
  'milestoneMentions',
  'themeShares',
  'coded',
  'coverage',
  'forums',
  'milestones',
  'places',
] as const;

export function checkCorpusShape(
  value: unknown,
): { ok: true; corpus: Corpus } | { ok: false; problem: string } {
  if (value === null || typeof value !== 'object' || Array.isArray(value))
    return { ok: false, problem: 'it is not a JSON object' };
  const v = value as Record<string, unknown>;
  if (v['schemaVersion'] !== CORPUS_SCHEMA_VERSION) {
    return {
      ok: false,
      problem: `its schemaVersion is ${JSON.stringify(v['schemaVersion'])}, this app reads version ${CORPUS_SCHEMA_VERSION}`,
    };
  }
  for (const key of LISTS)
    if (!Array.isArray(v[key])) return { ok: false, problem: `"${key}" is missing or not a list` };
  const codebook = v['codebook'] as Record<string, unknown> | undefined;
  if (!codebook || !Array.isArray(codebook['themes']) || !Array.isArray(codebook['concepts']))
    return { ok: false, problem: 'its codebook is missing or incomplete' };
  const edges = v['edges'] as Record<string, unknown> | undefined;
  if (!edges || !Array.isArray(edges['sentence']) || !Array.isArray(edges['paragraph']))
    return { ok: false, problem: 'its co-occurrence edges are missing' };
  return { ok: true, corpus: value as Corpus };
}
