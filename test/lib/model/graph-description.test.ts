// The graph in words, from the fixture (see concept-graph.test.ts for what it says) and, for the
// accessible name the issue quotes, the real corpus with its links counted independently.

import { describe, expect, it } from 'vitest';
import { buildConceptGraph } from '../../../src/lib/model/concept-graph.ts';
import { indexCorpus } from '../../../src/lib/model/corpus-index.ts';
import {
  adjacencyTable,
  describeFilter,
  describeYears,
  inSentence,
  listYears,
  nodeName,
} from '../../../src/lib/model/graph-description.ts';
import { findConcepts } from '../../../src/lib/model/concept-finder.ts';
import { emphasis } from '../../../src/lib/model/graph-emphasis.ts';
import { neighbours } from '../../../src/lib/model/concept-graph.ts';
import { enTr, zhTr } from '../../support/i18n.ts';
import { miniCorpus, realCorpus } from '../../support/mini-corpus.ts';

const index = indexCorpus(miniCorpus());
const graph = buildConceptGraph(index, { themes: null, year: null, unit: 'sentence' });

describe('words', () => {
  it.each([
    [[], ''],
    [[2024], '2024'],
    [[2023, 2024], '2023 and 2024'],
    [[2022, 2023, 2024], '2022, 2023 and 2024'],
  ])('lists years %j as "%s"', (years, text) => expect(listYears(years)).toBe(text));

  it('lists years in Chinese with the enumeration comma', () => {
    expect(listYears([2022, 2023, 2024], zhTr)).toBe('2022、2023和2024');
    expect(listYears([2022, 2023, 2024], enTr)).toBe('2022, 2023 and 2024');
  });

  it.each([
    ['Data flows and data security', 'data flows and data security'],
    ['AI governance', 'AI governance'],
    ['Data', 'data'],
  ])('puts the theme "%s" inside a sentence as "%s"', (label, text) =>
    expect(inSentence(label)).toBe(text),
  );

  it('describes years by how they are known', () => {
    expect(
      describeYears(
        [
          { year: 2022, mentions: 0, coded: true },
          { year: 2023, mentions: 0, coded: true },
          { year: 2024, mentions: 3, coded: false },
        ],
        enTr,
      ),
    ).toBe('in the 2024 text; coded from the 2022 and 2023 records');
    expect(describeYears([], enTr)).toBe('');
    expect(
      describeYears(
        [
          { year: 2022, mentions: 0, coded: true },
          { year: 2023, mentions: 0, coded: true },
          { year: 2024, mentions: 3, coded: false },
        ],
        zhTr,
      ),
    ).toBe('见于2024年的文本；据2022和2023年的记录编码');
  });
});

describe('nodeName', () => {
  it('starts with the label, then theme, mentions, links and years', () => {
    expect(nodeName(graph.nodeById.get('data-flow')!, index, enTr)).toBe(
      'Data flow, data, 3 mentions, 1 link; in the 2030 text; coded from the 2029 record',
    );
    expect(nodeName(graph.nodeById.get('coded-only')!, index, enTr)).toBe(
      'Coded only, infrastructure, 0 mentions, 0 links; coded from the 2029 record',
    );
  });

  it('names Cross-border data flow on the real corpus as the issue asks', () => {
    const real = indexCorpus(realCorpus());
    const g = buildConceptGraph(real, { themes: null, year: null, unit: 'sentence' });
    const id = 'cross-border-data-flow';
    const links = real.corpus.edges.sentence.filter((e) => e.source === id || e.target === id);
    const mentions = real.corpus.mentions.filter((m) => m.ref === id);
    expect(nodeName(g.nodeById.get(id)!, real, enTr)).toBe(
      `Cross-border data flow, data flows and data security, ${mentions.length} mentions, ` +
        `${links.length} links; in the 2024 text`,
    );
  });

  it('names it in Chinese on the real corpus: the codebook’s Chinese labels, Chinese counts', () => {
    const real = indexCorpus(realCorpus());
    const g = buildConceptGraph(real, { themes: null, year: null, unit: 'sentence' }, zhTr);
    const id = 'cross-border-data-flow';
    const links = real.corpus.edges.sentence.filter((e) => e.source === id || e.target === id);
    const mentions = real.corpus.mentions.filter((m) => m.ref === id);
    expect(nodeName(g.nodeById.get(id)!, real, zhTr)).toBe(
      `数据跨境流动，数据流动与数据安全，提及${mentions.length}次，${links.length}条连线；见于2024年的文本`,
    );
  });
});

