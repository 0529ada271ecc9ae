// Rendered in plain Node with svelte/server: the footer states what each year rests on.
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import CorpusSummary from '../../../src/ui/shell/CorpusSummary.svelte';
import { indexCorpus } from '../../../src/lib/model/corpus-index.ts';
import { realCorpus } from '../../support/mini-corpus.ts';

describe('CorpusSummary (server-rendered)', () => {
  it('says which years are full texts and which are coded from records, with the real corpus figures', () => {
    const corpus = realCorpus();
    const { body } = render(CorpusSummary, { props: { index: indexCorpus(corpus) } });
    const text = body.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ');
    expect(text).toContain('2022: coded from its published record');
    expect(text).toContain('2023: coded from its published record');
    expect(text).toContain('2024: full text');
    const sentences = corpus.documents.reduce((n, d) => n + d.sentences.length, 0);
    expect(text).toContain(
      `${sentences} sentences, ${corpus.codebook.concepts.length} concepts in ${corpus.codebook.themes.length} themes`,
    );
    expect(body).toContain('href="https://www.cac.gov.cn/2024-11/21/c_1733794921066666.htm"');
  });
});
