// A codebook as a file, to share: the merged codebook (the project's concepts and the reader's)
// written in the schema of data/codebook.json, so that it can be committed to the project as is;
// and a codebook file read back, checked by the same reader as the build (readCodebook: every
// problem with its line), whose new concepts join the reader's own. An import never replaces a
// concept: one whose id is taken by a different concept is left out, with its line and the reason.

import { readCodebook } from '../corpus/codebook.ts';
import { InputError, lineOfJsonValue, formatProblem } from '../corpus/input-error.ts';
import { decodeUtf8 } from '../corpus/input-error.ts';
import { phraseKey } from '../corpus/phrase-matcher.ts';
import type { Codebook, Concept } from '../corpus/types.ts';

/** The codebook file: the fields data/codebook.json has, in its order, the reader's concepts last. */
export function codebookFileText(codebook: Codebook): string {
  const file = {
    version: codebook.version,
    renamed: codebook.renamed,
    names: codebook.names,
    themes: codebook.themes.map((t) => ({
      id: t.id,
      label: t.label,
      definition: t.definition,
      color: t.color,
    })),
    concepts: codebook.concepts.map((c) => ({
      id: c.id,
      theme: c.theme,
      label: c.label,
      definition: c.definition,
      phrases: c.phrases,
    })),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

export interface CodebookImport {
  /** Concepts new to this codebook: they join the reader's own. */
  added: Concept[];
  /** Ids already here with the same content: nothing to do. */
  unchanged: string[];
  /** Concepts left out, each with its line in the file and why. */
  skipped: { id: string; line: number; reason: string }[];
}

export type CodebookImportResult =
  { ok: true; result: CodebookImport } | { ok: false; problems: string[] };

const same = (a: Concept, b: Concept): boolean =>
  a.theme === b.theme &&
  a.label === b.label &&
  a.definition === b.definition &&
  a.phrases.length === b.phrases.length &&
  a.phrases.every((p, i) => p === b.phrases[i]);

/** Reads a codebook file against the current (merged) codebook. */
export function importCodebook(
  path: string,
  content: string | Uint8Array,
  current: Codebook,
): CodebookImportResult {
  let read: Codebook;
  let raw: string;
  try {
    raw = decodeUtf8(path, content);
    read = readCodebook({ path, content: raw });
  } catch (e) {
    if (e instanceof InputError) return { ok: false, problems: e.problems.map(formatProblem) };
    throw e;
  }
  const line = (id: string): number => lineOfJsonValue(raw, id, 'id');
  const byId = new Map(current.concepts.map((c) => [c.id, c]));
  const themes = new Set(current.themes.map((t) => t.id));
  const owners = new Map<string, Concept>();
  for (const c of current.concepts) for (const p of c.phrases) owners.set(phraseKey(p), c);
  for (const n of current.names) owners.set(phraseKey(n), { label: 'a name' } as Concept);

  const result: CodebookImport = { added: [], unchanged: [], skipped: [] };
  for (const c of read.concepts) {
    const here = byId.get(c.id) ?? byId.get(current.renamed[c.id] ?? '');
    if (here && byId.has(c.id) && same(here, c)) {
      result.unchanged.push(c.id);
      continue;
    }
    if (here) {
      result.skipped.push({
        id: c.id,
        line: line(c.id),
        reason: `the id "${c.id}" is already ${here.origin === 'user' ? 'one of your concepts' : 'a concept of the project’s codebook'} (“${here.label}”) with other content; it is not replaced. Give it a new id in the file to add it beside that one.`,
      });
      continue;
    }
    if (!themes.has(c.theme)) {
      result.skipped.push({
        id: c.id,
        line: line(c.id),
        reason: `its theme "${c.theme}" is not a theme of this codebook (${[...themes].join(', ')})`,
      });
      continue;
    }
    const taken = c.phrases
      .map((p) => [p, owners.get(phraseKey(p))] as const)
      .find(([, o]) => o !== undefined);
    if (taken) {
      result.skipped.push({
        id: c.id,
        line: line(c.id),
        reason: `its phrase “${taken[0]}” already belongs to “${taken[1]!.label}”`,
      });
      continue;
    }
    const added: Concept = { ...c, origin: 'user' };
    for (const p of c.phrases) owners.set(phraseKey(p), added);
    byId.set(c.id, added);
    result.added.push(added);
  }
  return { ok: true, result };
}
