// `npm run corpus` as a command: on bad input it names file and line, exits non-zero and leaves
// the previous output untouched; on good input it writes the same bytes every time.

import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

const TSX = join(process.cwd(), 'node_modules/.bin/tsx');
const SCRIPT = join(process.cwd(), 'scripts/build-corpus.ts');
const PREVIOUS = '{"previous":true}\n';
let dirs: string[] = [];

function fixtureCopy(): { dir: string; out: string } {
  const dir = mkdtempSync(join(tmpdir(), 'gdi-corpus-'));
  dirs.push(dir);
  cpSync('test/fixtures/mini', join(dir, 'data'), { recursive: true });
  const out = join(dir, 'corpus.json');
  writeFileSync(out, PREVIOUS);
  return { dir, out };
}

function run(dir: string, out: string): { code: number; stderr: string; stdout: string } {
  try {
    const stdout = execFileSync(TSX, [SCRIPT, '--data', 'data', '--out', out], {
      cwd: dir,
      encoding: 'utf8',
      stdio: 'pipe',
    });
    return { code: 0, stderr: '', stdout };
  } catch (e) {
    const err = e as { status: number; stderr: string; stdout: string };
    return { code: err.status, stderr: err.stderr, stdout: err.stdout };
  }
}

afterEach(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
  dirs = [];
});

const SOURCE = 'data/sources/fixture-statement.txt';

// Each run spawns tsx (seconds on a loaded machine, more than the default 5 s for two runs).
describe('npm run corpus', { timeout: 30_000 }, () => {
  it('writes the corpus and its coverage report, byte-identical on a second run', () => {
    const { dir, out } = fixtureCopy();
    const first = run(dir, out);
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('1 documents, 8 sentences (6 match a concept)');
    const bytes = readFileSync(out, 'utf8');
    expect(JSON.parse(bytes).documents[0].id).toBe('fixture-statement');
    expect(readFileSync(join(dir, 'data/coverage.md'), 'utf8')).toContain(
      'fixture-statement p1.s1: The Data Forum met in Wuzhen.',
    );
    expect(run(dir, out).code).toBe(0);
    expect(readFileSync(out, 'utf8')).toBe(bytes);
  });

  it('writes the graph layout next to the corpus, the same bytes on a second run', () => {
    const { dir, out } = fixtureCopy();
    expect(run(dir, out).code).toBe(0);
    const layout = readFileSync(join(dir, 'graph-layout.json'), 'utf8');
    const file = JSON.parse(layout);
    expect(Object.keys(file.shapes.wide.nodes)).toEqual([
      'data-flow',
      'data-security',
      'artificial-intelligence',
      'ai-governance',
      'computing',
      'coded-only',
    ]);
    expect(run(dir, out).code).toBe(0);
    expect(readFileSync(join(dir, 'graph-layout.json'), 'utf8')).toBe(layout);
  });

  it.each([
    [
      'a missing header',
      SOURCE,
      (t: string) => t.replace(/^---\n[\s\S]*?\n---\n/, ''),
      `${SOURCE}:1: missing header`,
    ],
    [
      'a malformed header line',
      SOURCE,
      (t: string) => t.replace('year: 2030', 'year 2030'),
      `${SOURCE}:4: malformed header line "year 2030"`,
    ],
    ['an empty file', SOURCE, () => '', `${SOURCE}:1: empty file`],
    [
      'an unknown theme id',
      'data/codebook.json',
      (t: string) =>
        t.replace(
          '"theme": "ai", "label": "AI governance"',
          '"theme": "robots", "label": "AI governance"',
        ),
      'data/codebook.json:14: concept "ai-governance": unknown theme id "robots"',
    ],
    [
      'an unknown concept id',
      'data/forums.json',
      (t: string) => t.replace('"concept": "data-flow"', '"concept": "data-flows"'),
      'data/forums.json:19: forum 2029: unknown concept id "data-flows"',
    ],
  ])('fails on %s with path:line and keeps the previous output', (_name, path, edit, message) => {
    const { dir, out } = fixtureCopy();
    const target = join(dir, path);
    writeFileSync(target, edit(readFileSync(target, 'utf8')));
    const result = run(dir, out);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(message);
    expect(readFileSync(out, 'utf8')).toBe(PREVIOUS);
  });

  it('fails on a duplicate document id, naming both files', () => {
    const { dir, out } = fixtureCopy();
    cpSync(join(dir, SOURCE), join(dir, 'data/sources/zz-copy.txt'));
    const result = run(dir, out);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      'data/sources/zz-copy.txt:2: duplicate document id "fixture-statement" (also in data/sources/fixture-statement.txt)',
    );
    expect(readFileSync(out, 'utf8')).toBe(PREVIOUS);
  });

  it('fails on a file that is not UTF-8', () => {
    const { dir, out } = fixtureCopy();
    const target = join(dir, SOURCE);
    const bytes = readFileSync(target);
    writeFileSync(target, Buffer.concat([bytes, Buffer.from([0x0a, 0xc3, 0x28])]));
    const result = run(dir, out);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(new RegExp(`${SOURCE}:15: not valid UTF-8 text`));
    expect(readFileSync(out, 'utf8')).toBe(PREVIOUS);
  });
});
