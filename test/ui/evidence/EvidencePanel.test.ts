import { render, screen, within } from '@testing-library/svelte';
import { createRawSnippet, type ComponentProps } from 'svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import EvidencePanel from '../../../src/ui/evidence/EvidencePanel.svelte';
import { buildCorpus, corpusInputs } from '../../../src/lib/corpus/build-corpus.ts';
import { indexCorpus } from '../../../src/lib/model/corpus-index.ts';
import { conceptEvidence } from '../../../src/lib/model/evidence.ts';
import { miniCorpus } from '../../support/mini-corpus.ts';
import { zhTr } from '../../support/i18n.ts';
import { useLanguage } from '../../../src/ui/i18n.svelte.ts';

const index = indexCorpus(miniCorpus());
const href = (s: { doc: { id: string }; sentence: { id: string } }) =>
  `#/read?doc=${s.doc.id}&s=${s.sentence.id}`;

/** Renders the panel and waits for the evidence (its code loads with the first selection). */
async function renderPanel(props: ComponentProps<typeof EvidencePanel>) {
  const result = render(EvidencePanel, props);
  // The first import of its code, in a test run, can take a while.
  if (props.evidence) await screen.findByRole('heading', { level: 2 }, { timeout: 5000 });
  return result;
}

describe('EvidencePanel', () => {
  it('is a region named Evidence listing each sentence with its words marked and a reader link', async () => {
    await renderPanel({
      index,
      evidence: conceptEvidence(index, 'data-flow'),
      sentenceHref: href,
    });
    const region = screen.getByRole('region', { name: 'Evidence' });
    expect(within(region).getByRole('heading', { name: 'Data flow' })).toBeTruthy();
    const items = within(region).getAllByRole('listitem');
    expect(items.slice(0, 3).map((li) => li.querySelector('mark')?.textContent)).toEqual([
      'cross-border data flows',
      'cross border data flow',
      'Data flow',
    ]);
    const links = within(region).getAllByRole('link', { name: /Read in context/ });
    expect(links.map((a) => a.getAttribute('href'))).toEqual([
      '#/read?doc=fixture-statement&s=p1.s2',
      '#/read?doc=fixture-statement&s=p3.s2',
      '#/read?doc=fixture-statement&s=p3.s4',
    ]);
    expect(region.textContent?.replace(/\s+/g, ' ')).toContain(
      '3 sentences in 1 text; 1 coded record entry',
    );
    expect(region.textContent).toContain('From forum records (coded, not matched in a text)');
  });

  it('keeps the sentences it drew when the language changes: they are said again, not drawn anew', async () => {
    await renderPanel({ index, evidence: conceptEvidence(index, 'data-flow'), sentenceHref: href });
    const heading = screen.getByRole('heading', { level: 2 });
    // Its code's loader asks for the evidence messages; the language in use is not a dependency of
    // the markup that calls it, so the detail is not loaded and mounted a second time.
    await useLanguage('zh');
    await new Promise((done) => setTimeout(done, 50));
    expect(heading.isConnected).toBe(true);
    expect(screen.getByRole('region', { name: '证据' })).toBeTruthy();
    expect(screen.getAllByRole('link', { name: /^查看上下文/ }).length).toBe(3);
  });

  it('shows a hint when nothing is selected', () => {
    render(EvidencePanel, { index, evidence: null, sentenceHref: href, hint: 'Click a node.' });
    expect(screen.getByRole('region', { name: 'Evidence' }).textContent).toContain('Click a node.');
  });

  it('keeps its live region when a selection comes, so that the evidence is announced', async () => {
    const { rerender } = render(EvidencePanel, {
      index,
      evidence: null,
      sentenceHref: href,
      hint: 'Click a node.',
    });
    const region = screen.getByRole('region', { name: 'Evidence' });
    expect(region.getAttribute('aria-live')).toBe('polite');
    await rerender({ evidence: conceptEvidence(index, 'data-flow') });
    expect(
      await within(region).findByRole('heading', { name: 'Data flow' }, { timeout: 5000 }),
    ).toBeTruthy();
    expect(screen.getByRole('region', { name: 'Evidence' })).toBe(region);
    expect(region.textContent).not.toContain('Click a node.');
  });

  it('renders document text as text, never as markup', async () => {
    const inputs = corpusInputs(miniCorpus());
    const hostile = '<img src=x onerror="window.__pwned=1"> We support data flow <b>now</b>.';
    const doc = { ...inputs.documents[0]!, text: hostile };
    const corpus = buildCorpus(inputs.codebook, inputs.records, [doc]);
    const hostileIndex = indexCorpus(corpus);
    const { container } = await renderPanel({
      index: hostileIndex,
      evidence: conceptEvidence(hostileIndex, 'data-flow'),
      sentenceHref: href,
    });
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('b')).toBeNull();
    expect(container.textContent).toContain('<img src=x onerror="window.__pwned=1">');
  });
});

