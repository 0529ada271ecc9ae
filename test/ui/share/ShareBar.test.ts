import { fireEvent, render, screen } from '@testing-library/svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import ShareBar from '../../../src/ui/share/ShareBar.svelte';
import { useLanguage } from '../../../src/ui/i18n.svelte.ts';
import { fixtureApp } from '../../support/fixture-app.ts';
import { foreignInChinese } from '../../support/language-check.ts';

describe('ShareBar', () => {
  it('copies the address of exactly what is on screen', async () => {
    const writeText = vi.fn(() => Promise.resolve());
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    render(ShareBar, {
      app: fixtureApp('#/graph?year=2030&focus=ai-governance'),
      onpresent: () => {},
    });
    await fireEvent.click(screen.getByRole('button', { name: /^Share/ }));
    // The tools' code loads on this first click (the first test compiles it: allow for that).
    await fireEvent.click(
      await screen.findByRole('menuitem', { name: /^Copy link/ }, { timeout: 5000 }),
    );
    await vi.waitFor(() => expect(writeText).toHaveBeenCalledWith(location.href));
    expect(location.hash).toBe('#/graph?year=2030&focus=ai-governance');
    expect(await screen.findByText('Link copied.')).toBeTruthy();
  });

  it('shows the slides panel on request, with the number of slides on its button', async () => {
    render(ShareBar, { app: fixtureApp('#/graph?slides=graph!read'), onpresent: () => {} });
    const button = () => screen.getByRole('button', { name: 'Slides (2)' });
    expect(button().getAttribute('aria-expanded')).toBe('false');
    await fireEvent.click(button());
    // The click is handed to the tools' own button once their code is in.
    await vi.waitFor(() => expect(button().getAttribute('aria-expanded')).toBe('true'));
    // The panel's code loads on first open.
    expect(await screen.findByRole('region', { name: 'Slides' }, { timeout: 5000 })).toBeTruthy();
  });

  it('shows the same buttons before its tools’ code is in, and hands the focus over to them', async () => {
    render(ShareBar, { app: fixtureApp(), onpresent: () => {} });
    const names = () =>
      screen.getAllByRole('button').map((b) => b.textContent?.replace(/\s+/g, ' ').trim());
    const before = names();
    expect(before).toEqual(['Share ▾', 'Export ▾', 'Slides', 'Present']);
    const light = screen.getByRole('button', { name: /^Export/ });
    expect(light.getAttribute('aria-controls')).toBeNull(); // no menu to control yet
    light.focus();
    await new Promise((done) => setTimeout(done, 50));
    // The focus alone changes nothing (Tab goes through these buttons); ↓ opens the menu.
    expect(screen.getByRole('button', { name: /^Export/ })).toBe(light);
    await fireEvent.keyDown(light, { key: 'ArrowDown' });
    const items = await screen.findAllByRole('menuitem');
    expect(items[0]?.textContent).toMatch(/^SVG image/);
    await vi.waitFor(() => expect(document.activeElement).toBe(items[0]));
    const tools = screen.getByRole('button', { name: /^Export/ });
    expect(tools).not.toBe(light);
    expect(tools.getAttribute('aria-controls')).toBeTruthy();
    await fireEvent.keyDown(items[0]!, { key: 'Escape' });
    expect(document.activeElement).toBe(tools); // back on the tools' own button
    expect(names()).toEqual(before);
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

describe('ShareBar in Chinese', () => {
  afterEach(() => useLanguage('en'));

  it('names its tools and cites the chart in Chinese; the chart’s own title stays as given', async () => {
    await useLanguage('zh');
    render(ShareBar, { app: fixtureApp('#/graph?slides=graph&lang=zh'), onpresent: () => {} });
    expect(screen.getByRole('group', { name: '分享与导出' })).toBeTruthy();
    expect(screen.getByRole('button', { name: '幻灯片（1）' })).toBeTruthy();
    expect(screen.getByRole('button', { name: '演示' })).toBeTruthy();
    await fireEvent.click(screen.getByRole('button', { name: /^分享/ }));
    expect(
      (await screen.findAllByRole('menuitem')).map((m) => m.querySelector('.label')?.textContent),
    ).toEqual(['复制链接', '引用…', '嵌入…']);
    await fireEvent.click(screen.getByRole('menuitem', { name: /^引用/ }));
    const cite = await screen.findByRole('region', { name: '引用这张图表' });
    const styles = [...cite.querySelectorAll('dt')].map((d) => d.textContent);
    expect(styles).toEqual(['APA', '芝加哥格式', 'GB/T 7714']);
    const gbt = cite.querySelector('[data-style="gbt"]')?.textContent ?? '';
    expect(gbt).toContain('全球发展倡议数字合作探索器. Fixture chart · 2030：编码本 0.1.0[DB/OL]');
    // Every word the dialog says is Chinese; what it quotes (the chart's title, the link, the
    // [DB/OL] of GB/T 7714) is marked as English.
    const dialog = screen.getByRole('dialog').cloneNode(true) as HTMLElement;
    const quoted = [...dialog.querySelectorAll('[lang="en"]')].map((e) => e.textContent);
    expect(quoted).toEqual(expect.arrayContaining(['DB/OL', 'Fixture chart']));
    for (const e of dialog.querySelectorAll('[lang="en"]')) e.remove();
    expect(foreignInChinese(dialog.textContent ?? '')).toEqual([]);
  });
});
