// The codebook's coverage as Markdown: how many sentences of each document match a concept, and
// the sentences that match none, so that gaps in the codebook are visible in the repository.

import type { Corpus } from './types.ts';

export function formatCoverageReport(corpus: Corpus): string {
  const lines = [
    '# Codebook coverage',
    '',
    `Written by \`npm run corpus\` from codebook ${corpus.codebook.version}; do not edit by hand.`,
    `${corpus.codebook.concepts.length} concepts in ${corpus.codebook.themes.length} themes; ` +
      `${corpus.mentions.length} mentions; ${corpus.edges.sentence.length} links by sentence, ` +
      `${corpus.edges.paragraph.length} by paragraph.`,
    '',
    '| document | sentences | matching a concept | share | matching a concept besides the subject | share |',
    '| --- | ---: | ---: | ---: | ---: | ---: |',
  ];
  const pct = (n: number, of: number): string => `${(of === 0 ? 0 : (100 * n) / of).toFixed(1)}%`;
  for (const c of corpus.coverage) {
    lines.push(
      `| ${c.doc} | ${c.sentences} | ${c.matched} | ${pct(c.matched, c.sentences)} | ` +
        `${c.matchedBeyondSubject} | ${pct(c.matchedBeyondSubject, c.sentences)} |`,
    );
  }
  const subject = corpus.codebook.concepts.find((c) => c.id === corpus.codebook.subject);
  if (subject)
    lines.push(
      '',
      `The subject is “${subject.label}” (${subject.id}), the forums' own topic: a sentence that says only it is counted in the first share, not in the second.`,
    );
  lines.push('', '## Sentences that match no concept', '');
  let any = false;
  for (const c of corpus.coverage) {
    const doc = corpus.documents.find((d) => d.id === c.doc)!;
    for (const id of c.unmatched) {
      const s = doc.sentences.find((x) => x.id === id)!;
      lines.push(`- ${c.doc} ${id}: ${doc.text.slice(s.start, s.end).replace(/\s+/g, ' ')}`);
      any = true;
    }
  }
  if (!any) lines.push('None: every sentence matches at least one concept.');
  const unused = corpus.codebook.concepts.filter(
    (c) => !corpus.mentions.some((m) => m.ref === c.id),
  );
  lines.push('', '## Concepts coded from forum records only (no text match)', '');
  if (unused.length === 0) lines.push('None.');
  for (const c of unused) {
    const years = [
      ...new Set(corpus.coded.filter((k) => k.concept === c.id).map((k) => k.year)),
    ].join(', ');
    lines.push(`- ${c.id} (${c.label}): coded in ${years || 'no record'}`);
  }
  return `${lines.join('\n')}\n`;
}