describe('EvidencePanel: per-sentence actions', () => {
  it('cites any sentence, with its link in the explorer, on request', async () => {
    await renderPanel({
      index,
      evidence: conceptEvidence(index, 'data-flow'),
      sentenceHref: href,
    });
    const cites = screen.getAllByText('Cite', { selector: 'summary' });
    expect(cites).toHaveLength(3);
    const details = cites[0]!.closest('details')!;
    expect(details.querySelector('[data-style]')).toBeNull();
    details.open = true;
    details.dispatchEvent(new Event('toggle'));
    await vi.waitFor(() => expect(details.querySelector('[data-style="apa"]')).not.toBeNull());
    const permalink = new URL('#/read?doc=fixture-statement&s=p1.s2', location.href).href;
    expect(details.querySelector('[data-style="apa"]')!.textContent).toMatch(
      new RegExp(
        `^Fixture statement \\[Paragraph 1\\]\\. \\(2030, May 1\\)\\. https://example\\.org/fixture\\. Retrieved .+, from GDI Digital Cooperation Explorer: ${permalink.replace(/[.?]/g, '\\$&')}$`,
      ),
    );
  });

  it('renders the actions a view adds to each sentence', async () => {
    const sentenceActions = createRawSnippet((s: () => { key: string }) => ({
      render: () => `<button type="button">Pin ${s().key}</button>`,
    }));
    await renderPanel({
      index,
      evidence: conceptEvidence(index, 'data-flow'),
      sentenceHref: href,
      sentenceActions,
    });
    expect(screen.getByRole('button', { name: 'Pin fixture-statement:p3.s2' })).toBeTruthy();
  });
});

describe('EvidencePanel: concordance link', () => {
  it('offers the concordance when given a link, and not otherwise', async () => {
    const evidence = conceptEvidence(index, 'data-flow');
    const { unmount } = await renderPanel({
      index,
      evidence,
      sentenceHref: href,
      concordanceHref: '#/read?panel=concordance&focus=data-flow',
    });
    const link = screen.getByRole('link', { name: 'Concordance of Data flow' });
    expect(link.getAttribute('href')).toBe('#/read?panel=concordance&focus=data-flow');
    unmount();
    await renderPanel({ index, evidence, sentenceHref: href });
    expect(screen.queryByRole('link', { name: /Concordance/ })).toBeNull();
  });
});

describe('EvidencePanel in Chinese', () => {
  afterEach(async () => {
    await useLanguage('en');
  });

  it('counts, places and links in Chinese; the quoted sentences keep their own language', async () => {
    await useLanguage('zh');
    await renderPanel({
      index,
      evidence: conceptEvidence(index, 'data-flow', {}, zhTr),
      sentenceHref: href,
      concordanceHref: '#/read?panel=concordance&focus=data-flow',
    });
    const region = screen.getByRole('region', { name: '证据' });
    const text = region.textContent?.replace(/\s+/g, '') ?? '';
    expect(text).toContain('1份文本中的3句；1条记录编码');
    expect(text).toContain('第1段第2句');
    expect(text).toContain('来自论坛记录（据记录编码，并非在文本中匹配）');
    expect(within(region).getAllByRole('link', { name: /^查看上下文/ })).toHaveLength(3);
    expect(within(region).getAllByText('引用', { selector: 'summary' })).toHaveLength(3);
    expect(within(region).getByRole('link', { name: /的语境索引$/ })).toBeTruthy();
    for (const q of region.querySelectorAll('blockquote'))
      expect(q.getAttribute('lang')).toBe('en');
  });

  it('quotes an uncoded term in its text’s language, the note in Chinese', async () => {
    await useLanguage('zh');
    await renderPanel({
      index,
      evidence: {
        title: 'network coverage',
        titleLang: 'en',
        titleNote: { key: 'evidence.notInCodebook' },
        sentences: [],
        coded: [],
      },
      sentenceHref: href,
    });
    const heading = screen.getByRole('heading', { level: 2 });
    expect(heading.textContent?.replace(/\s+/g, ' ').trim()).toBe(
      '“network coverage” （编码本未收录）',
    );
    expect(heading.querySelector('[lang="en"]')?.textContent).toBe('network coverage');
    expect(screen.getByText('文本中没有句子、论坛记录中也没有条目提到这一点。')).toBeTruthy();
  });
});
