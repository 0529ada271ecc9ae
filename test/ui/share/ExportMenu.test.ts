import { fireEvent, render, screen } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import { EXPORT_FORMATS } from '../../../src/browser/export/formats.ts';
import ExportMenu from '../../../src/ui/share/ExportMenu.svelte';
import { fixtureApp, fixtureChart } from '../../support/fixture-app.ts';

const button = () => screen.getByRole('button', { name: /^Export/ });
const focused = () => document.activeElement?.querySelector('.label')?.textContent;

describe('ExportMenu (menu button)', () => {
  it('opens with the keyboard on its first item, moves with the arrows, Home and End, and wraps', async () => {
    render(ExportMenu, { app: fixtureApp(), onstatus: () => {} });
    expect(button().getAttribute('aria-haspopup')).toBe('menu');
    expect(button().getAttribute('aria-expanded')).toBe('false');
    await fireEvent.keyDown(button(), { key: 'ArrowDown' });
    expect(button().getAttribute('aria-expanded')).toBe('true');
    const menu = screen.getByRole('menu', { name: 'Export' });
    expect(
      screen.getAllByRole('menuitem').map((m) => m.querySelector('.label')?.textContent),
    ).toEqual([
      'SVG image',
      'PNG image 1×',
      'PNG image 2×',
      'PNG image 4×',
      'PowerPoint slide',
      'Web page',
      'Data',
    ]);
    // One item per row of the formats table, in its order.
    expect(screen.getAllByRole('menuitem').map((m) => m.getAttribute('data-kind'))).toEqual(
      EXPORT_FORMATS.map((f) => f.kind),
    );
    expect(focused()).toBe('SVG image');
    await fireEvent.keyDown(menu, { key: 'ArrowDown' });
    expect(focused()).toBe('PNG image 1×');
    await fireEvent.keyDown(menu, { key: 'ArrowUp' });
    await fireEvent.keyDown(menu, { key: 'ArrowUp' });
    expect(focused()).toBe('Data');
    await fireEvent.keyDown(menu, { key: 'Home' });
    expect(focused()).toBe('SVG image');
    await fireEvent.keyDown(menu, { key: 'End' });
    expect(focused()).toBe('Data');
    await fireEvent.keyDown(menu, { key: 'w' });
    expect(focused()).toBe('Web page');
  });

  it('opens on the last item with ArrowUp, and Escape closes it and returns focus to the button', async () => {
    render(ExportMenu, { app: fixtureApp(), onstatus: () => {} });
    await fireEvent.keyDown(button(), { key: 'ArrowUp' });
    expect(focused()).toBe('Data');
    await fireEvent.keyDown(screen.getByRole('menu'), { key: 'Escape' });
    expect(screen.queryByRole('menu')).toBeNull();
    expect(document.activeElement).toBe(button());
  });

  it('says why an item cannot be used: no chart, or a chart not drawn yet', async () => {
    const onstatus = vi.fn();
    render(ExportMenu, { app: fixtureApp('#/graph', null), onstatus });
    await fireEvent.click(button());
    const svg = screen.getAllByRole('menuitem')[0]!;
    expect(svg.getAttribute('aria-disabled')).toBe('true');
    expect(svg.textContent).toContain('This view has no chart to export.');
    await fireEvent.click(svg);
    expect(onstatus).toHaveBeenCalledWith('This view has no chart to export.');
  });

  it('offers the data of a chart that is not drawn, but not its images', async () => {
    render(ExportMenu, { app: fixtureApp('#/graph', fixtureChart(null)), onstatus: () => {} });
    await fireEvent.click(button());
    const items = screen.getAllByRole('menuitem');
    expect(items.map((i) => i.getAttribute('aria-disabled'))).toEqual([
      'true',
      'true',
      'true',
      'true',
      'true',
      'true',
      'false',
    ]);
    expect(items[0]!.textContent).toContain('The chart is not drawn yet.');
  });
});

describe('MenuButton: a click elsewhere and Tab close it', () => {
  it('closes on a pointer down outside, and on Tab without taking focus back', async () => {
    render(ExportMenu, { app: fixtureApp(), onstatus: () => {} });
    await fireEvent.click(button());
    expect(screen.getByRole('menu')).toBeTruthy();
    await fireEvent.pointerDown(document.body);
    expect(screen.queryByRole('menu')).toBeNull();
    await fireEvent.keyDown(button(), { key: 'Enter' });
    await fireEvent.keyDown(screen.getByRole('menu'), { key: 'Tab' });
    expect(screen.queryByRole('menu')).toBeNull();
  });
});
