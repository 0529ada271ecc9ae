import { describe, expect, it } from 'vitest';
import { countOf, nounFor } from '../../../src/lib/text/plural.ts';

describe('plurals', () => {
  it('one is singular; zero and many are plural; an irregular plural is given', () => {
    expect(nounFor(1, 'text')).toBe('text');
    expect(nounFor(0, 'text')).toBe('texts');
    expect(nounFor(2, 'entry', 'entries')).toBe('entries');
    expect(countOf(1, 'sentence')).toBe('1 sentence');
    expect(countOf(1204, 'sentence')).toBe('1,204 sentences');
  });
});
