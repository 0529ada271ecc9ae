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
  it('compares the two latest years by default: 2030 and 2031, both texts', () => {
    expect(index.years).toEqual([2029, 2030, 2031]);
    render(CompareView, { app: fakeApp({}) });
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

  it('compares the record year 2029 with 2031 when the link asks', () => {
    render(CompareView, { app: fakeApp({ a: 2029, b: 2031 }) });
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
