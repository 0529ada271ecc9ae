// The concept graph from the hand-written fixture (test/fixtures/mini). Expected values were read
// off the fixture's text:
//   p1.s2 "We support cross-border data flows and data security."          data-flow, data-security
//   p1.s3 "…spoke on AI governance and artificial intelligence (AI)."       ai-governance, artificial-intelligence
//   p3.s1 "Build computing infrastructure;"                                 computing
//   p3.s2 "Bridge gaps in cross border data flow."                           data-flow
//   p3.s3 "Think of AI."                                                    artificial-intelligence
//   p3.s4 "Data flow matters."                                              data-flow
// The 2030 forum has that text; the 2029 forum is known from its record, which codes coded-only
// and data-flow.

import { describe, expect, it } from 'vitest';
import {
  buildConceptGraph,
  linkEnds,
  linksByNode,
  linksOf,
  maxMentions,
  neighbours,
  type GraphFilter,
} from '../../../src/lib/model/concept-graph.ts';
import { indexCorpus } from '../../../src/lib/model/corpus-index.ts';
import { miniCorpus, realCorpus } from '../../support/mini-corpus.ts';

const index = indexCorpus(miniCorpus());
const DOC = 'fixture-statement';
const all: GraphFilter = { themes: null, year: null, unit: 'sentence' };
const summary = (f: GraphFilter) => {
  const g = buildConceptGraph(index, f);
  return {
    nodes: g.nodes.map((n) => [n.id, n.mentions, n.coded, n.links]),
    links: g.links.map((l) => [l.id, l.weight, l.sentences]),
  };
};

describe('buildConceptGraph', () => {
  it('has every concept said in a text or coded in a record, with its mentions and links', () => {
    expect(summary(all)).toEqual({
      nodes: [
        ['data-flow', 3, [2029], 1],
        ['data-security', 1, [], 1],
        ['artificial-intelligence', 2, [], 1],
        ['ai-governance', 1, [], 1],
        ['computing', 1, [], 0],
        ['coded-only', 0, [2029], 0],
      ],
      links: [
        ['ai-governance~artificial-intelligence', 1, [`${DOC}:p1.s3`]],
        ['data-flow~data-security', 1, [`${DOC}:p1.s2`]],
      ],
    });
  });

  it('by paragraph: links concepts of one paragraph, weighted by paragraphs, with the sentences that say either', () => {
    const g = buildConceptGraph(index, { ...all, unit: 'paragraph' });
    expect(g.links.map((l) => [l.id, l.weight])).toEqual([
      ['ai-governance~artificial-intelligence', 1],
      ['ai-governance~data-flow', 1],
      ['ai-governance~data-security', 1],
      ['artificial-intelligence~computing', 1],
      ['artificial-intelligence~data-flow', 2],
      ['artificial-intelligence~data-security', 1],
      ['computing~data-flow', 1],
      ['data-flow~data-security', 1],
    ]);
    expect(g.links.find((l) => l.id === 'artificial-intelligence~data-flow')!.sentences).toEqual(
      ['p1.s2', 'p1.s3', 'p3.s2', 'p3.s3', 'p3.s4'].map((s) => `${DOC}:${s}`),
    );
    expect(g.nodeById.get('data-flow')!.links).toBe(4);
  });

  it('for a year known from its record: the coded concepts, with no mentions and no links', () => {
    const g = buildConceptGraph(index, { ...all, year: 2029 });
    expect(g.basis?.kind).toBe('record');
    expect(summary({ ...all, year: 2029 })).toEqual({
      nodes: [
        ['data-flow', 0, [2029], 0],
        ['coded-only', 0, [2029], 0],
      ],
      links: [],
    });
  });

  it('for a year with a text: what that text says, and no record codes', () => {
    const s = summary({ ...all, year: 2030 });
    expect(s.nodes.map((n) => n[0])).toEqual([
      'data-flow',
      'data-security',
      'artificial-intelligence',
      'ai-governance',
      'computing',
    ]);
    expect(s.nodes[0]).toEqual(['data-flow', 3, [], 1]);
    expect(s.links).toEqual(summary(all).links);
  });

  it('keeps the chosen themes, and the links between their concepts only', () => {
    expect(summary({ ...all, themes: ['ai'] })).toEqual({
      nodes: [
        ['artificial-intelligence', 2, [], 1],
        ['ai-governance', 1, [], 1],
      ],
      links: [['ai-governance~artificial-intelligence', 1, [`${DOC}:p1.s3`]]],
    });
    const g = buildConceptGraph(index, {
      themes: ['data', 'infra'],
      year: null,
      unit: 'paragraph',
    });
    expect(g.nodes.map((n) => n.id)).toEqual([
      'data-flow',
      'data-security',
      'computing',
      'coded-only',
    ]);
    expect(g.links.map((l) => [l.id, l.weight, l.sentences])).toEqual([
      ['computing~data-flow', 1, ['p3.s1', 'p3.s2', 'p3.s4'].map((s) => `${DOC}:${s}`)],
      ['data-flow~data-security', 1, [`${DOC}:p1.s2`]],
    ]);
  });

  it('gives each node its presence in every year, whatever the filter', () => {
    const g = buildConceptGraph(index, { ...all, themes: ['data'], year: 2030 });
    expect(g.nodeById.get('data-flow')!.years).toEqual([
      { year: 2029, mentions: 0, coded: true },
      { year: 2030, mentions: 3, coded: false },
    ]);
    expect(g.maxMentions).toBe(3);
    expect(maxMentions(index)).toBe(3);
  });

  it('on the real corpus, unfiltered, gives the corpus edges with their weights and sentences', () => {
    const real = indexCorpus(realCorpus());
    for (const unit of ['sentence', 'paragraph'] as const) {
      const g = buildConceptGraph(real, { themes: null, year: null, unit });
      expect(g.links.map((l) => [l.id, l.weight, l.sentences])).toEqual(
        real.corpus.edges[unit].map((e) => [e.id, e.weight, e.sentences]),
      );
      expect(g.nodes).toHaveLength(real.concepts.length);
    }
  });
});

describe('neighbours, linksOf, linkEnds', () => {
  const g = buildConceptGraph(index, { ...all, unit: 'paragraph' });

  it('lists each node’s neighbours', () => {
    const n = neighbours(g);
    expect([...n.get('computing')!].sort()).toEqual(['artificial-intelligence', 'data-flow']);
    expect([...n.get('coded-only')!]).toEqual([]);
  });

  it('lists a node’s links heaviest first, then by label', () => {
    expect(linksOf(g, 'data-flow').map((x) => [x.other.id, x.link.weight])).toEqual([
      ['artificial-intelligence', 2],
      ['ai-governance', 1],
      ['computing', 1],
      ['data-security', 1],
    ]);
  });

  it('lists every node’s links in one pass, as linksOf does for each', () => {
    const all = linksByNode(g);
    expect([...all.keys()]).toEqual(g.nodes.map((n) => n.id));
    for (const n of g.nodes) expect(all.get(n.id)).toEqual(linksOf(g, n.id));
    expect(all.get('coded-only')).toEqual([]);
  });

  it('splits a link id', () => {
    expect(linkEnds('a~b')).toEqual(['a', 'b']);
    expect(linkEnds('a')).toBeNull();
    expect(linkEnds('a~')).toBeNull();
  });
});
