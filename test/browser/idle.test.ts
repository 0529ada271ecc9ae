// The idle queue: one idle callback asked for at a time, one piece of work per callback, in the
// order asked; a cancelled piece never runs; work due sooner asks again with the shorter timeout.

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

interface Asked {
  id: number;
  run: () => void;
  timeout: number | undefined;
  cancelled: boolean;
}

let asked: Asked[] = [];

beforeEach(() => {
  asked = [];
  vi.resetModules();
  vi.stubGlobal('requestIdleCallback', (run: () => void, options?: { timeout?: number }) => {
    const entry = { id: asked.length + 1, run, timeout: options?.timeout, cancelled: false };
    asked.push(entry);
    return entry.id;
  });
  vi.stubGlobal('cancelIdleCallback', (id: number) => {
    asked.find((a) => a.id === id)!.cancelled = true;
  });
});
afterEach(() => vi.unstubAllGlobals());

/** Runs the one idle callback still asked for (there must be exactly one). */
function idle(): void {
  const open = asked.filter((a) => !a.cancelled);
  expect(open).toHaveLength(1);
  asked = asked.filter((a) => a !== open[0]);
  open[0]!.run();
}

describe('whenIdle', () => {
  it('asks for one callback at a time and runs one piece of work in each, in order', async () => {
    const { whenIdle } = await import('../../src/browser/idle.ts');
    const ran: string[] = [];
    whenIdle(() => ran.push('a'));
    whenIdle(() => ran.push('b'));
    whenIdle(() => ran.push('c'));
    expect(asked).toHaveLength(1);
    idle();
    expect(ran).toEqual(['a']);
    idle();
    expect(ran).toEqual(['a', 'b']);
    idle();
    expect(ran).toEqual(['a', 'b', 'c']);
    // Nothing left: no callback asked for.
    expect(asked.filter((a) => !a.cancelled)).toHaveLength(0);
  });

  it('never runs cancelled work', async () => {
    const { whenIdle } = await import('../../src/browser/idle.ts');
    const ran: string[] = [];
    whenIdle(() => ran.push('a'));
    const cancel = whenIdle(() => ran.push('b'));
    whenIdle(() => ran.push('c'));
    cancel();
    idle();
    idle();
    expect(ran).toEqual(['a', 'c']);
  });

  it('asks again, with the shorter timeout, for work due sooner than the callback asked for', async () => {
    const { whenIdle } = await import('../../src/browser/idle.ts');
    const ran: string[] = [];
    whenIdle(() => ran.push('late'), 2000);
    expect(asked[0]!.timeout).toBeGreaterThan(1900);
    whenIdle(() => ran.push('soon'), 100);
    expect(asked[0]!.cancelled).toBe(true);
    expect(asked[1]!.timeout).toBeLessThanOrEqual(100);
    // Work due later than the callback asked for does not ask again.
    whenIdle(() => ran.push('later still'), 5000);
    expect(asked).toHaveLength(2);
    idle();
    idle();
    idle();
    expect(ran).toEqual(['late', 'soon', 'later still']);
  });

  it('keeps going after a piece of work throws', async () => {
    const { whenIdle } = await import('../../src/browser/idle.ts');
    const ran: string[] = [];
    whenIdle(() => {
      throw new Error('broken');
    });
    whenIdle(() => ran.push('b'));
    expect(() => idle()).toThrow('broken');
    idle();
    expect(ran).toEqual(['b']);
  });
});
