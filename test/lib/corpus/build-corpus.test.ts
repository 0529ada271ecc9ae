// The pipeline on the hand-written fixture in test/fixtures/mini (see its README): every expected
// value here was worked out by reading the fixture text.

import { describe, expect, it } from 'vitest';
import { buildCorpus, corpusInputs } from '../../../src/lib/corpus/build-corpus.ts';
import { buildCorpusFromFiles, type CorpusFiles } from '../../../src/lib/corpus/load-inputs.ts';
import { InputError } from '../../../src/lib/corpus/input-error.ts';
import { serializeCorpus } from '../../../src/lib/corpus/serialize.ts';
import { miniFiles } from '../../support/mini-corpus.ts';

const corpus = buildCorpusFromFiles(miniFiles());
const doc = corpus.documents[0]!;
const sentenceText = (id: string) => {
  const s = doc.sentences.find((x) => x.id === id)!;
  return doc.text.slice(s.start, s.end);
};

describe('buildCorpus on the mini fixture', () => {
  it('cuts the text into paragraphs and sentences', () => {
    expect(doc.paragraphs.map((p) => `${p.id}:${p.kind}`)).toEqual([
      'p1:paragraph',
      'p2:heading',
      'p3:paragraph',
    ]);
    expect(doc.sentences.map((s) => s.id)).toEqual([
      'p1.s1',
      'p1.s2',
      'p1.s3',
      'p2.s1',
      'p3.s1',
      'p3.s2',
      'p3.s3',
      'p3.s4',
    ]);
    expect(sentenceText('p1.s3')).toBe(
      'The U.N. Secretary-General spoke on AI governance and artificial intelligence (AI).',
    );
    expect(sentenceText('p3.s1')).toBe('Build computing infrastructure;');
    expect(sentenceText('p3.s3')).toBe('Think of AI.');
    expect(doc.wordCount).toBe(44);
  });

  it('finds the concept mentions, longest phrase first, names dropped', () => {
    expect(corpus.mentions.map((m) => [m.sentence, m.ref, m.text])).toEqual([
      ['p1.s2', 'data-flow', 'cross-border data flows'],
      ['p1.s2', 'data-security', 'data security'],
      ['p1.s3', 'ai-governance', 'AI governance'],
      ['p1.s3', 'artificial-intelligence', 'artificial intelligence (AI)'],
      ['p3.s1', 'computing', 'computing infrastructure'],
      ['p3.s2', 'data-flow', 'cross border data flow'],
      ['p3.s3', 'artificial-intelligence', 'AI'],
      ['p3.s4', 'data-flow', 'Data flow'],
    ]);
  });

  it('gives offsets that slice back to the matched words', () => {
    for (const m of [...corpus.mentions, ...corpus.placeMentions, ...corpus.milestoneMentions]) {
      expect(doc.text.slice(m.start, m.end)).toBe(m.text);
    }
  });

  it('links concepts said in the same sentence, each link with its sentences', () => {
    expect(corpus.edges.sentence.map((e) => [e.id, e.weight, e.sentences])).toEqual([
      ['ai-governance~artificial-intelligence', 1, ['fixture-statement:p1.s3']],
      ['data-flow~data-security', 1, ['fixture-statement:p1.s2']],
    ]);
  });

  it('links concepts said in the same paragraph, with the sentences that say either', () => {
    const k = (ids: string[]) => ids.map((id) => `fixture-statement:${id}`);
    expect(corpus.edges.paragraph.map((e) => [e.id, e.weight, e.sentences])).toEqual([
      ['ai-governance~artificial-intelligence', 1, k(['p1.s3'])],
      ['ai-governance~data-flow', 1, k(['p1.s2', 'p1.s3'])],
      ['ai-governance~data-security', 1, k(['p1.s2', 'p1.s3'])],
      ['artificial-intelligence~computing', 1, k(['p3.s1', 'p3.s3'])],
      ['artificial-intelligence~data-flow', 2, k(['p1.s2', 'p1.s3', 'p3.s2', 'p3.s3', 'p3.s4'])],
      ['artificial-intelligence~data-security', 1, k(['p1.s2', 'p1.s3'])],
      ['computing~data-flow', 1, k(['p3.s1', 'p3.s2', 'p3.s4'])],
      ['data-flow~data-security', 1, k(['p1.s2'])],
    ]);
  });

  it('computes theme shares per 1,000 words and as a share of mentions', () => {
    expect(corpus.themeShares.map((t) => [t.theme, t.mentions, t.per1000, t.share])).toEqual([
      ['data', 4, 90.91, 0.5],
      ['ai', 3, 68.18, 0.375],
      ['infra', 1, 22.73, 0.125],
    ]);
  });

  it('keeps coded record concepts apart from text matches', () => {
    expect(corpus.coded).toEqual([
      {
        year: 2029,
        concept: 'coded-only',
        words: 'a made-up phrase',
        note: 'Named in the record.',
        source: 'https://example.org/2029',
      },
      {
        year: 2029,
        concept: 'data-flow',
        words: 'another made-up phrase',
        note: 'Also named.',
        source: 'https://example.org/2029',
      },
    ]);
    expect(corpus.mentions.some((m) => m.ref === 'coded-only')).toBe(false);
  });

  it('reports coverage with the sentences that match no concept', () => {
    expect(corpus.coverage).toEqual([
      {
        doc: 'fixture-statement',
        sentences: 8,
        matched: 6,
        matchedBeyondSubject: 6,
        unmatched: ['p1.s1', 'p2.s1'],
      },
    ]);
  });

  it('finds places and milestones named in the text', () => {
    expect(corpus.placeMentions.map((m) => [m.sentence, m.ref, m.text])).toEqual([
      ['p1.s1', 'wuzhen', 'Wuzhen'],
      ['p1.s3', 'un', 'U.N.'],
    ]);
    expect(corpus.milestoneMentions.map((m) => [m.sentence, m.ref])).toEqual([
      ['p1.s1', 'forum-2030'],
    ]);
  });

  it('is deterministic: the same inputs in another order give byte-identical output', () => {
    const again = buildCorpusFromFiles(miniFiles());
    expect(serializeCorpus(again)).toBe(serializeCorpus(corpus));
    const inputs = corpusInputs(corpus);
    const extra = {
      ...inputs.documents[0]!,
      header: { ...inputs.documents[0]!.header, id: 'another', year: 2029, date: '2029-01-01' },
    };
    const ab = buildCorpus(inputs.codebook, inputs.records, [inputs.documents[0]!, extra]);
    const ba = buildCorpus(inputs.codebook, inputs.records, [extra, inputs.documents[0]!]);
    expect(serializeCorpus(ab)).toBe(serializeCorpus(ba));
    expect(ab.documents.map((d) => d.id)).toEqual(['another', 'fixture-statement']);
  });

  it('rebuilds from its own inputs to the same corpus (the browser adds documents this way)', () => {
    const inputs = corpusInputs(corpus);
    expect(serializeCorpus(buildCorpus(inputs.codebook, inputs.records, inputs.documents))).toBe(
      serializeCorpus(corpus),
    );
  });
});

