import { fireEvent, render, screen } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import ShareBar from '../../../src/ui/share/ShareBar.svelte';
import { fixtureApp } from '../../support/fixture-app.ts';

describe('ShareBar', () => {
  it('copies the address of exactly what is on screen', async () => {
    const writeText = vi.fn(() => Promise.resolve());
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    render(ShareBar, {
      app: fixtureApp('#/graph?year=2030&focus=ai-governance'),
      onpresent: () => {},
    });
    await fireEvent.click(screen.getByRole('button', { name: /^Share/ }));
    await fireEvent.click(await screen.findByRole('menuitem', { name: /^Copy link/ }));
    await vi.waitFor(() => expect(writeText).toHaveBeenCalledWith(location.href));
    expect(location.hash).toBe('#/graph?year=2030&focus=ai-governance');
    expect(await screen.findByText('Link copied.')).toBeTruthy();
  });

  it('shows the slides panel on request, with the number of slides on its button', async () => {
    render(ShareBar, { app: fixtureApp('#/graph?slides=graph!read'), onpresent: () => {} });
    const button = screen.getByRole('button', { name: 'Slides (2)' });
    expect(button.getAttribute('aria-expanded')).toBe('false');
    await fireEvent.click(button);
    expect(button.getAttribute('aria-expanded')).toBe('true');
    // The panel's code loads on first open.
    expect(await screen.findByRole('region', { name: 'Slides' }, { timeout: 5000 })).toBeTruthy();
  });

  it('starts the presentation', async () => {
    const onpresent = vi.fn();
    render(ShareBar, { app: fixtureApp(), onpresent });
    await fireEvent.click(screen.getByRole('button', { name: 'Present' }));
    expect(onpresent).toHaveBeenCalledOnce();
  });

  it('cites the chart, and the sentence a reader link names', async () => {
    render(ShareBar, {
      app: fixtureApp('#/read?doc=fixture-statement&s=p1.s2'),
      onpresent: () => {},
    });
    await fireEvent.click(screen.getByRole('button', { name: /^Share/ }));
    await fireEvent.click(await screen.findByRole('menuitem', { name: /^Cite/ }));
    expect(await screen.findByRole('region', { name: 'Cite this sentence' })).toBeTruthy();
    expect(screen.getByRole('region', { name: 'Cite this chart' }).textContent).toContain(
      'Fixture chart · 2030 [Interactive chart; codebook 0.1.0]',
    );
  });
});
