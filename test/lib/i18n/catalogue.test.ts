// The catalogues: every English key has a Chinese message and the other way round, the same {slots}
// in both, every key said somewhere in src (no dead keys), and the Chinese messages are Chinese.

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { MessageKey } from '../../../src/lib/i18n/catalogue.ts';
import { en as english } from '../../../src/lib/i18n/en/index.ts';
import type { Message } from '../../../src/lib/i18n/message.ts';
import { zh } from '../../../src/lib/i18n/zh/index.ts';
import { foreignInChinese, hanIn } from '../../support/language-check.ts';

const keys = Object.keys(english) as MessageKey[];

function texts(message: Message): string[] {
  return typeof message === 'string' ? [message] : Object.values(message);
}
const slots = (text: string): string[] => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort();

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory())
      return path.endsWith(join('lib', 'i18n')) ? [] : sourceFiles(path);
    return /\.(ts|svelte)$/.test(name) ? [path] : [];
  });
}

describe('the catalogues', () => {
  it('have the same keys in English and Chinese', () => {
    expect(Object.keys(zh).sort()).toEqual([...keys].sort());
  });

  it('fill the same slots in both languages', () => {
    const differ = keys.filter((key) => {
      const en = texts(english[key]).map(slots);
      const cn = texts(zh[key]).map(slots);
      return (
        JSON.stringify([...new Set(en.flat())].sort()) !==
        JSON.stringify([...new Set(cn.flat())].sort())
      );
    });
    expect(differ).toEqual([]);
  });

  it('give every plural message an "other" form, and "count" among its slots', () => {
    const bad = keys.filter((key) =>
      [english[key], zh[key]].some(
        (m) =>
          typeof m !== 'string' &&
          (m.other === undefined || !texts(m).some((t) => t.includes('{count}'))),
      ),
    );
    expect(bad).toEqual([]);
  });

  it('say every Chinese message in Chinese, every English one without Han', () => {
    // The language switch names each language in its own words.
    const ownName = new Set<MessageKey>(['shell.languageName.en', 'shell.languageName.zh']);
    const notChinese = keys.filter(
      (key) => !ownName.has(key) && texts(zh[key]).some((t) => foreignInChinese(t).length > 0),
    );
    const notEnglish = keys.filter(
      (key) => !ownName.has(key) && texts(english[key]).some((t) => hanIn(t).length > 0),
    );
    expect({ notChinese, notEnglish }).toEqual({ notChinese: [], notEnglish: [] });
  });

  it('use every key somewhere in src (no dead messages)', () => {
    const src = sourceFiles(join(__dirname, '../../../src'))
      .map((f) => readFileSync(f, 'utf8'))
      .join('\n');
    const unused = keys.filter((key) => !src.includes(`'${key}'`) && !src.includes(`"${key}"`));
    expect(unused).toEqual([]);
  });
});