describe('buildCorpusFromFiles: problems across files', () => {
  const problems = (files: CorpusFiles): string[] => {
    try {
      buildCorpusFromFiles(files);
      return [];
    } catch (e) {
      if (e instanceof InputError)
        return e.problems.map((p) => `${p.path}:${p.line}: ${p.message}`);
      throw e;
    }
  };
  const base = miniFiles();
  const text = (f: { content: string | Uint8Array }) =>
    typeof f.content === 'string' ? f.content : new TextDecoder().decode(f.content);

  it('reports a duplicate document id at its header line', () => {
    const copy = { path: 'test/fixtures/mini/sources/copy.txt', content: base.sources[0]!.content };
    expect(problems(miniFiles({ sources: [...base.sources, copy] }))).toEqual([
      'test/fixtures/mini/sources/copy.txt:2: duplicate document id "fixture-statement" (also in test/fixtures/mini/sources/fixture-statement.txt)',
    ]);
  });

  it('reports an unknown theme id in the codebook at its line', () => {
    const content = text(base.codebook).replace(
      '"theme": "infra", "label": "Computing"',
      '"theme": "nope", "label": "Computing"',
    );
    const found = problems(miniFiles({ codebook: { path: base.codebook.path, content } }));
    expect(found).toEqual([
      expect.stringMatching(
        /^test\/fixtures\/mini\/codebook\.json:15: concept "computing": unknown theme id "nope"/,
      ),
    ]);
  });

  it('reports an unknown concept id in a forum record at its line', () => {
    const content = text(base.forums).replace(
      '"concept": "coded-only"',
      '"concept": "no-such-concept"',
    );
    expect(problems(miniFiles({ forums: { path: base.forums.path, content } }))).toEqual([
      'test/fixtures/mini/forums.json:18: forum 2029: unknown concept id "no-such-concept" in the coded record',
    ]);
  });

  it('reports a concept that matches nothing and is coded nowhere', () => {
    const content = text(base.forums).replace(
      '{ "concept": "coded-only", "words": "a made-up phrase", "note": "Named in the record." },',
      '',
    );
    expect(problems(miniFiles({ forums: { path: base.forums.path, content } }))).toEqual([
      expect.stringMatching(
        /^test\/fixtures\/mini\/codebook\.json:16: concept "coded-only" matches no sentence/,
      ),
    ]);
  });

  it('refuses a source that is not an absolute http(s) URL, in every file', () => {
    const forums = text(base.forums).replace(
      '"date": { "value": "2029-11-09", "source": "https://example.org/2029" }',
      '"date": { "value": "2029-11-09", "source": "a newspaper, page 11" }',
    );
    const places = text(base.places).replace(
      '"source": "https://example.org/places" },\n    { "id": "un"',
      '"source": "../shared/notes.md" },\n    { "id": "un"',
    );
    const milestones = text(base.milestones).replace(
      '"sources": ["https://example.org/2030"]',
      '"sources": ["example.org/2030"]',
    );
    const found = problems(
      miniFiles({
        forums: { path: base.forums.path, content: forums },
        places: { path: base.places.path, content: places },
        milestones: { path: base.milestones.path, content: milestones },
      }),
    );
    expect(found).toEqual([
      expect.stringMatching(
        /places\.json:3: place "wuzhen": "source" is "\.\.\/shared\/notes\.md": expected an absolute http\(s\) URL/,
      ),
      expect.stringMatching(
        /forums\.json:\d+: forum 2029 "date": "source" is "a newspaper, page 11": expected an absolute http\(s\) URL/,
      ),
      expect.stringMatching(
        /milestones\.json:\d+: milestone "forum-2030": source "example\.org\/2030" is not an absolute http\(s\) URL/,
      ),
    ]);
  });

  it('refuses a fact without a source, and an unknown fact without a note', () => {
    const content = text(base.forums)
      .replace(
        '"venue": { "place": "wuzhen", "value": "Wuzhen", "source": "https://example.org/2029" }',
        '"venue": { "place": "wuzhen", "value": "Wuzhen" }',
      )
      .replace(
        '"hosts": { "value": null, "note": "not stated", "source": "https://example.org/2029" }',
        '"hosts": { "value": null, "source": "https://example.org/2029" }',
      );
    expect(problems(miniFiles({ forums: { path: base.forums.path, content } }))).toEqual([
      expect.stringMatching(/forum 2029 "venue": "source" must be a non-empty string/),
      expect.stringMatching(/forum 2029 "hosts": a fact no source states needs a "note"/),
    ]);
  });

  // Chinese forms in the fixture are made-up words, like the rest of it (example.org pages).
  const withChinese = (edit: { forums?: string; milestones?: string; places?: string }) =>
    miniFiles({
      forums: { path: base.forums.path, content: edit.forums ?? text(base.forums) },
      milestones: { path: base.milestones.path, content: edit.milestones ?? text(base.milestones) },
      places: { path: base.places.path, content: edit.places ?? text(base.places) },
    });
  const VENUE_2030 =
    '"venue": { "place": "wuzhen", "value": "Wuzhen", "source": "https://example.org/2030" }';

  it('carries a Chinese form with its source into the corpus (facts, milestones, places, definitions)', () => {
    const forums = text(base.forums).replace(
      VENUE_2030,
      '"venue": { "place": "wuzhen", "value": "Wuzhen", "source": "https://example.org/2030", "valueZh": "乌镇", "sourceZh": "https://example.org/zh/2030" }',
    );
    const milestones = text(base.milestones).replace(
      '"label": "Forum",',
      '"label": "Forum", "labelZh": "论坛", "labelZhSource": "https://example.org/zh/forum",',
    );
    const places = text(base.places).replace(
      '"name": "United Nations",',
      '"name": "United Nations", "nameZh": "联合国", "nameZhSource": "https://example.org/zh/un",',
    );
    const codebook = text(base.codebook).replace(
      '"theme": "infra", "label": "Computing"',
      '"theme": "infra", "definitionZh": "算力。", "label": "Computing"',
    );
    const built = buildCorpusFromFiles({
      ...withChinese({ forums, milestones, places }),
      codebook: { path: base.codebook.path, content: codebook },
    });
    const venue = built.forums.find((f) => f.year === 2030)!.venue;
    expect([venue.valueZh, venue.sourceZh]).toEqual(['乌镇', 'https://example.org/zh/2030']);
    const m = built.milestones[0]!;
    expect([m.labelZh, m.labelZhSource]).toEqual(['论坛', 'https://example.org/zh/forum']);
    const un = built.places.find((p) => p.id === 'un')!;
    expect([un.nameZh, un.nameZhSource]).toEqual(['联合国', 'https://example.org/zh/un']);
    expect(built.places.find((p) => p.id === 'wuzhen')!.nameZh).toBeUndefined();
    expect(built.codebook.concepts.find((c) => c.id === 'computing')!.definitionZh).toBe('算力。');
  });

  it('refuses a Chinese form without its source, a source that is not http(s), and a source without a form', () => {
    const forums = text(base.forums)
      .replace(
        VENUE_2030,
        '"venue": { "place": "wuzhen", "value": "Wuzhen", "source": "https://example.org/2030", "valueZh": "乌镇" }',
      )
      .replace(
        '"theme": { "value": "Fixture", "source": "https://example.org/2030" }',
        '"theme": { "value": "Fixture", "source": "https://example.org/2030", "valueZh": "样例", "sourceZh": "a Chinese newspaper" }',
      );
    const milestones = text(base.milestones).replace(
      '"label": "Forum",',
      '"label": "Forum", "labelZhSource": "https://example.org/zh/forum",',
    );
    const places = text(base.places).replace(
      '"name": "United Nations",',
      '"name": "United Nations", "nameZh": "联合国",',
    );
    const found = problems(withChinese({ forums, milestones, places }));
    expect(found).toEqual([
      expect.stringMatching(
        /places\.json:4: place "un": "nameZh" needs "nameZhSource", the http\(s\) URL of a page that states it/,
      ),
      expect.stringMatching(
        /forums\.json:\d+: forum 2030 "venue": "valueZh" needs "sourceZh", the http\(s\) URL/,
      ),
      expect.stringMatching(
        /forums\.json:\d+: forum 2030 "theme": "sourceZh" is "a Chinese newspaper": expected an absolute http\(s\) URL/,
      ),
      expect.stringMatching(
        /milestones\.json:3: milestone "forum-2030": "labelZhSource" without "labelZh"/,
      ),
    ]);
    // Each problem points at the line of the entry it is about.
    const venueLine =
      text(base.forums)
        .split('\n')
        .findIndex((l) => l.includes(VENUE_2030)) + 1;
    expect(found[1]).toContain(`forums.json:${venueLine}:`);
  });

  it('refuses a Chinese form of an unknown fact, and one that is not in Chinese', () => {
    const forums = text(base.forums)
      .replace(
        '"hosts": { "value": null, "note": "not stated", "source": "https://example.org/2029" }',
        '"hosts": { "value": null, "note": "not stated", "source": "https://example.org/2029", "valueZh": "未知", "sourceZh": "https://example.org/zh" }',
      )
      .replace(
        VENUE_2030,
        '"venue": { "place": "wuzhen", "value": "Wuzhen", "source": "https://example.org/2030", "valueZh": "Wuzhen", "sourceZh": "https://example.org/zh" }',
      );
    expect(problems(withChinese({ forums }))).toEqual([
      expect.stringMatching(
        /forum 2029 "hosts": "valueZh" is given for a fact whose value is null/,
      ),
      expect.stringMatching(
        /forum 2030 "venue": "valueZh" is "Wuzhen": expected Chinese characters/,
      ),
    ]);
  });

  it('refuses a coded concept that does not say which words of the record it rests on', () => {
    const content = text(base.forums).replace('"words": "another made-up phrase", ', '');
    expect(problems(miniFiles({ forums: { path: base.forums.path, content } }))).toEqual([
      expect.stringMatching(/forum 2029 coded "data-flow": "words" must be a non-empty string/),
    ]);
  });

  it('refuses a place whose "namedIn" sentence does not name it', () => {
    const content = text(base.places).replace(
      '"phrases": ["U.N.", "United Nations"],',
      '"phrases": ["U.N.", "United Nations"], "namedIn": { "document": "fixture-statement", "sentences": ["p1.s3", "p1.s1"] },',
    );
    expect(problems(miniFiles({ places: { path: base.places.path, content } }))).toEqual([
      expect.stringMatching(
        /places\.json:4: place "un": sentence fixture-statement p1\.s1 does not name it/,
      ),
    ]);
  });

  it('reports malformed JSON at its line', () => {
    const content = text(base.places).replace('"kind": "city",', '"kind": "city"');
    expect(problems(miniFiles({ places: { path: base.places.path, content } }))[0]).toMatch(
      /^test\/fixtures\/mini\/places\.json:3: not valid JSON/,
    );
  });

  it('reports a forum document that no source provides', () => {
    const content = text(base.forums).replace(
      '"document": "fixture-statement"',
      '"document": "missing-doc"',
    );
    expect(problems(miniFiles({ forums: { path: base.forums.path, content } }))).toEqual([
      'test/fixtures/mini/forums.json:32: forum 2030: "document" names "missing-doc", but no file in the sources has that id',
    ]);
  });
});
