import { render, screen } from '@testing-library/svelte';
import { createRawSnippet } from 'svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import ChartFrame from '../../../src/ui/shell/ChartFrame.svelte';
import { fixtureApp } from '../../support/fixture-app.ts';

const children = createRawSnippet(() => ({ render: () => '<svg class="the-chart"></svg>' }));

describe('ChartFrame', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('frames the view with the chart’s title, legend, source line and a link back', () => {
    const app = fixtureApp('#/graph?themes=ai&embed=1');
    const { container } = render(ChartFrame, {
      app,
      embed: true,
      fallbackTitle: 'Graph',
      children,
    });
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Fixture chart · 2030');
    expect(container.querySelector('.the-chart')).not.toBeNull();
    expect(screen.getByRole('list', { name: 'Legend' }).textContent?.trim()).toBe('AI');
    expect(container.querySelector('.source')?.textContent).toBe(
      'Source: Fixture record (9 Nov 2029, record: concepts coded by hand); Fixture statement (1 May 2030, full text) · GDI Digital Cooperation Explorer, codebook 0.1.0',
    );
    const back = screen.getByRole('link', { name: /Open in the GDI Digital Cooperation Explorer/ });
    expect(back.getAttribute('href')).toBe(`${location.href.split('#')[0]}#/graph?themes=ai`);
    expect(back.getAttribute('target')).toBe('_blank');
  });

  it('uses the view’s name until it registers a chart, and has no link back on a slide', () => {
    const app = fixtureApp('#/graph?present=1&embed=1', null);
    render(ChartFrame, { app, embed: false, fallbackTitle: 'How the themes connect', children });
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('How the themes connect');
    expect(screen.queryByRole('link')).toBeNull();
  });

  it('tells the host page its height when embedded', () => {
    const postMessage = vi.fn();
    const observed: Element[] = [];
    vi.stubGlobal(
      'ResizeObserver',
      class {
        observe(el: Element) {
          observed.push(el);
        }
        disconnect() {}
      },
    );
    Object.defineProperty(window, 'parent', { value: { postMessage }, configurable: true });
    try {
      const app = fixtureApp('#/graph?embed=1');
      render(ChartFrame, { app, embed: true, fallbackTitle: 'Graph', children });
      expect(postMessage).toHaveBeenCalledWith(
        { type: 'gdi-explorer:height', height: 0, url: location.href },
        '*',
      );
      // The whole embed is watched for changes of height (and the frame's parts, for the view's room).
      expect(observed.length).toBeGreaterThan(0);
    } finally {
      Object.defineProperty(window, 'parent', { value: window, configurable: true });
    }
  });
});