describe('describeFilter and adjacencyTable', () => {
  it('says what the filter shows', () => {
    expect(describeFilter(graph, index, enTr)).toBe('all themes · all years · linked by sentence');
    const g = buildConceptGraph(index, { themes: ['data', 'ai'], year: 2029, unit: 'paragraph' });
    expect(describeFilter(g, index, enTr)).toBe(
      'Data, AI · 2029 (coded from the record) · linked by paragraph',
    );
    expect(describeFilter(graph, index, zhTr)).toBe('全部主题 · 全部年份 · 按同句连线');
    expect(describeFilter(g, index, zhTr)).toBe('Data、AI · 2029年（据记录编码） · 按同段连线');
  });

  it('has one row per node: concept, theme, mentions, links, linked concepts with weights, years', () => {
    const t = adjacencyTable(graph, index, enTr);
    expect(t.columns.map((c) => c.key)).toEqual([
      'concept',
      'theme',
      'mentions',
      'links',
      'linked',
      'years',
    ]);
    expect(t.rows[0]).toEqual({
      concept: 'Data flow',
      theme: 'Data',
      mentions: 3,
      links: 1,
      linked: 'Data security (1)',
      years: 'in the 2030 text; coded from the 2029 record',
    });
    expect(t.rows.map((r) => r['concept'])).toEqual(graph.nodes.map((n) => n.label));
  });

  it('heads the table in Chinese, its rows in the codebook’s Chinese labels', () => {
    const real = indexCorpus(realCorpus());
    const g = buildConceptGraph(real, { themes: null, year: null, unit: 'sentence' }, zhTr);
    const t = adjacencyTable(g, real, zhTr);
    expect(t.columns.map((c) => c.label)).toEqual([
      '概念',
      '主题',
      '提及次数',
      '连线数',
      '相连的概念',
      '论坛年份',
    ]);
    expect(t.caption).toMatch(/^概念网络中的概念（全部主题 · 全部年份 · 按同句连线）/);
    const row = t.rows.find((r) => r['concept'] === '数据跨境流动');
    expect(row?.['theme']).toBe('数据流动与数据安全');
    expect(String(row?.['linked'])).toMatch(/^[^A-Za-z]+$/);
  });

  it('finds a concept by its English label when the graph speaks Chinese', () => {
    const real = indexCorpus(realCorpus());
    const g = buildConceptGraph(real, { themes: null, year: null, unit: 'sentence' }, zhTr);
    expect(findConcepts(g, real, 'Cross-border data flow').map((n) => n.id)[0]).toBe(
      'cross-border-data-flow',
    );
  });
});

describe('findConcepts', () => {
  it.each([
    ['data', ['data-flow', 'data-security']],
    ['DATA  SEC', ['data-security']],
    ['flow', ['data-flow']],
    ['ai', ['ai-governance', 'artificial-intelligence']],
    ['border', ['data-flow']],
    ['', []],
    ['zzz', []],
  ])('finds "%s"', (q, ids) => expect(findConcepts(graph, index, q).map((n) => n.id)).toEqual(ids));
});

describe('findConcepts in Chinese (the real codebook)', () => {
  const real = indexCorpus(realCorpus());
  const g = buildConceptGraph(real, { themes: null, year: null, unit: 'sentence' });
  it.each([
    // 数据跨境流动 is a phrase of the flow and inside the initiative's name; the flow has more mentions.
    ['数据跨境流动', ['cross-border-data-flow', 'data-flow-cooperation-initiative']],
    ['數據跨境流動', ['cross-border-data-flow', 'data-flow-cooperation-initiative']],
    ['算力', ['computing-infrastructure']],
  ])('finds "%s"', (q, ids) => expect(findConcepts(g, real, q).map((n) => n.id)).toEqual(ids));
});

describe('emphasis', () => {
  const n = neighbours(graph);
  const none = {
    hovered: null,
    keyboard: null,
    focus: null,
    link: null,
    matches: new Set<string>(),
  };

  it('is nothing when nothing is pointed at, selected or found', () => {
    expect(emphasis(graph, n, none)).toBeNull();
  });

  it('brings out the hovered node with its neighbours and links, over any selection', () => {
    const e = emphasis(graph, n, { ...none, hovered: 'data-flow', focus: 'computing' })!;
    expect([...e.nodes].sort()).toEqual(['data-flow', 'data-security']);
    expect([...e.links]).toEqual(['data-flow~data-security']);
  });

  it('brings out a selected link’s two ends, else the selected concept, else the matches', () => {
    const link = 'ai-governance~artificial-intelligence';
    expect([...emphasis(graph, n, { ...none, link, focus: 'data-flow' })!.nodes]).toEqual([
      'ai-governance',
      'artificial-intelligence',
    ]);
    expect([...emphasis(graph, n, { ...none, focus: 'computing' })!.nodes]).toEqual(['computing']);
    const matches = new Set(['coded-only']);
    expect(emphasis(graph, n, { ...none, matches })).toEqual({ nodes: matches, links: new Set() });
  });
});
