// The reader's own concepts against the mini codebook (test/fixtures/mini: phrases "data flow",
// "cross-border data flow", "data security", "artificial intelligence", "AI", "AI governance",
// "computing infrastructure", "satellite constellation"; the name "Data Forum").

import { describe, expect, it } from 'vitest';
import { codebookFileText, importCodebook } from '../../../src/lib/concepts/codebook-file.ts';
import {
  checkConceptDraft,
  codebookLabel,
  mayNameLocalItems,
  mergeCodebook,
  phraseFromSelection,
  shippedCodebook,
} from '../../../src/lib/concepts/user-concepts.ts';
import type { Concept } from '../../../src/lib/corpus/types.ts';
import { corpusWithUserDocuments } from '../../../src/lib/documents/user-corpus.ts';
import { enTr, zhTr } from '../../support/i18n.ts';
import { corpusOfTexts, miniCorpus } from '../../support/mini-corpus.ts';

const codebook = miniCorpus().codebook;
const theme = codebook.themes[0]!.id;
const draft = (over: Partial<Record<'label' | 'theme' | 'phrases' | 'definition', string>>) => ({
  label: 'Network coverage',
  theme,
  phrases: 'network coverage\nmobile coverage',
  definition: 'Reach of mobile and fixed networks.',
  ...over,
});

describe('checkConceptDraft', () => {
  it('makes a concept of the reader’s own with a new slug id', () => {
    const checked = checkConceptDraft(draft({}), codebook, null, enTr);
    expect(checked).toEqual({
      ok: true,
      concept: {
        id: 'network-coverage',
        theme,
        label: 'Network coverage',
        definition: 'Reach of mobile and fixed networks.',
        phrases: ['network coverage', 'mobile coverage'],
        origin: 'user',
      },
    });
  });

  it('names each field that is wrong, and a phrase another concept owns', () => {
    const checked = checkConceptDraft(
      draft({ label: ' ', theme: 'nope', phrases: 'data flows\n--', definition: '' }),
      codebook,
      null,
      enTr,
    );
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    expect(checked.problems.map((p) => p.field)).toEqual([
      'label',
      'theme',
      'phrases',
      'phrases',
      'definition',
    ]);
    expect(checked.problems[2]!.message).toContain('“data flows” already belongs to');
    expect(checked.problems[3]!.message).toBe('Phrases: “--” has no words.');
  });

  it('says what is wrong in Chinese, naming a codebook concept by its Chinese label', () => {
    const checked = checkConceptDraft(
      draft({ label: ' ', theme: 'nope', phrases: 'data flows\n--', definition: '' }),
      codebook,
      null,
      zhTr,
    );
    if (checked.ok) throw new Error('expected problems');
    const owner = codebook.concepts.find((c) => c.phrases.includes('data flow'))!;
    expect(checked.problems.map((p) => p.message)).toEqual([
      '名称：请为概念起个名字。',
      `主题：请从${zhTr.list(
        codebook.themes.map((t) => t.labelZh ?? t.label),
        'disjunction',
      )}中选择一个。`,
      `匹配用语：“data flows”已属于“${owner.labelZh ?? owner.label}”。一个用语只能匹配一个概念。`,
      '匹配用语：“--”不含任何词语。',
      '定义：请用一行说明它涵盖什么。',
    ]);
  });

  it('keeps the id when editing and never takes a codebook id', () => {
    const taken = checkConceptDraft(draft({ label: 'Data security' }), codebook, null, enTr);
    expect(taken.ok).toBe(false);
    const edited = checkConceptDraft(draft({}), codebook, 'my-id', enTr);
    expect(edited.ok && edited.concept.id).toBe('my-id');
  });
});

