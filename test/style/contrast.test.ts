// Contrast of the colours the app writes text in (src/app.css tokens) on every background token.
// axe-core checks the text a page renders; this checks the palette itself, whatever is on screen.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contrastRatio } from '../support/contrast.ts';

function cssTokens(path: string): Map<string, string> {
  const root = /:root\s*{([^}]*)}/.exec(readFileSync(path, 'utf8'))?.[1] ?? '';
  return new Map(
    [...root.matchAll(/--([\w-]+):\s*(#[0-9a-fA-F]{3,6})\s*;/g)].map((m) => [m[1]!, m[2]!]),
  );
}

const tokens = cssTokens('src/app.css');
const token = (name: string): string => {
  const v = tokens.get(name);
  if (!v) throw new Error(`src/app.css has no colour token --${name}`);
  return v;
};

describe('contrast ratio', () => {
  it.each([
    ['#000000', '#ffffff', 21],
    ['#ffffff', '#ffffff', 1],
    ['#777777', '#ffffff', 4.48],
    ['#767676', '#ffffff', 4.54],
    ['#f00', '#ffffff', 4],
  ])('%s on %s is %f:1', (a, b, ratio) => {
    expect(contrastRatio(a, b)).toBeCloseTo(ratio, 2);
  });
});

describe('the shell palette (src/app.css)', () => {
  const backgrounds = ['bg', 'panel', 'accent-soft', 'warn-bg', 'error-bg'];
  // --faint is for borders and marks; text in it only on the page background.
  const pairs = [
    ...['text', 'muted', 'accent', 'focus'].flatMap((fg) => backgrounds.map((bg) => [fg, bg])),
    ['faint', 'bg'],
  ];
  it.each(pairs)('--%s text on --%s has at least 4.5:1', (fg, bg) => {
    expect(contrastRatio(token(fg!), token(bg!))).toBeGreaterThanOrEqual(4.5);
  });

  it('draws the focus ring with at least 3:1 against every background (WCAG 1.4.11)', () => {
    for (const bg of backgrounds)
      expect(contrastRatio(token('focus'), token(bg)), bg).toBeGreaterThanOrEqual(3);
  });
});
