import { fireEvent, render, screen } from '@testing-library/svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import ConceptFinder from '../../../src/views/graph/ConceptFinder.svelte';
import NodeLinks from '../../../src/views/graph/NodeLinks.svelte';
import { buildConceptGraph } from '../../../src/lib/model/concept-graph.ts';
import { indexCorpus } from '../../../src/lib/model/corpus-index.ts';
import { findConcepts } from '../../../src/lib/model/concept-finder.ts';
import { miniCorpus } from '../../support/mini-corpus.ts';
import { zhTr } from '../../support/i18n.ts';
import { useLanguage } from '../../../src/ui/i18n.svelte.ts';

const index = indexCorpus(miniCorpus());
const graph = buildConceptGraph(index, { themes: null, year: null, unit: 'paragraph' });

describe('ConceptFinder', () => {
  it('lists matches as options; arrows move, Enter picks the active one', async () => {
    const onpick = vi.fn();
    render(ConceptFinder, {
      query: 'data',
      matches: findConcepts(graph, index, 'data'),
      themeLabel: (t: string) => t,
      onpick,
    });
    const input = screen.getByRole('combobox', { name: 'Find a concept' });
    await fireEvent.input(input, { target: { value: 'data' } });
    expect(
      screen.getAllByRole('option').map((o) => o.textContent?.replace(/\s+/g, ' ').trim()),
    ).toEqual(['Data flow data', 'Data security data']);
    expect(input.getAttribute('aria-activedescendant')).toBe('find-concept-opt-0');
    await fireEvent.keyDown(input, { key: 'ArrowDown' });
    expect(input.getAttribute('aria-activedescendant')).toBe('find-concept-opt-1');
    await fireEvent.keyDown(input, { key: 'Enter' });
    expect(onpick).toHaveBeenCalledWith('data-security');
  });

  it('takes the first match on Enter, and clears on Escape', async () => {
    const onpick = vi.fn();
    render(ConceptFinder, {
      query: 'ai',
      matches: findConcepts(graph, index, 'ai'),
      themeLabel: (t: string) => t,
      onpick,
    });
    const input = screen.getByRole('combobox') as HTMLInputElement;
    await fireEvent.keyDown(input, { key: 'Enter' });
    expect(onpick).toHaveBeenCalledWith('ai-governance');
    await fireEvent.keyDown(input, { key: 'Escape' });
    expect(input.value).toBe('');
  });
});

describe('NodeLinks', () => {
  it('lists a concept’s links heaviest first, each opening the link', async () => {
    const onlink = vi.fn();
    render(NodeLinks, {
      graph,
      id: 'data-flow',
      colors: new Map(),
      selectedLink: 'data-flow~data-security',
      onlink,
    });
    expect(screen.getByRole('heading').textContent).toBe('Said in the same paragraph as (4)');
    const buttons = screen.getAllByRole('button');
    // Each button's name: the concept and the count in words (the bare number is for the eye).
    expect(
      [
        'Artificial intelligence 2 paragraphs',
        'AI governance 1 paragraph',
        'Computing 1 paragraph',
        'Data security 1 paragraph',
      ].map((name) => buttons.indexOf(screen.getByRole('button', { name }))),
    ).toEqual([0, 1, 2, 3]);
    expect(buttons[3]!.getAttribute('aria-pressed')).toBe('true');
    await fireEvent.click(buttons[0]!);
    expect(onlink).toHaveBeenCalledWith('artificial-intelligence~data-flow');
  });

  it('says so when a concept has no link', () => {
    render(NodeLinks, {
      graph,
      id: 'coded-only',
      colors: new Map(),
      selectedLink: null,
      onlink: vi.fn(),
    });
    expect(document.body.textContent).toContain(
      'Not said in the same paragraph as any other concept shown.',
    );
  });
});

describe('in Chinese', () => {
  afterEach(async () => {
    await useLanguage('en');
  });

  it('names the finder, its list and its count in Chinese', async () => {
    await useLanguage('zh');
    const zhGraph = buildConceptGraph(index, { themes: null, year: null, unit: 'paragraph' }, zhTr);
    render(ConceptFinder, {
      query: 'data',
      matches: findConcepts(zhGraph, index, 'data'),
      themeLabel: (t: string) => t,
      onpick: vi.fn(),
    });
    const input = screen.getByRole('combobox', { name: '查找概念' });
    expect(input.getAttribute('placeholder')).toBe('例如：数据流动');
    await fireEvent.input(input, { target: { value: 'data' } });
    expect(screen.getByRole('listbox', { name: '匹配的概念' })).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe('找到2个概念');
  });

  it('heads a concept’s links in Chinese and counts them in 段', async () => {
    await useLanguage('zh');
    render(NodeLinks, {
      graph,
      id: 'data-flow',
      colors: new Map(),
      selectedLink: null,
      onlink: vi.fn(),
    });
    expect(screen.getByRole('heading').textContent?.trim()).toBe('与之同段出现的概念（4）');
    expect(screen.getByRole('button', { name: 'Artificial intelligence 2段' })).toBeTruthy();
  });
});
