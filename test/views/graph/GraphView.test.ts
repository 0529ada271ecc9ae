// The graph view's contract with the shell: it registers its chart (title from the state on
// screen, the adjacency table as its data), and clears it when it goes.

import { render, screen, within } from '@testing-library/svelte';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ExportableChart } from '../../../src/lib/export/exportable-chart.ts';
import { indexCorpus } from '../../../src/lib/model/corpus-index.ts';
import type { AppState } from '../../../src/lib/state/app-state.svelte.ts';
import { DEFAULT_STATE, serializeUrl, type UrlState } from '../../../src/lib/state/url-state.ts';
import GraphView from '../../../src/views/graph/GraphView.svelte';
import { realCorpus } from '../../support/mini-corpus.ts';
import { useLanguage } from '../../../src/ui/i18n.svelte.ts';
import { laterPartsDrawn } from '../../support/later-parts.ts';

const index = indexCorpus(realCorpus());

function fakeApp(url: Partial<UrlState>) {
  const charts: (ExportableChart | null)[] = [];
  const state = { ...DEFAULT_STATE, ...url };
  const app = {
    index,
    url: state,
    navigate: vi.fn(),
    href: (patch: Partial<UrlState> = {}) => serializeUrl({ ...state, ...patch }),
    setChart: (c: ExportableChart | null) => charts.push(c),
    terms: null,
    requestTerms: vi.fn(),
  };
  return { app: app as unknown as AppState, charts };
}

beforeEach(() => {
  vi.stubGlobal('fetch', () => Promise.resolve({ ok: false }));
  vi.stubGlobal(
    'ResizeObserver',
    class {
      observe() {}
      unobserve() {}
      disconnect() {}
    },
  );
});
afterEach(() => vi.unstubAllGlobals());

describe('GraphView', () => {
  it('registers its chart: a title that says what is shown, and the adjacency table', async () => {
    const { app, charts } = fakeApp({
      themes: ['ai-governance'],
      year: 2024,
      focus: 'ai-governance',
    });
    const { unmount } = render(GraphView, { app });
    const chart = charts.at(-1)!;
    expect(chart.id).toBe('graph');
    expect(chart.title).toBe(
      'Concept graph · AI governance · 2024 · linked by sentence · AI governance',
    );
    const table = chart.table();
    const aiConcepts = index.concepts
      .filter((c) => c.theme === 'ai-governance')
      .map((c) => c.label);
    expect(table.rows.map((r) => r['concept'])).toEqual(aiConcepts);
    expect(table.columns.map((c) => c.label)).toEqual([
      'Concept',
      'Theme',
      'Mentions',
      'Links',
      'Linked concepts',
      'Forum years',
    ]);
    // The same table is on the page (rendered once the chart is drawn), and the evidence of the
    // selected concept.
    const onPage = await screen.findByRole('table');
    // Its rows come in idle moments after the table itself.
    await vi.waitFor(() =>
      expect(onPage.querySelectorAll('tbody tr')).toHaveLength(aiConcepts.length),
    );
    // The evidence's code loads with the first selection.
    await vi.waitFor(
      () =>
        expect(screen.getByRole('region', { name: 'Evidence' }).textContent).toContain(
          'AI governance',
        ),
      { timeout: 5000 },
    );
    unmount();
    expect(charts.at(-1)).toBeNull();
  });

  it('says on its title when a year rests on its record', () => {
    const { app, charts } = fakeApp({ year: 2022, unit: 'paragraph' });
    render(GraphView, { app });
    expect(charts.at(-1)!.title).toBe(
      'Concept graph · all themes · 2022 (coded from the record) · linked by paragraph',
    );
    expect(charts.at(-1)!.subtitle).toMatch(/^\d+ concepts, 0 links\./);
  });
});

describe('GraphView in Chinese', () => {
  afterEach(async () => {
    await useLanguage('en');
  });

  it('titles its chart, heads its table and names its parts in Chinese', async () => {
    await useLanguage('zh');
    const { app, charts } = fakeApp({
      themes: ['ai-governance'],
      year: 2024,
      focus: 'ai-governance',
    });
    render(GraphView, { app });
    const chart = charts.at(-1)!;
    // The codebook's own Chinese for the theme and the concept, the year as 2024年.
    expect(chart.title).toBe('概念网络 · 人工智能治理 · 2024年 · 按同句连线 · 人工智能治理');
    expect(chart.subtitle).toMatch(/^\d+个概念，\d+条连线。同一句话提到的两个概念之间连线/);
    const table = chart.table();
    expect(table.columns.map((c) => c.label)).toEqual([
      '概念',
      '主题',
      '提及次数',
      '连线数',
      '相连的概念',
      '论坛年份',
    ]);
    expect(table.rows.map((r) => r['concept'])).toEqual(
      index.concepts.filter((c) => c.theme === 'ai-governance').map((c) => c.labelZh),
    );
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('主题如何相互关联');
    // The controls and the evidence panel come in tasks after the chart's (Later).
    await laterPartsDrawn();
    expect(screen.getByRole('combobox', { name: '查找概念' })).toBeTruthy();
    expect(screen.getByRole('group', { name: '缩放' })).toBeTruthy();
    expect(screen.getByRole('button', { name: '整体网络' })).toBeTruthy();
    const evidence = screen.getByRole('region', { name: '证据' });
    // The evidence's code loads with the first selection.
    const heading = await within(evidence).findByRole('heading', { level: 2 }, { timeout: 5000 });
    expect(heading.textContent?.trim()).toBe('人工智能治理');
    // The concept's definition: the codebook's Chinese where it has one, else its English, marked.
    const concept = index.conceptById.get('ai-governance')!;
    const definition = evidence.querySelector('.definition')!;
    expect(definition.textContent?.trim()).toBe(concept.definitionZh ?? concept.definition);
    expect(definition.getAttribute('lang')).toBe(concept.definitionZh ? 'zh' : 'en');
    // The statement's sentences are quoted in English, marked as such.
    const quotes = evidence.querySelectorAll('blockquote');
    expect(quotes.length).toBeGreaterThan(0);
    for (const q of quotes) expect(q.getAttribute('lang')).toBe('en');
  });
});
