// The reader's own concepts: made from an uncoded term or a selected phrase, kept in their browser
// beside their documents, and joined to the project's codebook as concepts marked origin 'user'.
// The project's concepts are never changed or replaced: a user concept has an id and phrases of its
// own, and removing it leaves the codebook as shipped.

import { phraseKey } from '../corpus/phrase-matcher.ts';
import { SLUG } from '../corpus/slug.ts';
import type { Codebook, Concept } from '../corpus/types.ts';
import { labelIn } from '../i18n/labels.ts';
import type { Translator } from '../i18n/translator.ts';
import { conceptNameIn, isUserConcept } from './concept-names.ts';
import type { StoredConcept } from './concept-store.ts';

// Where they are kept, and how they are named, are modules of their own: the shell needs those at
// start, and the code that makes and checks concepts only when the reader makes one.
export {
  MemoryConceptStore,
  sortConcepts,
  type ConceptStore,
  type StoredConcept,
} from './concept-store.ts';
export {
  codebookLabel,
  conceptName,
  conceptNameIn,
  isUserConcept,
  mayNameLocalItems,
} from './concept-names.ts';

/** The codebook as shipped: without any concept of the reader's. */
export function shippedCodebook(codebook: Codebook): Codebook {
  return { ...codebook, concepts: codebook.concepts.filter((c) => !isUserConcept(c)) };
}

/** The shipped codebook and the reader's concepts (those that still fit it), in that order. */
export function mergeCodebook(codebook: Codebook, mine: readonly Concept[]): Codebook {
  const shipped = shippedCodebook(codebook);
  const fitting = usableConcepts(shipped, mine);
  return { ...shipped, concepts: [...shipped.concepts, ...fitting] };
}

/**
 * The reader's concepts that can join this codebook: an id, a theme and phrases that the codebook
 * (as it is now: it may have grown since the concept was made) does not already use.
 */
export function usableConcepts(shipped: Codebook, mine: readonly Concept[]): Concept[] {
  const ids = new Set([...shipped.concepts.map((c) => c.id), ...Object.keys(shipped.renamed)]);
  const themes = new Set(shipped.themes.map((t) => t.id));
  const phrases = new Set(
    [...shipped.concepts.flatMap((c) => c.phrases), ...shipped.names].map(phraseKey),
  );
  const out: Concept[] = [];
  for (const c of mine) {
    const keys = c.phrases.map(phraseKey);
    if (ids.has(c.id) || !themes.has(c.theme) || keys.some((k) => k === '' || phrases.has(k)))
      continue;
    ids.add(c.id);
    for (const k of keys) phrases.add(k);
    out.push({ ...c, origin: 'user' });
  }
  return out;
}

/** What "Make a concept" opens with: a term's words or a selection, or a concept to edit. */
export interface ConceptRequest {
  label: string;
  phrases: string[];
  editing?: StoredConcept;
}

/** A selection in the reader as a phrase: one line, at most eight words, no end punctuation. */
export function phraseFromSelection(selected: string): string | null {
  const words = selected
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
  if (words === '' || words.split(' ').length > 8) return null;
  return words;
}

export interface ConceptDraft {
  label: string;
  theme: string;
  /** One phrase a line (or separated by semicolons). */
  phrases: string;
  definition: string;
}

export type ConceptField = 'label' | 'theme' | 'phrases' | 'definition';

export type CheckedConcept =
  | { ok: true; concept: Concept & { origin: 'user' } }
  | { ok: false; problems: { field: ConceptField; message: string }[] };

/** A slug from a label that no concept (nor an old, renamed id) uses. */
export function conceptId(label: string, taken: ReadonlySet<string>): string {
  const words = label
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .match(/[a-z0-9]+/g);
  let base = (words ?? []).join('-').slice(0, 50).replace(/-+$/, '');
  if (!SLUG.test(base)) base = 'concept';
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}

export const splitPhrases = (text: string): string[] =>
  text
    .split(/[\n;]/)
    .map((p) => p.trim().replace(/\s+/g, ' '))
    .filter((p) => p !== '');

/**
 * Checks a concept the reader made (or is editing: `editing` is its id) against the codebook it
 * joins: every problem names the field and what to do, in the language of `tr`.
 */
export function checkConceptDraft(
  draft: ConceptDraft,
  codebook: Codebook,
  editing: string | null,
  tr: Translator,
): CheckedConcept {
  const problems: { field: ConceptField; message: string }[] = [];
  const label = draft.label.trim().replace(/\s+/g, ' ');
  if (label === '')
    problems.push({ field: 'label', message: tr.t('evidence.concept.problem.noLabel') });
  else if (label.length > 80)
    problems.push({
      field: 'label',
      message: tr.t('evidence.concept.problem.longLabel', { length: label.length }),
    });
  const others = codebook.concepts.filter((c) => c.id !== editing);
  const sameLabel = others.find((c) => c.label.toLowerCase() === label.toLowerCase());
  if (label !== '' && sameLabel)
    problems.push({
      field: 'label',
      message: isUserConcept(sameLabel)
        ? tr.t('evidence.concept.problem.labelYours', { label: sameLabel.label })
        : tr.t('evidence.concept.problem.labelCodebook', { label: labelIn(sameLabel, tr.lang) }),
    });

  const theme = codebook.themes.find((t) => t.id === draft.theme);
  if (!theme)
    problems.push({
      field: 'theme',
      message: tr.t('evidence.concept.problem.theme', {
        themes: tr.list(
          codebook.themes.map((t) => labelIn(t, tr.lang)),
          'disjunction',
        ),
      }),
    });

  const phrases = splitPhrases(draft.phrases);
  if (phrases.length === 0)
    problems.push({ field: 'phrases', message: tr.t('evidence.concept.problem.noPhrase') });
  // A phrase's owner: a concept (by its label in the language), or null for the names left out.
  const owners = new Map<string, string | null>();
  for (const c of others) for (const p of c.phrases) owners.set(phraseKey(p), conceptNameIn(c, tr));
  for (const n of codebook.names) owners.set(phraseKey(n), null);
  const seen = new Set<string>();
  for (const p of phrases) {
    const key = phraseKey(p);
    if (key === '') {
      problems.push({
        field: 'phrases',
        message: tr.t('evidence.concept.problem.emptyPhrase', { phrase: p }),
      });
      continue;
    }
    if (seen.has(key)) {
      problems.push({
        field: 'phrases',
        message: tr.t('evidence.concept.problem.twice', { phrase: p }),
      });
      continue;
    }
    seen.add(key);
    if (!owners.has(key)) continue;
    const owner = owners.get(key);
    problems.push({
      field: 'phrases',
      message:
        owner === null || owner === undefined
          ? tr.t('evidence.concept.problem.takenByName', { phrase: p })
          : tr.t('evidence.concept.problem.taken', { phrase: p, owner }),
    });
  }

  const definition = draft.definition.trim().replace(/\s+/g, ' ');
  if (definition === '')
    problems.push({ field: 'definition', message: tr.t('evidence.concept.problem.noDefinition') });
  else if (definition.length > 300)
    problems.push({
      field: 'definition',
      message: tr.t('evidence.concept.problem.longDefinition', { length: definition.length }),
    });

  if (problems.length > 0) return { ok: false, problems };
  const taken = new Set([...others.map((c) => c.id), ...Object.keys(codebook.renamed)]);
  return {
    ok: true,
    concept: {
      id: editing ?? conceptId(label, taken),
      theme: theme!.id,
      label,
      definition,
      phrases,
      origin: 'user',
    },
  };
}
