// Reads and checks data/codebook.json: themes, concepts and their phrases.

import { JsonInput, HEX_COLOR } from './json-input.ts';
import { ChineseMatcher } from './chinese-matcher.ts';
import { phraseKey } from './phrase-matcher.ts';
import { SLUG } from './source-file.ts';
import type { Codebook, Concept, InputFile, Theme } from './types.ts';

export function readCodebook(file: InputFile): Codebook {
  const input = new JsonInput(file);
  const root = input.object(input.root, 'codebook');
  input.throwIfProblems();
  const top = root!;

  const version = input.string(top, 'version', 'codebook', {
    pattern: /^\d+\.\d+\.\d+$/,
    expected: 'a version such as 1.0.0',
  });

  const themes: Theme[] = [];
  const themeIds = new Set<string>();
  input.array(top, 'themes', 'codebook').forEach((t, i) => {
    const obj = input.object(t, `theme ${i + 1}`);
    if (!obj) return;
    const id = input.string(obj, 'id', `theme ${i + 1}`, { pattern: SLUG, expected: 'a slug' });
    const where = `theme "${id}"`;
    if (themeIds.has(id)) input.fail(`${where}: duplicate theme id`, id, 'id');
    themeIds.add(id);
    const theme: Theme = {
      id,
      label: input.string(obj, 'label', where),
      definition: input.string(obj, 'definition', where),
      color: input.string(obj, 'color', where, {
        pattern: HEX_COLOR,
        expected: 'a colour such as #0072B2',
      }),
    };
    const labelZh = input.string(obj, 'labelZh', where, { optional: true });
    if (labelZh !== '') theme.labelZh = labelZh;
    const definitionZh = input.string(obj, 'definitionZh', where, { optional: true });
    if (definitionZh !== '') theme.definitionZh = definitionZh;
    themes.push(theme);
  });
  if (themes.length === 0) input.failAtKey('codebook: at least one theme is needed', 'themes');

  const concepts: Concept[] = [];
  const conceptIds = new Set<string>();
  const phraseOwner = new Map<string, string>();
  const chineseOwner = new Map<string, string>();
  input.array(top, 'concepts', 'codebook').forEach((c, i) => {
    const obj = input.object(c, `concept ${i + 1}`);
    if (!obj) return;
    const id = input.string(obj, 'id', `concept ${i + 1}`, { pattern: SLUG, expected: 'a slug' });
    const where = `concept "${id}"`;
    if (conceptIds.has(id)) input.fail(`${where}: duplicate concept id`, id, 'id');
    conceptIds.add(id);
    const theme = input.string(obj, 'theme', where);
    if (theme && !themeIds.has(theme))
      input.fail(
        `${where}: unknown theme id "${theme}" (themes: ${[...themeIds].join(', ')})`,
        theme,
        'theme',
      );
    const phrases = input.strings(obj, 'phrases', where, { nonEmpty: true });
    for (const phrase of phrases) {
      const key = phraseKey(phrase);
      if (key === '') {
        input.fail(`${where}: the phrase "${phrase}" has no words`, phrase);
        continue;
      }
      const owner = phraseOwner.get(key);
      if (owner === id) {
        input.fail(
          `${where}: the phrase "${phrase}" repeats another of its phrases once case, plurals and hyphens are folded: list it once`,
          phrase,
        );
      } else if (owner !== undefined) {
        input.fail(
          `${where}: the phrase "${phrase}" is already a phrase of "${owner}" (after case and plural folding)`,
          phrase,
        );
      } else phraseOwner.set(key, id);
    }
    const concept: Concept = {
      id,
      theme,
      label: input.string(obj, 'label', where),
      definition: input.string(obj, 'definition', where),
      phrases,
    };
    const labelZh = input.string(obj, 'labelZh', where, { optional: true });
    if (labelZh !== '') concept.labelZh = labelZh;
    const definitionZh = input.string(obj, 'definitionZh', where, { optional: true });
    if (definitionZh !== '') concept.definitionZh = definitionZh;
    if (obj['phrasesZh'] !== undefined) {
      concept.phrasesZh = input.strings(obj, 'phrasesZh', where, { nonEmpty: true });
      for (const phrase of concept.phrasesZh) {
        // Traditional and simplified spellings of one phrase are one phrase (han-variants.ts).
        const key = ChineseMatcher.key(phrase);
        const owner = chineseOwner.get(key);
        if (owner === id)
          input.fail(
            `${where}: the Chinese phrase "${phrase}" repeats another of its Chinese phrases (traditional and simplified characters count as the same): list it once`,
            phrase,
          );
        else if (owner !== undefined)
          input.fail(
            `${where}: the Chinese phrase "${phrase}" is already a Chinese phrase of "${owner}"`,
            phrase,
          );
        else chineseOwner.set(key, id);
      }
    }
    concepts.push(concept);
  });

  const renamed: Record<string, string> = {};
  const rawRenamed = top['renamed'];
  if (rawRenamed !== undefined) {
    const obj = input.object(rawRenamed, 'codebook "renamed"');
    for (const [from, to] of Object.entries(obj ?? {})) {
      if (typeof to !== 'string' || !conceptIds.has(to))
        input.fail(
          `codebook "renamed": "${from}" points to unknown concept id "${String(to)}"`,
          from,
        );
      else if (conceptIds.has(from))
        input.fail(`codebook "renamed": "${from}" is still a current concept id`, from);
      else renamed[from] = to;
    }
  }

  const names = input.strings(top, 'names', 'codebook', { optional: true });
  for (const name of names) {
    const owner = phraseOwner.get(phraseKey(name));
    if (owner !== undefined)
      input.fail(`codebook "names": "${name}" is also a phrase of concept "${owner}"`, name);
  }

  const subject = input.string(top, 'subject', 'codebook', { optional: true });
  if (subject && !conceptIds.has(subject))
    input.fail(`codebook "subject": "${subject}" is not a concept id`, subject, 'subject');

  const namesZh = input.strings(top, 'namesZh', 'codebook', { optional: true });
  for (const name of namesZh) {
    const owner = chineseOwner.get(ChineseMatcher.key(name));
    if (owner !== undefined)
      input.fail(
        `codebook "namesZh": "${name}" is also a Chinese phrase of concept "${owner}"`,
        name,
      );
  }

  input.throwIfProblems();
  const codebook: Codebook = { version, themes, concepts, renamed, names };
  if (subject) codebook.subject = subject;
  if (namesZh.length > 0) codebook.namesZh = namesZh;
  return codebook;
}
