// The reader's text on the three-year fixture: each sentence carries its id, each mention its
// theme's look (colour and line style through the theme's CSS variables, any number of themes),
// the focused concept is marked, a theme turned off is said on the article, and choosing a
// sentence reports its id. Sentences and mentions worked out by hand from the fixture's texts.

import { fireEvent, render } from '@testing-library/svelte';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { indexCorpus } from '../../../src/lib/model/corpus-index.ts';
import { readerParagraphs } from '../../../src/lib/model/reader-text.ts';
import { themeMarks } from '../../../src/lib/model/theme-marks.ts';
import ReaderText from '../../../src/views/reader/ReaderText.svelte';
import { partsPending } from '../../../src/browser/pending-parts.ts';
import { threeYearCorpus } from '../../support/forum-fixtures.ts';

const index = indexCorpus(threeYearCorpus());

// The linked sentence is scrolled to, asking whether motion is reduced.
beforeEach(() => {
  vi.stubGlobal('matchMedia', () => ({ matches: true }));
  Element.prototype.scrollIntoView ??= () => {};
});
afterEach(() => vi.unstubAllGlobals());

function renderDoc(
  docId: string,
  opts: { focus?: string; selected?: string; visibleThemes?: string[] } = {},
) {
  const doc = index.documentById.get(docId)!;
  const onselect = vi.fn();
  const result = render(ReaderText, {
    docId,
    paragraphs: readerParagraphs(index, doc, []),
    selected: opts.selected ?? null,
    focus: opts.focus ?? null,
    themes: index.themes,
    visibleThemes: opts.visibleThemes ?? null,
    conceptById: index.conceptById,
    marks: themeMarks(index.themes),
    onselect,
    linkTo: (s: string) => `https://example.org/#/read?doc=${docId}&s=${s}`,
  });
  return { ...result, onselect };
}

const sentenceIds = (root: HTMLElement) =>
  [...root.querySelectorAll<HTMLElement>('[data-sentence]')].map((s) => s.dataset['sentence']);
const mentions = (root: HTMLElement) =>
  [...root.querySelectorAll<HTMLElement>('.m')].map((m) => ({
    text: m.textContent,
    tag: m.tagName.toLowerCase(),
    sentence: m.closest<HTMLElement>('[data-sentence]')!.dataset['sentence'],
    look: ['--c', '--s', '--l', '--d'].map((v) => m.style.getPropertyValue(v)).join(' '),
  }));

// Themes in codebook order: data (0), ai (1), infra (2).
const look = (i: number) =>
  `var(--t${i}) var(--u${i}) var(--l${i}, underline) var(--d${i}, inline)`;

describe('ReaderText on the 2031 fixture statement', () => {
  it('gives each sentence its id and each mention its theme look', () => {
    const { container } = renderDoc('fixture-2031-statement');
    expect(sentenceIds(container)).toEqual(['p1.s1', 'p1.s2']);
    expect(mentions(container)).toEqual([
      { text: 'data security', tag: 'span', sentence: 'p1.s1', look: look(0) },
      { text: 'satellite constellation', tag: 'span', sentence: 'p1.s2', look: look(2) },
    ]);
    const article = container.querySelector('article')!;
    const style = article.getAttribute('style')!;
    expect(style).toContain('--t0: #009E73');
    expect(style).toContain('--t2: #0072B2');
    expect(style).not.toContain('--l');
  });

  it('marks the focused concept and links the selected sentence', () => {
    const { container } = renderDoc('fixture-2031-statement', {
      focus: 'data-security',
      selected: 'p1.s2',
    });
    expect(mentions(container).map((m) => [m.text, m.tag])).toEqual([
      ['data security', 'mark'],
      ['satellite constellation', 'span'],
    ]);
    const selected = container.querySelector('.sentence.selected')!;
    expect(selected.getAttribute('data-sentence')).toBe('p1.s2');
    expect(selected.getAttribute('aria-current')).toBe('location');
    expect(container.querySelectorAll('[aria-current]')).toHaveLength(1);
  });

  it('says a theme turned off on the article: its underline and letters off, the others on', () => {
    const { container } = renderDoc('fixture-2031-statement', { visibleThemes: ['data'] });
    const style = container.querySelector('article')!.getAttribute('style')!;
    expect(style).toContain('--l1: none; --d1: none');
    expect(style).toContain('--l2: none; --d2: none');
    expect(style).not.toContain('--l0');
  });

  it('reports the sentence chosen by a click', async () => {
    const { container, onselect } = renderDoc('fixture-2031-statement');
    await fireEvent.click(container.querySelector('[data-sentence="p1.s2"]')!);
    expect(onselect).toHaveBeenCalledWith('p1.s2');
  });
});

describe('ReaderText on the 2030 fixture statement', () => {
  it('underlines data flow in the three sentences that name it', async () => {
    const { container } = renderDoc('fixture-statement');
    // The first chunk's later paragraphs come in an idle moment after its first one.
    await vi.waitFor(() => expect(partsPending()).toBe(0));
    const flows = mentions(container).filter((m) => /data flow/i.test(m.text ?? ''));
    // "cross-border data flows", "cross border data flow", "Data flow matters".
    expect(flows.map((m) => m.sentence)).toEqual(['p1.s2', 'p3.s2', 'p3.s4']);
    for (const m of flows) expect(m.look).toBe(look(0));
  });
});
