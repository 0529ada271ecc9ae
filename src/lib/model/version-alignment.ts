// Two language versions of one document, aligned paragraph with paragraph and sentence with
// sentence where their structure allows, and saying where it does not.
//
// Both texts are cut into sections at their numbered headings ("1." ↔ "一、", "II." ↔ "（二）"):
// sections with the same number pair up, and so do the parts before the first heading. Inside a
// pair of sections, paragraphs pair one to one when both sections have as many; sentences pair one
// to one when both paragraphs have as many. Anything else is listed unpaired, with the reason.

import type { CorpusDocument, Paragraph } from '../corpus/types.ts';
import { numeralValue } from '../corpus/chinese-numeral.ts';

export interface SentencePair {
  a: string;
  b: string;
}

export interface ParagraphPair {
  a: Paragraph | null;
  b: Paragraph | null;
  /** Sentence pairs, or null when the paragraphs cannot be aligned sentence by sentence. */
  sentences: SentencePair[] | null;
  /** Why a paragraph has no partner, or why its sentences are not paired (in English). */
  note?: string;
  /** The same as facts, for the interface to say in its words. */
  why?: AlignmentNote;
}

/** Why a pair is not aligned further: counts of the two sides, or the side that lacks it. */
export type AlignmentNote =
  | { kind: 'sentences'; a: number; b: number }
  | { kind: 'sections'; a: number; b: number }
  | { kind: 'no-counterpart'; missingIn: 'a' | 'b' };

export interface VersionAlignment {
  a: CorpusDocument;
  b: CorpusDocument;
  pairs: ParagraphPair[];
}

interface Section {
  key: string;
  heading: Paragraph | null;
  body: Paragraph[];
}

const ROMAN: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };

function romanValue(s: string): number | null {
  if (!/^[IVXLC]+$/.test(s)) return null;
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const v = ROMAN[s[i]!]!;
    const next = ROMAN[s[i + 1] ?? ''] ?? 0;
    n += v < next ? -v : v;
  }
  return n;
}

function sectionsOf(doc: CorpusDocument): Section[] {
  const out: Section[] = [{ key: 'start', heading: null, body: [] }];
  let unnumbered = 0;
  for (const p of doc.paragraphs) {
    if (p.kind === 'heading') {
      const n = p.number === undefined ? null : (numeralValue(p.number) ?? romanValue(p.number));
      out.push({ key: n === null ? `heading-${++unnumbered}` : `n${n}`, heading: p, body: [] });
    } else out[out.length - 1]!.body.push(p);
  }
  return out;
}

const sentencesOf = (doc: CorpusDocument, p: Paragraph): string[] =>
  doc.sentences.filter((s) => s.paragraph === p.id).map((s) => s.id);

function pairParagraphs(
  a: CorpusDocument,
  b: CorpusDocument,
  pa: Paragraph,
  pb: Paragraph,
  names: [string, string],
): ParagraphPair {
  const sa = sentencesOf(a, pa);
  const sb = sentencesOf(b, pb);
  if (sa.length === sb.length)
    return { a: pa, b: pb, sentences: sa.map((id, k) => ({ a: id, b: sb[k]! })) };
  return {
    a: pa,
    b: pb,
    sentences: null,
    note: `${sa.length} sentence${sa.length === 1 ? '' : 's'} in ${names[0]}, ${sb.length} in ${names[1]}: aligned as paragraphs only`,
    why: { kind: 'sentences', a: sa.length, b: sb.length },
  };
}

/** Aligns b with a; `names` say the two versions in notes (e.g. ['English', 'Chinese']). */
export function alignVersions(
  a: CorpusDocument,
  b: CorpusDocument,
  names: [string, string] = [a.language, b.language],
): VersionAlignment {
  const sa = sectionsOf(a);
  const sb = sectionsOf(b);
  const byKey = new Map(sb.map((s) => [s.key, s]));
  const used = new Set<string>();
  const pairs: ParagraphPair[] = [];
  const alone = (p: Paragraph, side: 'a' | 'b', note: string, why: AlignmentNote): ParagraphPair =>
    side === 'a'
      ? { a: p, b: null, sentences: null, note, why }
      : { a: null, b: p, sentences: null, note, why };

  for (const s of sa) {
    const t = byKey.get(s.key);
    if (!t) {
      const note = `no counterpart in the ${names[1]} version`;
      const why: AlignmentNote = { kind: 'no-counterpart', missingIn: 'b' };
      if (s.heading) pairs.push(alone(s.heading, 'a', note, why));
      for (const p of s.body) pairs.push(alone(p, 'a', note, why));
      continue;
    }
    used.add(t.key);
    if (s.heading && t.heading) pairs.push(pairParagraphs(a, b, s.heading, t.heading, names));
    if (s.body.length === t.body.length) {
      s.body.forEach((p, k) => pairs.push(pairParagraphs(a, b, p, t.body[k]!, names)));
    } else {
      const note = `this section has ${s.body.length} paragraphs in ${names[0]} and ${t.body.length} in ${names[1]}: not aligned`;
      const why: AlignmentNote = { kind: 'sections', a: s.body.length, b: t.body.length };
      for (const p of s.body) pairs.push(alone(p, 'a', note, why));
      for (const p of t.body) pairs.push(alone(p, 'b', note, why));
    }
  }
  for (const t of sb) {
    if (used.has(t.key)) continue;
    const note = `no counterpart in the ${names[0]} version`;
    const why: AlignmentNote = { kind: 'no-counterpart', missingIn: 'a' };
    if (t.heading) pairs.push(alone(t.heading, 'b', note, why));
    for (const p of t.body) pairs.push(alone(p, 'b', note, why));
  }
  return { a, b, pairs };
}

/** The sentence of the other version at the same place, when the sentences are paired. */
export function counterpartSentence(
  alignment: VersionAlignment,
  side: 'a' | 'b',
  sentence: string,
): string | null {
  for (const p of alignment.pairs)
    for (const s of p.sentences ?? []) if (s[side] === sentence) return s[side === 'a' ? 'b' : 'a'];
  return null;
}

/** The paragraph of the other version at the same place, when the paragraphs are paired. */
export function counterpartParagraph(
  alignment: VersionAlignment,
  side: 'a' | 'b',
  paragraph: string,
): string | null {
  const other = side === 'a' ? 'b' : 'a';
  return alignment.pairs.find((p) => p[side]?.id === paragraph)?.[other]?.id ?? null;
}
