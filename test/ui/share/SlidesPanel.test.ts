import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import SlidesPanel from '../../../src/ui/share/SlidesPanel.svelte';
import { useLanguage } from '../../../src/ui/i18n.svelte.ts';
import { fixtureApp } from '../../support/fixture-app.ts';
import { foreignInChinese, hanIn } from '../../support/language-check.ts';

const names = () =>
  within(screen.getByRole('region', { name: 'Slides' }))
    .queryAllByRole('listitem')
    .map((li) => li.querySelector('a')!.textContent);

describe('SlidesPanel', () => {
  it('adds the view on screen, reorders and removes slides, and keeps them in the URL', async () => {
    const app = fixtureApp('#/graph?focus=ai-governance');
    const onstatus = vi.fn();
    render(SlidesPanel, { app, onpresent: () => {}, onstatus });
    expect(screen.getByText(/No slides yet/)).toBeTruthy();
    await fireEvent.click(screen.getByRole('button', { name: 'Add this view' }));
    expect(onstatus).toHaveBeenLastCalledWith('Added “Concept graph · AI governance” as slide 1.');
    app.navigate({ route: 'compare', focus: null, a: 2029, b: 2030 });
    await fireEvent.click(await screen.findByRole('button', { name: 'Add this view' }));
    expect(location.hash).toBe(
      '#/compare?a=2029&b=2030&slides=graph,focus:ai-governance!compare,a:2029,b:2030',
    );
    expect(names()).toEqual(['Concept graph · AI governance', 'Compare years · 2029 and 2030']);
    await fireEvent.click(screen.getByRole('button', { name: 'Move slide 2 up' }));
    expect(app.url.slides).toEqual(['#/compare?a=2029&b=2030', '#/graph?focus=ai-governance']);
    expect(
      (screen.getByRole('button', { name: 'Move slide 1 up' }) as HTMLButtonElement).disabled,
    ).toBe(true);
    await fireEvent.click(screen.getByRole('button', { name: 'Remove slide 1' }));
    expect(app.url.slides).toEqual(['#/graph?focus=ai-governance']);
  });

  it('opens a slide’s view and keeps the deck', async () => {
    const app = fixtureApp('#/map?slides=graph,year:2030!read');
    render(SlidesPanel, { app, onpresent: () => {}, onstatus: () => {} });
    await fireEvent.click(screen.getByRole('link', { name: 'Concept graph · 2030' }));
    expect(app.url.route).toBe('graph');
    expect(app.url.year).toBe(2030);
    expect(app.url.slides).toEqual(['#/graph?year=2030', '#/read']);
  });

  it('saves the deck as a file and loads one, saying what it ignored', async () => {
    const app = fixtureApp('#/graph?slides=graph,year:2030');
    const onstatus = vi.fn();
    let saved: Blob | null = null;
    URL.createObjectURL = vi.fn((b: Blob) => {
      saved = b;
      return 'blob:x';
    });
    URL.revokeObjectURL = vi.fn();
    render(SlidesPanel, { app, onpresent: () => {}, onstatus });
    await fireEvent.click(screen.getByRole('button', { name: 'Save as file' }));
    const file = JSON.parse(await saved!.text());
    expect(file.slides).toEqual([{ title: 'Concept graph · 2030', link: '#/graph?year=2030' }]);

    const input = document.querySelector('input[type=file]') as HTMLInputElement;
    const deck = JSON.stringify({
      format: 'gdi-explorer-slides',
      version: 1,
      slides: [{ link: '#/map' }, { link: '#/graph?focus=nope' }],
    });
    Object.defineProperty(input, 'files', {
      value: [new File([deck], 'talk.json', { type: 'application/json' })],
      configurable: true,
    });
    await fireEvent.change(input);
    await vi.waitFor(() => expect(app.url.slides).toEqual(['#/map', '#/graph']));
    expect(onstatus).toHaveBeenLastCalledWith(
      'Loaded 2 slides from talk.json. Ignored: slide 2: focus (unknown concept).',
    );
  });

  it('refuses a file that is not a deck, and keeps the slides', async () => {
    const app = fixtureApp('#/graph?slides=read');
    const onstatus = vi.fn();
    render(SlidesPanel, { app, onpresent: () => {}, onstatus });
    const input = document.querySelector('input[type=file]') as HTMLInputElement;
    Object.defineProperty(input, 'files', {
      value: [new File(['not json'], 'notes.txt')],
      configurable: true,
    });
    await fireEvent.change(input);
    await vi.waitFor(() =>
      expect(onstatus).toHaveBeenCalledWith('Could not load notes.txt: the file is not JSON.'),
    );
    expect(app.url.slides).toEqual(['#/read']);
  });
});

describe('SlidesPanel in Chinese', () => {
  afterEach(() => useLanguage('en'));

  it('says what it does in Chinese, and why a file cannot be loaded', async () => {
    await useLanguage('zh');
    const app = fixtureApp('#/graph?slides=read&lang=zh');
    const onstatus = vi.fn();
    render(SlidesPanel, { app, onpresent: () => {}, onstatus });
    const panel = screen.getByRole('region', { name: '幻灯片' });
    for (const name of [
      '添加此视图',
      '演示幻灯片',
      'PowerPoint 演示文稿',
      '另存为文件',
      '载入文件…',
    ])
      expect(within(panel).getByRole('button', { name })).toBeTruthy();
    expect(within(panel).getByRole('button', { name: '删除第1张幻灯片' })).toBeTruthy();
    const input = document.querySelector('input[type=file]') as HTMLInputElement;
    Object.defineProperty(input, 'files', {
      value: [new File(['not json'], 'notes.txt')],
      configurable: true,
    });
    await fireEvent.change(input);
    await vi.waitFor(() =>
      expect(onstatus).toHaveBeenCalledWith('无法载入 notes.txt：该文件不是 JSON 文件。'),
    );
    const deck = JSON.stringify({
      format: 'gdi-explorer-slides',
      version: 1,
      slides: [{ link: '#/map' }, { link: '#/graph?focus=nope' }],
    });
    Object.defineProperty(input, 'files', {
      value: [new File([deck], 'talk.json', { type: 'application/json' })],
      configurable: true,
    });
    await fireEvent.change(input);
    await vi.waitFor(() => expect(app.url.slides).toEqual(['#/map', '#/graph']));
    const said = onstatus.mock.lastCall![0] as string;
    expect(said.startsWith('已从 talk.json 载入2张幻灯片。已忽略：')).toBe(true);
    expect(hanIn(said).length).toBeGreaterThan(0);
    // The file's name and the link's parameter name are quoted as they are.
    expect(said).toContain('第2张幻灯片：focus（未知的概念）');
    expect(foreignInChinese(said.replace('talk.json', '').replace('focus', ''))).toEqual([]);
  });
});
