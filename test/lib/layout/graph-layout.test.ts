// The layout file: sizes from mentions, the fingerprint of its inputs, its check on load, and
// the committed public/data/graph-layout.json being what `npm run corpus` builds now.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildGraphLayoutFile } from '../../../src/lib/layout/compute-layout.ts';
import {
  layoutInputs,
  layoutKey,
  nodeRadius,
  readGraphLayout,
  serializeGraphLayout,
  SHAPES,
} from '../../../src/lib/layout/graph-layout.ts';
import { miniCorpus, realCorpus } from '../../support/mini-corpus.ts';

const spec = { ...SHAPES.wide, minRadius: 4, maxRadius: 12 };

describe('nodeRadius', () => {
  it.each([
    [0, 9, 4],
    [9, 9, 12],
    [1, 4, 8], // 4 + 8·√(1/4)
    [3, 0, 4],
  ])('%i of at most %i mentions → radius %d', (m, max, r) =>
    expect(nodeRadius(m, max, spec)).toBeCloseTo(r, 10),
  );
});

describe('layoutInputs and layoutKey', () => {
  const inputs = layoutInputs(miniCorpus());

  it('takes every concept with its theme and mentions, and the sentence links', () => {
    expect(inputs.groups).toEqual(['data', 'ai', 'infra']);
    expect(inputs.concepts.map((c) => [c.id, c.group, c.mentions])).toEqual([
      ['data-flow', 'data', 3],
      ['data-security', 'data', 1],
      ['artificial-intelligence', 'ai', 2],
      ['ai-governance', 'ai', 1],
      ['computing', 'infra', 1],
      ['coded-only', 'infra', 0],
    ]);
    expect(inputs.links).toEqual([
      { source: 'ai-governance', target: 'artificial-intelligence', weight: 1 },
      { source: 'data-flow', target: 'data-security', weight: 1 },
    ]);
    expect(inputs.maxMentions).toBe(3);
  });

  it('changes its key when anything the layout rests on changes', () => {
    const key = layoutKey(inputs);
    expect(key).toMatch(/^[0-9a-f]{8}$/);
    expect(layoutKey(layoutInputs(miniCorpus()))).toBe(key);
    const heavier = { ...inputs, links: [{ ...inputs.links[0]!, weight: 2 }, inputs.links[1]!] };
    expect(layoutKey(heavier)).not.toBe(key);
    const moved = {
      ...inputs,
      concepts: inputs.concepts.map((c) => (c.id === 'computing' ? { ...c, group: 'ai' } : c)),
    };
    expect(layoutKey(moved)).not.toBe(key);
  });
});

describe('readGraphLayout', () => {
  const corpus = miniCorpus();
  const inputs = layoutInputs(corpus);
  const file = buildGraphLayoutFile(corpus);

  it('accepts the file built from the same inputs, through JSON', () => {
    expect(readGraphLayout(JSON.parse(serializeGraphLayout(file)), inputs)).toEqual(file);
  });

  it.each([
    ['not an object', () => 'layout'],
    ['another version', () => ({ ...file, version: 99 })],
    ['another key', () => ({ ...file, key: '00000000' })],
    [
      'a missing concept',
      () => {
        const nodes = { ...file.shapes.wide.nodes };
        delete nodes['computing'];
        return { ...file, shapes: { ...file.shapes, wide: { ...file.shapes.wide, nodes } } };
      },
    ],
    [
      'a position that is not a number',
      () => {
        const nodes = { ...file.shapes.tall.nodes, computing: [null, 3] };
        return { ...file, shapes: { ...file.shapes, tall: { ...file.shapes.tall, nodes } } };
      },
    ],
  ])('refuses %s', (_name, make) => expect(readGraphLayout(make(), inputs)).toBeNull());
});

describe('public/data/graph-layout.json', () => {
  it('is what `npm run corpus` builds from the committed corpus (run it and commit if this fails)', () => {
    const committed = readFileSync('public/data/graph-layout.json', 'utf8');
    expect(serializeGraphLayout(buildGraphLayoutFile(realCorpus()))).toBe(committed);
  });
});
