import { describe, expect, it } from 'vitest';
import {
  foldPlural,
  phraseKey,
  PhraseConflictError,
  PhraseMatcher,
} from '../../../src/lib/corpus/phrase-matcher.ts';

const matcher = new PhraseMatcher([
  { ref: 'flow', phrases: ['data flow', 'cross-border data flow'] },
  { ref: 'ai', phrases: ['artificial intelligence', 'AI'] },
  { ref: 'ai-gov', phrases: ['AI governance'] },
  { ref: 'laws', phrases: ['laws, and regulations'] },
  { ref: 'tech', phrases: ['technology'] },
  { ref: 'un', phrases: ['U.N.', 'UN'] },
]);

const found = (text: string): [string, string][] =>
  matcher.match(text).map((m) => [m.ref, text.slice(m.start, m.end)]);

describe('PhraseMatcher', () => {
  it.each([
    ['case-insensitive for ordinary words', 'Data Flow', [['flow', 'Data Flow']]],
    [
      'plurals fold to the singular',
      'cross-border data flows',
      [['flow', 'cross-border data flows']],
    ],
    ['-ies plurals', 'new technologies', [['tech', 'technologies']]],
    [
      'a hyphen and a space are interchangeable',
      'cross border data flow',
      [['flow', 'cross border data flow']],
    ],
    [
      'the longest phrase wins where phrases overlap',
      'AI governance',
      [['ai-gov', 'AI governance']],
    ],
    ['acronyms match only in capitals', 'ai is not AI', [['ai', 'AI']]],
    ['an acronym does not match inside a hyphenated lower-case word', 'un-coordinated', []],
    [
      'other punctuation must match the phrase',
      'laws, and regulations; laws and regulations',
      [['laws', 'laws, and regulations']],
    ],
    ['no match across a full stop', 'data. Flow', []],
    [
      'an acronym in brackets after its phrase is one mention',
      'artificial intelligence (AI) apps',
      [['ai', 'artificial intelligence (AI)']],
    ],
    ['a trailing dot of the phrase is included when present', 'the U.N. said', [['un', 'U.N.']]],
    ['whole words only', 'dataflow flowing', []],
  ])('%s', (_name, text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it('matches only inside the given range', () => {
    const text = 'data flow. AI here.';
    expect(matcher.match(text, 11, text.length).map((m) => m.ref)).toEqual(['ai']);
  });

  it('rejects one phrase for two entries unless shared', () => {
    expect(
      () =>
        new PhraseMatcher([
          { ref: 'a', phrases: ['data flow'] },
          { ref: 'b', phrases: ['Data flows'] },
        ]),
    ).toThrow(PhraseConflictError);
    const shared = new PhraseMatcher(
      [
        { ref: 'a', phrases: ['data flow'] },
        { ref: 'b', phrases: ['data flow'] },
      ],
      { shared: true },
    );
    expect(shared.match('a data flow').map((m) => m.ref)).toEqual(['a', 'b']);
  });

  it('gives the same phrase key to variants and different keys to different phrases', () => {
    expect(phraseKey('Cross-border data flows')).toBe(phraseKey('cross border data flow'));
    expect(phraseKey('AI')).not.toBe(phraseKey('ai'));
    expect(phraseKey('laws, and regulations')).not.toBe(phraseKey('laws and regulations'));
  });
});

describe('foldPlural', () => {
  it.each([
    ['flows', 'flow'],
    ['countries', 'country'],
    ['processes', 'process'],
    ['services', 'service'],
    ['business', 'business'],
    ['status', 'status'],
    ['analysis', 'analysis'],
    ['data', 'data'],
    ['its', 'its'],
  ])('%s → %s', (word, singular) => {
    expect(foldPlural(word)).toBe(singular);
  });
});
