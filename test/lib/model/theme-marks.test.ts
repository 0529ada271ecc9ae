import { describe, expect, it } from 'vitest';
import type { Theme } from '../../../src/lib/corpus/types.ts';
import { themeMarks } from '../../../src/lib/model/theme-marks.ts';
import { realCorpus } from '../../support/mini-corpus.ts';

const theme = (id: string, label: string): Theme => ({ id, label, definition: '', color: '#000' });

describe('themeMarks', () => {
  it('gives each theme of the codebook its own letters, and cycles four underline styles', () => {
    const marks = themeMarks(realCorpus().codebook.themes);
    expect([...marks.entries()].map(([id, m]) => [id, m.abbreviation, m.underline])).toEqual([
      ['digital-infrastructure', 'DI', 'solid'],
      ['data-flows', 'DF', 'dashed'],
      ['ai-governance', 'AI', 'dotted'],
      ['capacity-building', 'CB', 'double'],
      ['digital-economy', 'DE', 'solid'],
      ['rules-standards', 'RS', 'dashed'],
      ['development', 'DM', 'dotted'],
      ['inclusion', 'ID', 'double'],
    ]);
  });

  it('lengthens or numbers letters that another theme already has', () => {
    const marks = themeMarks([
      theme('a', 'Data'),
      theme('b', 'Digital'),
      theme('c', 'Data security'),
      theme('d', 'Data security'),
      theme('e', 'Data security'),
    ]);
    expect([...marks.values()].map((m) => m.abbreviation)).toEqual(['D', 'DI', 'DS', 'DS2', 'DS3']);
  });
});
