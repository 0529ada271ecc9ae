import { describe, expect, it } from 'vitest';
import {
  atLeast,
  atMost,
  formatTable,
  holds,
  measured,
  median,
  notMeasured,
  summarise,
} from '../../bench/report.ts';

describe('median', () => {
  it.each([
    [[5], 5],
    [[3, 1, 2], 2],
    [[4, 1, 3, 2], 2.5],
    [[10, 10, 1, 99, 10], 10],
  ])('of %j is %f', (values, expected) => {
    expect(median(values)).toBe(expected);
  });

  it('refuses no values rather than invent one', () => {
    expect(() => median([])).toThrow();
  });
});

describe('targets', () => {
  it.each([
    [50, atMost(50), true],
    [50.1, atMost(50), false],
    [98, atLeast(98), true],
    [97, atLeast(98), false],
    [1, null, null],
  ] as const)('%f against %j holds: %s', (value, target, expected) => {
    expect(holds(value, target)).toBe(expected);
  });

  it('takes the median of runs and keeps the runs', () => {
    const f = measured({ id: 'x', label: 'x', unit: 'ms', target: atMost(50) }, [70, 40, 45]);
    expect(f).toMatchObject({ value: 45, runs: [70, 40, 45], holds: true });
  });
});

describe('the table', () => {
  const figures = [
    measured({ id: 'a', label: 'entry script', unit: 'KB', target: atMost(50) }, 22.46),
    measured({ id: 'b', label: 'fps', unit: 'fps', target: atLeast(60) }, [30, 31, 29]),
    measured({ id: 'c', label: 'styles', unit: 'KB' }, 2),
    notMeasured({ id: 'd', label: 'export SVG', unit: 'ms', target: atMost(100) }, 'no menu'),
  ];

  it('gives each figure its value, target and verdict, and says why one is not measured', () => {
    const lines = formatTable(figures).split('\n');
    expect(lines[0]).toMatch(/^figure\s+value\s+target\s+verdict$/);
    expect(lines[2]).toMatch(/^entry script\s+22\.5 KB\s+≤ 50\.0 KB\s+holds$/);
    expect(lines[3]).toMatch(/^fps\s+30 fps\s+≥ 60 fps\s+MISSES$/);
    expect(lines[4]).toMatch(/^styles\s+2\.0 KB\s+info$/);
    expect(lines[5]).toMatch(/^export SVG\s+—\s+≤ 100 ms\s+not measured$/);
    expect(lines).toContain('- export SVG: not measured: no menu');
  });

  it('counts what holds, misses, is not measured, or is for information', () => {
    expect(summarise(figures)).toEqual({ holding: 1, missing: 1, unmeasured: 1, info: 1 });
  });
});
