import { fireEvent, render, screen } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import ThemeLegend from '../../../src/ui/shell/ThemeLegend.svelte';
import { indexCorpus } from '../../../src/lib/model/corpus-index.ts';
import { miniCorpus } from '../../support/mini-corpus.ts';

const index = indexCorpus(miniCorpus());

describe('ThemeLegend', () => {
  it('shows every theme as a pressed toggle with its mention count', () => {
    render(ThemeLegend, { index, selected: null, onchange: () => {} });
    const buttons = screen.getAllByRole('button');
    expect(buttons.map((b) => b.textContent?.replace(/[\s\u00a0]+/g, ' ').trim())).toEqual([
      'Data 4 mentions',
      'AI 3 mentions',
      'Infrastructure 1 mentions',
    ]);
    expect(buttons.every((b) => b.getAttribute('aria-pressed') === 'true')).toBe(true);
  });

  it('hides a theme when pressed, in codebook order', async () => {
    const onchange = vi.fn();
    render(ThemeLegend, { index, selected: null, onchange });
    await fireEvent.click(screen.getByRole('button', { name: /^AI/ }));
    expect(onchange).toHaveBeenCalledWith(['data', 'infra']);
  });

  it('shows a hidden theme again, and all themes back means no filter', async () => {
    const onchange = vi.fn();
    render(ThemeLegend, { index, selected: ['data', 'infra'], onchange });
    expect(screen.getByRole('button', { name: /^AI/ }).getAttribute('aria-pressed')).toBe('false');
    await fireEvent.click(screen.getByRole('button', { name: /^AI/ }));
    expect(onchange).toHaveBeenLastCalledWith(null);
    await fireEvent.click(screen.getByRole('button', { name: 'Show all themes' }));
    expect(onchange).toHaveBeenLastCalledWith(null);
  });

  it('never leaves an empty filter: hiding the last theme shows all', async () => {
    const onchange = vi.fn();
    render(ThemeLegend, { index, selected: ['ai'], onchange });
    await fireEvent.click(screen.getByRole('button', { name: /^AI/ }));
    expect(onchange).toHaveBeenCalledWith(null);
  });
});
