// The comparison on a three-year fixture (2029 a record, 2030 and 2031 texts): which concepts land
// in which set for the years chosen, and the headline that counts them. The sets were worked out by
// hand from the fixture: 2030's text names data flow, data security, artificial intelligence, AI
// governance and computing infrastructure; 2031's names data security and a satellite
// constellation (the "Coded only" concept); 2029's record codes "Coded only" and data flow.

import { render, screen } from '@testing-library/svelte';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { indexCorpus } from '../../../src/lib/model/corpus-index.ts';
import type { AppState } from '../../../src/lib/state/app-state.svelte.ts';
import { DEFAULT_STATE, serializeUrl, type UrlState } from '../../../src/lib/state/url-state.ts';
import CompareView from '../../../src/views/compare/CompareView.svelte';
import { threeYearCorpus } from '../../support/forum-fixtures.ts';
import { useLanguage } from '../../../src/ui/i18n.svelte.ts';
import { hanIn } from '../../support/language-check.ts';
import { laterPartsDrawn } from '../../support/later-parts.ts';

const index = indexCorpus(threeYearCorpus());

function fakeApp(url: Partial<UrlState>): AppState {
  const state = { ...DEFAULT_STATE, route: 'compare' as const, ...url };
  return {
    index,
    url: state,
    navigate: vi.fn(),
    href: (patch: Partial<UrlState> = {}) => serializeUrl({ ...state, ...patch }),
    setChart: () => {},
    terms: null,
    requestTerms: vi.fn(),
  } as unknown as AppState;
}

/** The concept labels in each set, by the set's heading. */
function sets(): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const section of document.querySelectorAll<HTMLElement>('section.set')) {
    const heading = section.querySelector('h2')!.textContent!.trim();
    out[heading] = [...section.querySelectorAll('.chip > span:not([class])')].map((s) =>
      s.textContent!.trim(),
    );
  }
  return out;
}

beforeEach(() => {
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

describe('CompareView on three years', () => {
  it('compares the two latest years by default: 2030 and 2031, both texts', async () => {
    expect(index.years).toEqual([2029, 2030, 2031]);
    render(CompareView, { app: fakeApp({}) });
    await laterPartsDrawn();
    expect(
      screen.getByText('2030 → 2031: 1 concept in both; 1 new in 2031; 4 dropped (only in 2030).'),
    ).toBeTruthy();
    expect(sets()).toEqual({
      'In both (1)': ['Data security'],
      'Only in 2030: dropped concepts (4)': [
        'Data flow',
        'Artificial intelligence',
        'AI governance',
        'Computing',
      ],
      'Only in 2031: new concepts (1)': ['Coded only'],
    });
    // Data flow: "cross-border data flows", "cross border data flow", "Data flow matters".
    expect(screen.getByText(/^: 2030: 3 mentions; not in 2031\./)).toBeTruthy();
  });

  it('compares the record year 2029 with 2031 when the link asks', async () => {
    render(CompareView, { app: fakeApp({ a: 2029, b: 2031 }) });
    await laterPartsDrawn();
    // 2029 rests on its record: what 2031 adds is only "not in 2029's available record".
    expect(document.querySelector('.headline')!.textContent).toBe(
      '2029 → 2031: 1 concept in both; 1 only in 2031 (not in 2029’s available record: all of it); 1 dropped (only in 2029).',
    );
    expect(sets()).toEqual({
      'In both (1)': ['Coded only'],
      'Only in 2029: dropped concepts (1)': ['Data flow'],
      'Only in 2031; not in 2029’s available record (1)': ['Data security'],
    });
    expect(screen.getByText(/^: 2029: coded; 2031: 1 mention\./)).toBeTruthy();
  });
});

describe('CompareView in Chinese', () => {
  beforeEach(async () => {
    await useLanguage('zh');
  });
  afterEach(async () => {
    await useLanguage('en');
  });

  it('says the headline, sets, controls and chart title in Chinese', async () => {
    render(CompareView, { app: fakeApp({ a: 2029, b: 2031 }) });
    await laterPartsDrawn();
    expect(document.querySelector('.headline')!.textContent).toBe(
      '2029年 → 2031年：两年共有1个概念；1个仅见于2031年（不见于2029年现有的记录：all of it）；1个不再提及（仅见于2029年）。',
    );
    expect(Object.keys(sets())).toEqual([
      '两年都有（1）',
      '仅见于2029年：不再提及的概念（1）',
      '仅见于2031年；不见于2029年现有的记录（1）',
    ]);
    expect(screen.getByRole('button', { name: '交换年份' })).toBeTruthy();
    expect(screen.getByText(/^：2029年：已编码；2031年：提及1次。查看证据$/)).toBeTruthy();
    // The record's extent is the data's English: set apart with lang="en", and said to be so.
    const basis = document.querySelector('ul.basis')!;
    expect(basis.querySelector('[lang="en"]')!.textContent).toBe('all of it');
    expect(basis.textContent).toContain('资料中没有中文表述');
  });

  it('leaves no English outside text marked as English', async () => {
    render(CompareView, { app: fakeApp({ a: 2030, b: 2031 }) });
    await laterPartsDrawn();
    const copy = document.body.cloneNode(true) as HTMLElement;
    for (const el of copy.querySelectorAll('[lang="en"], .visually-hidden, svg')) el.remove();
    // Concept labels of the fixture codebook have no Chinese form: they are the fixture's words.
    for (const el of copy.querySelectorAll('.chip > span:not([class])')) el.remove();
    // So are the data table's rows (its theme and concept names); its caption and headings stay.
    for (const el of copy.querySelectorAll('table tbody')) el.remove();
    const latin = (copy.textContent ?? '').match(/[A-Za-z]{2,}/g) ?? [];
    expect(latin).toEqual([]);
    expect(hanIn(document.querySelector('h1')!.textContent!).length).toBeGreaterThan(0);
  });
});
