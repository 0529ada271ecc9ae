// The committed public/data/corpus.json: fresh, valid against its schema, and every number in it
// traceable to the text.

import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { buildCorpusFromFiles } from '../../../src/lib/corpus/load-inputs.ts';
import { serializeCorpus } from '../../../src/lib/corpus/serialize.ts';
import type { Corpus } from '../../../src/lib/corpus/types.ts';

const committed = readFileSync('public/data/corpus.json', 'utf8');
const corpus = JSON.parse(committed) as Corpus;
const file = (path: string) => ({ path, content: readFileSync(path) });

describe('public/data/corpus.json', () => {
  it('is what `npm run corpus` builds from data/ now (run it and commit the result if this fails)', () => {
    const fresh = buildCorpusFromFiles({
      codebook: file('data/codebook.json'),
      forums: file('data/forums.json'),
      milestones: file('data/milestones.json'),
      places: file('data/places.json'),
      sources: readdirSync('data/sources')
        .filter((n) => n.endsWith('.txt'))
        .sort()
        .map((n) => file(join('data/sources', n))),
    });
    // toBe on the strings: a stale file fails with the diff, not with "expected false to be true".
    expect(serializeCorpus(fresh)).toBe(committed);
    expect(readFileSync('data/coverage.md', 'utf8')).toContain(`${fresh.mentions.length} mentions`);
  });

  it('matches its JSON Schema', () => {
    const ajv = new Ajv({ allErrors: true });
    const validate = ajv.compile(JSON.parse(readFileSync('data/corpus.schema.json', 'utf8')));
    const ok = validate(corpus);
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  it('has mentions whose offsets slice back to exactly the matched words, inside their sentence', () => {
    const docs = new Map(corpus.documents.map((d) => [d.id, d]));
    const all = [...corpus.mentions, ...corpus.placeMentions, ...corpus.milestoneMentions];
    expect(all.length).toBeGreaterThan(100);
    for (const m of all) {
      const doc = docs.get(m.doc)!;
      expect(doc.text.slice(m.start, m.end)).toBe(m.text);
      const s = doc.sentences.find((x) => x.id === m.sentence)!;
      expect(m.start >= s.start && m.end <= s.end).toBe(true);
    }
  });

  it('slices every mention back to its words in Chinese documents too (the Chinese fixture added as a version)', () => {
    const withChinese = buildCorpusFromFiles({
      codebook: file('data/codebook.json'),
      forums: file('data/forums.json'),
      milestones: file('data/milestones.json'),
      places: file('data/places.json'),
      sources: [
        ...readdirSync('data/sources')
          .filter((n) => n.endsWith('.txt'))
          .map((n) => file(join('data/sources', n))),
        file('test/fixtures/zh/2024-chair-statement.zh.txt'),
      ],
    });
    const docs = new Map(withChinese.documents.map((d) => [d.id, d]));
    const all = [
      ...withChinese.mentions,
      ...withChinese.versionMentions,
      ...withChinese.placeMentions,
      ...withChinese.milestoneMentions,
    ];
    const chinese = all.filter((m) => m.doc === '2024-chair-statement-zh');
    // 40: counted by hand over the fixture, sentence by sentence (see test/fixtures/README.md).
    expect(chinese.length).toBe(40);
    for (const m of all) {
      const doc = docs.get(m.doc)!;
      expect(doc.text.slice(m.start, m.end)).toBe(m.text);
      const s = doc.sentences.find((x) => x.id === m.sentence)!;
      expect(m.start >= s.start && m.end <= s.end).toBe(true);
    }
  });

  it('ships the 2024 statement verbatim', () => {
    const doc = corpus.documents.find((d) => d.id === '2024-chair-statement')!;
    // SHA-256 of ../shared/corpus/2024-chair-statement.en.txt, the text as delivered to the project.
    expect(createHash('sha256').update(doc.text).digest('hex')).toBe(
      '0c81848d2ba4aa28a1c459b3d0c5b6311787a5c4e7fa2c023a0c15689d1ad21a',
    );
    expect(doc.paragraphs).toHaveLength(16);
    expect(doc.paragraphs.filter((p) => p.kind === 'heading').map((p) => p.number)).toEqual([
      '1',
      '2',
      '3',
    ]);
  });

  it('has every sentence of the 2024 text that says "data flow" (outside the initiative’s name) as evidence for that concept', () => {
    const doc = corpus.documents.find((d) => d.id === '2024-chair-statement')!;
    const expected = doc.sentences
      .filter((s) =>
        /data flow/i.test(
          doc.text
            .slice(s.start, s.end)
            .replace(/Global Cross-border Data Flow Cooperation Initiative/g, ''),
        ),
      )
      .map((s) => s.id);
    const actual = [
      ...new Set(
        corpus.mentions.filter((m) => m.ref === 'cross-border-data-flow').map((m) => m.sentence),
      ),
    ];
    expect(actual).toEqual(expected);
    expect(actual.length).toBeGreaterThanOrEqual(3);
  });

  it('uses every concept: each matches a sentence or is coded in a forum record', () => {
    const used = new Set([
      ...corpus.mentions.map((m) => m.ref),
      ...corpus.coded.map((c) => c.concept),
    ]);
    expect(corpus.codebook.concepts.filter((c) => !used.has(c.id)).map((c) => c.id)).toEqual([]);
  });

  it('has the four required themes', () => {
    const labels = corpus.codebook.themes.map((t) => t.label.toLowerCase());
    for (const t of [
      'digital infrastructure',
      'data flows and data security',
      'ai governance',
      'capacity building',
    ])
      expect(labels).toContain(t);
  });

  it('gives edges whose sentences each say both concepts (by sentence)', () => {
    const said = new Set(corpus.mentions.map((m) => `${m.doc}:${m.sentence}|${m.ref}`));
    for (const e of corpus.edges.sentence) {
      expect(e.weight).toBe(e.sentences.length);
      for (const s of e.sentences) {
        expect(said.has(`${s}|${e.source}`) && said.has(`${s}|${e.target}`)).toBe(true);
      }
    }
  });
});
