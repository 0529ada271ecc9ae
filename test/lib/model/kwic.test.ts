import { describe, expect, it } from 'vitest';
import { kwic, type KwicLine } from '../../../src/lib/model/kwic.ts';

const at = (text: string, match: string): [number, number] => {
  const i = text.indexOf(match);
  return [i, i + match.length];
};

describe('kwic', () => {
  it.each<[string, string, string, number, KwicLine]>([
    [
      'match at the start of the sentence: nothing before, no ellipsis',
      'Data flow matters.',
      'Data',
      2,
      {
        before: '',
        match: 'Data',
        after: ' flow matters.',
        clippedBefore: false,
        clippedAfter: false,
      },
    ],
    [
      'match at the end: the final full stop is kept, no ellipsis',
      'The forum met in Wuzhen.',
      'Wuzhen',
      2,
      { before: 'met in ', match: 'Wuzhen', after: '.', clippedBefore: true, clippedAfter: false },
    ],
    [
      'match in the middle of a long sentence: cut on both sides',
      'one two three four five six seven',
      'four',
      2,
      {
        before: 'two three ',
        match: 'four',
        after: ' five six',
        clippedBefore: true,
        clippedAfter: true,
      },
    ],
    [
      'exactly as many words as the window: not cut',
      'one two three four five',
      'three',
      2,
      {
        before: 'one two ',
        match: 'three',
        after: ' four five',
        clippedBefore: false,
        clippedAfter: false,
      },
    ],
    [
      'an opening quote before the first word is kept, not cut',
      '“Quote” here.',
      'Quote',
      1,
      { before: '“', match: 'Quote', after: '” here.', clippedBefore: false, clippedAfter: false },
    ],
    [
      'line breaks and runs of spaces become single spaces',
      'one\n  two   three',
      'three',
      5,
      { before: 'one two ', match: 'three', after: '', clippedBefore: false, clippedAfter: false },
    ],
    [
      'no context words: the match alone, cut where words remain',
      'one two three',
      'two',
      0,
      { before: '', match: 'two', after: '', clippedBefore: true, clippedAfter: true },
    ],
  ])('%s', (_name, text, match, words, expected) => {
    const [s, e] = at(text, match);
    expect(kwic(text, s, e, words)).toEqual(expected);
  });

  it('clamps offsets outside the text', () => {
    expect(kwic('short', -5, 99, 3)).toEqual({
      before: '',
      match: 'short',
      after: '',
      clippedBefore: false,
      clippedAfter: false,
    });
  });
});