describe('mergeCodebook and the corpus', () => {
  const mine: Concept = {
    id: 'network-coverage',
    theme,
    label: 'Network coverage',
    definition: 'Reach of networks.',
    phrases: ['network coverage'],
  };

  it('adds the reader’s concepts after the shipped ones, marked, and never replaces one', () => {
    const clash: Concept = { ...mine, id: 'data-security', phrases: ['other words'] };
    const merged = mergeCodebook(codebook, [mine, clash]);
    expect(merged.concepts.map((c) => c.id)).toEqual([
      ...codebook.concepts.map((c) => c.id),
      'network-coverage',
    ]);
    expect(merged.concepts.at(-1)!.origin).toBe('user');
    expect(merged.concepts.find((c) => c.id === 'data-security')).toEqual(
      codebook.concepts.find((c) => c.id === 'data-security'),
    );
    expect(shippedCodebook(merged)).toEqual(codebook);
    expect(codebookLabel(merged)).toBe(`${codebook.version} + 1 concept of the reader’s own`);
  });

  it('matches a user concept in every text, with offsets', () => {
    const base = corpusOfTexts([
      { id: 'a', year: 2029, text: 'Network coverage grows. We want network coverage.' },
    ]);
    const corpus = corpusWithUserDocuments(base, [], [mine]);
    const found = corpus.mentions.filter((m) => m.ref === 'network-coverage');
    expect(found.map((m) => [m.sentence, m.start, m.end, m.text])).toEqual([
      ['p1.s1', 0, 16, 'Network coverage'],
      ['p1.s2', 32, 48, 'network coverage'],
    ]);
  });
});

describe('codebook files', () => {
  const mine: Concept = {
    id: 'network-coverage',
    theme,
    label: 'Network coverage',
    definition: 'Reach of networks.',
    phrases: ['network coverage'],
    origin: 'user',
  };
  const merged = mergeCodebook(codebook, [mine]);

  it('exports the merged codebook in the schema of data/codebook.json and re-imports it identically', () => {
    const text = codebookFileText(merged);
    expect(Object.keys(JSON.parse(text))).toEqual([
      'version',
      'renamed',
      'names',
      'themes',
      'concepts',
    ]);
    expect(text).not.toContain('origin');
    // Into a browser with the shipped codebook only: the reader's concept comes back as it was.
    const back = importCodebook('codebook.json', text, codebook);
    expect(back).toEqual({
      ok: true,
      result: { added: [mine], unchanged: codebook.concepts.map((c) => c.id), skipped: [] },
    });
    // Into the same browser: nothing new.
    const again = importCodebook('codebook.json', text, merged);
    expect(again.ok && again.result.added).toEqual([]);
  });

  it('never overwrites a concept with the same id: it says which line and why', () => {
    const file = JSON.parse(codebookFileText(merged)) as { concepts: Concept[] };
    file.concepts[0]!.label = 'Something else';
    const text = JSON.stringify(file, null, 2);
    const result = importCodebook('shared.json', text, merged);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const line = text.split('\n').findIndex((l) => l.includes(`"id": "${file.concepts[0]!.id}"`));
    expect(result.result.skipped).toEqual([
      {
        id: file.concepts[0]!.id,
        line: line + 1,
        reason: expect.stringContaining('is already a concept of the project’s codebook'),
      },
    ]);
  });

  it('rejects a malformed file with its line and reason', () => {
    const bad = importCodebook('bad.json', '{\n  "version": "1.0.0",\n  "themes": [\n', codebook);
    expect(bad.ok).toBe(false);
    if (bad.ok) return;
    expect(bad.problems[0]).toMatch(/^bad\.json:\d+: not valid JSON/);
    const noPhrases = importCodebook(
      'x.json',
      codebookFileText({ ...merged, concepts: [{ ...mine, phrases: [] }] }),
      codebook,
    );
    expect(noPhrases.ok).toBe(false);
    if (noPhrases.ok) return;
    expect(noPhrases.problems.join('\n')).toMatch(/^x\.json:\d+: concept "network-coverage"/m);
  });
});

describe('small helpers', () => {
  it('takes a selection of at most eight words as a phrase', () => {
    expect(phraseFromSelection('  “network\n coverage,” ')).toBe('network coverage');
    expect(phraseFromSelection('one two three four five six seven eight nine')).toBeNull();
    expect(phraseFromSelection(' . ')).toBeNull();
  });

  it('says a link may name another browser’s concepts only for well-formed unknown ids', () => {
    expect(
      mayNameLocalItems([{ param: 'focus', value: 'my-thing', reason: 'unknown concept' }]),
    ).toBe(true);
    expect(mayNameLocalItems([{ param: 'focus', value: '<b>', reason: 'unknown concept' }])).toBe(
      false,
    );
    expect(mayNameLocalItems([{ param: 'year', value: '1900', reason: 'no forum in 1900' }])).toBe(
      false,
    );
  });
});
