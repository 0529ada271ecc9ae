import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import CitationList from '../../../src/ui/share/CitationList.svelte';

const target = {
  kind: 'sentence' as const,
  title: 'A <b>statement</b>',
  date: '2024-11-21',
  paragraph: 5,
  source: 'https://s.org/x',
  permalink: 'https://x.org/#/read?doc=d&s=p5.s2',
  accessed: '2025-03-04',
};

describe('CitationList', () => {
  it('shows the citation in the three styles, italics as <i>, text as text', () => {
    const { container } = render(CitationList, { props: { target, label: 'Cite this sentence' } });
    const region = screen.getByRole('region', { name: 'Cite this sentence' });
    expect(
      within(region)
        .getAllByRole('term')
        .map((t) => t.textContent),
    ).toEqual(['APA', 'Chicago', 'GB/T 7714']);
    expect(container.querySelector('[data-style="apa"] i')?.textContent).toBe('A <b>statement</b>');
    expect(container.querySelector('b')).toBeNull();
    expect(container.querySelector('[data-style="gbt"]')?.textContent).toBe(
      'A <b>statement</b>[EB/OL]. (2024-11-21)[2025-03-04]. https://s.org/x. Para. 5, via GDI Digital Cooperation Explorer: https://x.org/#/read?doc=d&s=p5.s2.',
    );
  });

  it('copies a style’s citation as plain text', async () => {
    const writeText = vi.fn(() => Promise.resolve());
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    render(CitationList, { props: { target, label: 'Cite' } });
    await fireEvent.click(screen.getByRole('button', { name: 'Copy Chicago citation' }));
    await vi.waitFor(() => expect(writeText).toHaveBeenCalled());
    expect(writeText.mock.calls[0]).toEqual([
      '“A <b>statement</b>,” para. 5. November 21, 2024. https://s.org/x. Accessed March 4, 2025, via GDI Digital Cooperation Explorer. https://x.org/#/read?doc=d&s=p5.s2.',
    ]);
    expect(await screen.findByRole('button', { name: 'Copied Chicago citation' })).toBeTruthy();
  });
});
