// Checks every input file together and reports all problems at once, each as `path:line: message`.
// Pure: the caller reads the files (from disk in Node, from a drop or IndexedDB in the browser).

import { buildCorpus, compileMatchers, type DocumentInput } from './build-corpus.ts';
import { readCodebook } from './codebook.ts';
import { InputError, lineOfJsonValue, type InputProblem } from './input-error.ts';
import { readRecords } from './records.ts';
import { parseSourceFile, type ParsedSource } from './source-file.ts';
import type { Codebook, Corpus, InputFile } from './types.ts';

export interface CorpusFiles {
  codebook: InputFile;
  forums: InputFile;
  milestones: InputFile;
  places: InputFile;
  sources: InputFile[];
}

function attempt<T>(problems: InputProblem[], read: () => T): T | null {
  try {
    return read();
  } catch (e) {
    if (e instanceof InputError) {
      problems.push(...e.problems);
      return null;
    }
    throw e;
  }
}

/** Reads and checks all inputs, then builds the corpus. Throws one InputError listing every problem. */
export function buildCorpusFromFiles(files: CorpusFiles): Corpus {
  const problems: InputProblem[] = [];
  const codebook = attempt(problems, () => readCodebook(files.codebook));
  const records = codebook ? attempt(problems, () => readRecords(files, codebook)) : null;

  const parsed: ParsedSource[] = [];
  const firstPath = new Map<string, string>();
  let unreadable = 0;
  for (const file of files.sources) {
    const source = attempt(problems, () => parseSourceFile(file));
    if (!source) {
      unreadable++;
      continue;
    }
    const other = firstPath.get(source.header.id);
    if (other !== undefined) {
      problems.push({
        path: file.path,
        line: idLine(file),
        message: `duplicate document id "${source.header.id}" (also in ${other})`,
      });
      continue;
    }
    firstPath.set(source.header.id, file.path);
    parsed.push(source);
  }
  // A source that could not be read may be the one a forum names: blame it, not the forum.
  if (records && unreadable === 0) {
    const ids = new Set(parsed.map((p) => p.header.id));
    for (const p of parsed) {
      const of = p.header.versionOf;
      if (of !== undefined && !ids.has(of))
        problems.push({
          path: p.path,
          line: headerLine(
            files.sources.find((f) => f.path === p.path)!,
            'versionOf',
          ),
          message: `"versionOf" names "${of}", but no file in the sources has that id`,
        });
    }
    for (const f of records.forums) {
      if (f.document !== null && !ids.has(f.document)) {
        problems.push({
          path: files.forums.path,
          line: lineOfJsonValue(text(files.forums), f.document, 'document'),
          message: `forum ${f.year}: "document" names "${f.document}", but no file in the sources has that id`,
        });
      }
    }
  }
  if (problems.length > 0 || !codebook || !records) throw new InputError(problems);

  const documents: DocumentInput[] = parsed.map((p) => ({
    header: p.header,
    text: p.text,
    origin: 'project',
  }));
  const corpus = buildCorpus(codebook, records, documents, compileMatchers(codebook, records));
  const unnamed = placesNotNamedWhereSaid(corpus);
  if (unnamed.length > 0) {
    throw new InputError(
      unnamed.map(({ place, message }) => ({
        path: files.places.path,
        line: lineOfJsonValue(text(files.places), place, 'id'),
        message,
      })),
    );
  }
  const unused = unusedConcepts(corpus, codebook);
  if (unused.length > 0) {
    throw new InputError(
      unused.map((id) => ({
        path: files.codebook.path,
        line: lineOfJsonValue(text(files.codebook), id, 'id'),
        message: `concept "${id}" matches no sentence of the sources and is coded in no forum record: add a phrase that the texts use, code it in data/forums.json, or remove it`,
      })),
    );
  }
  return corpus;
}

/**
 * Places whose "namedIn" lists a sentence that does not name them (or a document that is not
 * there): the reader's links must land on the words that name the place.
 */
export function placesNotNamedWhereSaid(corpus: Corpus): { place: string; message: string }[] {
  const out: { place: string; message: string }[] = [];
  for (const p of corpus.places) {
    if (!p.namedIn) continue;
    const doc = corpus.documents.find((d) => d.id === p.namedIn!.document);
    if (!doc) {
      out.push({
        place: p.id,
        message: `place "${p.id}": "namedIn" names document "${p.namedIn.document}", but no source has that id`,
      });
      continue;
    }
    for (const sentence of p.namedIn.sentences) {
      const named = corpus.placeMentions.some(
        (m) => m.ref === p.id && m.doc === doc.id && m.sentence === sentence,
      );
      if (!named)
        out.push({
          place: p.id,
          message: `place "${p.id}": sentence ${doc.id} ${sentence} does not name it (no phrase of the place matches there)`,
        });
    }
  }
  return out;
}

/** Concepts that neither match any text nor are coded in any forum record. */
export function unusedConcepts(corpus: Corpus, codebook: Codebook): string[] {
  const used = new Set([
    ...corpus.mentions.map((m) => m.ref),
    ...corpus.versionMentions.map((m) => m.ref),
    ...corpus.coded.map((c) => c.concept),
  ]);
  return codebook.concepts.map((c) => c.id).filter((id) => !used.has(id));
}

function text(file: InputFile): string {
  return typeof file.content === 'string' ? file.content : new TextDecoder().decode(file.content);
}

function idLine(file: InputFile): number {
  return headerLine(file, 'id');
}

function headerLine(file: InputFile, field: string): number {
  const lines = text(file).split('\n');
  const i = lines.findIndex((l) => new RegExp(`^${field}\\s*:`, 'i').test(l));
  return i < 0 ? 1 : i + 1;
}
