import { describe, expect, it } from 'vitest';
import { countWords, paragraphRanges, segmentText } from '../../../src/lib/corpus/segment.ts';

const sentencesOf = (text: string): string[] =>
  segmentText(text).sentences.map((s) => text.slice(s.start, s.end));

describe('paragraphRanges', () => {
  it.each([
    [
      'one paragraph per line when there are no blank lines',
      'First.\nSecond.\n\n',
      ['First.', 'Second.'],
    ],
    [
      'blank lines separate paragraphs; single breaks are wrapping',
      'A line\nwrapped.\n\nNext one.',
      ['A line\nwrapped.', 'Next one.'],
    ],
    ['surrounding white space is trimmed', '  Padded.  \n\t\nAnother. ', ['Padded.', 'Another.']],
    ['Windows line ends', 'One.\r\nTwo.', ['One.', 'Two.']],
  ])('%s', (_name, text, expected) => {
    expect(paragraphRanges(text).map(([s, e]) => text.slice(s, e))).toEqual(expected);
  });
});

describe('segmentText: sentences', () => {
  it.each([
    [
      'splits at a full stop followed by a capital',
      'One thing. Another thing.',
      ['One thing.', 'Another thing.'],
    ],
    [
      'keeps dotted abbreviations such as U.N. inside the sentence',
      'The U.N. Secretary-General spoke. Then we left.',
      ['The U.N. Secretary-General spoke.', 'Then we left.'],
    ],
    [
      'ends a sentence at "AI." (AI is not a dotted abbreviation)',
      'Such as AI. Cultivate trust.',
      ['Such as AI.', 'Cultivate trust.'],
    ],
    [
      'keeps e.g. and No. inside',
      'Some, e.g. Data, grow. See No. 5 here.',
      ['Some, e.g. Data, grow.', 'See No. 5 here.'],
    ],
    [
      'does not split before a lower-case word',
      'A 3.5 rate. and so on.',
      ['A 3.5 rate. and so on.'],
    ],
    [
      'splits list clauses at a semicolon followed by a capital',
      'Build roads; Bridge the divide; and more.',
      ['Build roads;', 'Bridge the divide; and more.'],
    ],
    [
      'includes a closing quote in the sentence',
      'Under the theme "New Stage." The end.',
      ['Under the theme "New Stage."', 'The end.'],
    ],
    [
      'question and exclamation marks end sentences',
      'Why? Because! Done.',
      ['Why?', 'Because!', 'Done.'],
    ],
    [
      'keeps an initial inside the sentence',
      'The panel met Ms. Lee and J. Smith at the forum. Then it closed.',
      ['The panel met Ms. Lee and J. Smith at the forum.', 'Then it closed.'],
    ],
    [
      'keeps two initials inside the sentence',
      'A note by K. R. Patel was read. It was short.',
      ['A note by K. R. Patel was read.', 'It was short.'],
    ],
    [
      'a sentence starting with a year',
      'It began. 2024 was busy.',
      ['It began.', '2024 was busy.'],
    ],
  ])('%s', (_name, text, expected) => {
    expect(sentencesOf(text)).toEqual(expected);
  });

  it('treats a short numbered line without final punctuation as a heading, with its number', () => {
    const text = 'Intro here.\n1. Strengthening Inclusive Cooperation\nBody text. More text.';
    const { paragraphs, sentences } = segmentText(text);
    expect(paragraphs.map((p) => [p.id, p.kind, p.number])).toEqual([
      ['p1', 'paragraph', undefined],
      ['p2', 'heading', '1'],
      ['p3', 'paragraph', undefined],
    ]);
    expect(sentences.map((s) => s.id)).toEqual(['p1.s1', 'p2.s1', 'p3.s1', 'p3.s2']);
    expect(text.slice(sentences[1]!.start, sentences[1]!.end)).toBe(
      '1. Strengthening Inclusive Cooperation',
    );
  });

  it('does not split after the number of a numbered paragraph that is a full sentence', () => {
    const text = '2. We call on all parties. They agree.';
    expect(segmentText(text).paragraphs[0]!.kind).toBe('paragraph');
    expect(sentencesOf(text)).toEqual(['2. We call on all parties.', 'They agree.']);
  });

  it('reads Markdown headings as headings', () => {
    const { paragraphs } = segmentText('# Title of it\n\nText.');
    expect(paragraphs.map((p) => p.kind)).toEqual(['heading', 'paragraph']);
  });

  it('numbers sentences within paragraphs and keeps exact offsets', () => {
    const text = 'A b. C d.\nE f.';
    const { sentences } = segmentText(text);
    expect(sentences).toEqual([
      { id: 'p1.s1', paragraph: 'p1', start: 0, end: 4 },
      { id: 'p1.s2', paragraph: 'p1', start: 5, end: 9 },
      { id: 'p2.s1', paragraph: 'p2', start: 10, end: 14 },
    ]);
  });
});

describe('countWords', () => {
  it.each([
    ['plain words', 'one two three', 3],
    ['hyphenated and dotted words count once', 'cross-border U.N. people’s', 3],
    ['numbers count, punctuation does not', '1. In 2021, — (GDI)', 4],
    ['empty', '   ', 0],
  ])('%s', (_name, text, n) => {
    expect(countWords(text)).toBe(n);
  });
});

describe('wordsInTokens', () => {
  it('counts as countWords does, from the matcher’s tokens', async () => {
    const { tokenize } = await import('../../../src/lib/corpus/phrase-matcher.ts');
    const { wordsInTokens } = await import('../../../src/lib/corpus/segment.ts');
    for (const text of [
      'cross-border U.N. people’s',
      '1. In 2021, — (GDI)',
      'a--b a-b a. b',
      "x’y’z don't",
    ]) {
      expect(wordsInTokens(text, tokenize(text, 0, text.length))).toBe(countWords(text));
    }
  });
});
