// How the reader's own concepts (user-concepts.ts) are named beside the codebook's, and when a
// link may name some kept in another browser.

import { SLUG } from '../corpus/slug.ts';
import type { Codebook, Concept } from '../corpus/types.ts';
import { labelIn } from '../i18n/labels.ts';
import type { Translator } from '../i18n/translator.ts';

export const isUserConcept = (c: Pick<Concept, 'origin'> | undefined): boolean =>
  c?.origin === 'user';

/** "1.0.0", or "1.0.0 + 2 concepts of the reader's own": what a chart's numbers rest on. */
export function codebookLabel(codebook: Codebook): string {
  const n = codebook.concepts.filter(isUserConcept).length;
  return n === 0
    ? codebook.version
    : `${codebook.version} + ${n} ${n === 1 ? 'concept' : 'concepts'} of the reader’s own`;
}

/** How a concept is named where it appears beside the codebook's: the reader's marked as theirs. */
export const conceptName = (c: Pick<Concept, 'label' | 'origin'>): string =>
  isUserConcept(c) ? `${c.label} (yours)` : c.label;

/** The same in the language of `tr`: the codebook's Chinese label, the reader's own words. */
export const conceptNameIn = (
  c: Pick<Concept, 'label' | 'labelZh' | 'origin'>,
  tr: Translator,
): string =>
  isUserConcept(c) ? tr.t('graph.yourConcept', { label: c.label }) : labelIn(c, tr.lang);

/**
 * Whether a link's problems may come from concepts or documents its maker kept in their own
 * browser: an unknown concept, link or document whose id is a well-formed slug.
 */
export function mayNameLocalItems(
  problems: readonly { param: string; value: string; reason: string }[],
): boolean {
  return problems.some(
    (p) =>
      (p.reason === 'unknown concept' || p.reason === 'unknown document') &&
      p.value.split('~').every((id) => SLUG.test(id)),
  );
}
