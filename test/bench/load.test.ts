import { describe, expect, it } from 'vitest';
import { longestMainThreadTask, longestTasks } from '../../bench/load.ts';

const meta = (pid: number, tid: number, name: string) => ({
  name: 'thread_name',
  ph: 'M',
  pid,
  tid,
  ts: 0,
  args: { name },
});
const task = (pid: number, tid: number, ms: number, name = 'RunTask') => ({
  name,
  ph: 'X',
  pid,
  tid,
  ts: 1,
  dur: ms * 1000,
});

describe('longestMainThreadTask', () => {
  it('takes the longest RunTask on a renderer main thread, in ms', () => {
    const trace = {
      traceEvents: [
        meta(1, 10, 'CrRendererMain'),
        meta(1, 11, 'Compositor'),
        meta(2, 20, 'CrBrowserMain'),
        task(1, 10, 12.5),
        task(1, 10, 48),
        task(1, 11, 300), // another thread of the renderer
        task(2, 20, 900), // the browser process
        task(1, 10, 700, 'FunctionCall'), // not a task
      ],
    };
    expect(longestMainThreadTask(trace)).toBe(48);
  });

  it('is 0 for a trace without main-thread tasks', () => {
    expect(longestMainThreadTask({ traceEvents: [meta(1, 10, 'CrRendererMain')] })).toBe(0);
  });
});

describe('longestTasks', () => {
  it('gives the longest wall time and, apart, the longest CPU time of main-thread tasks', () => {
    const trace = {
      traceEvents: [
        meta(1, 10, 'CrRendererMain'),
        meta(1, 11, 'Compositor'),
        // 90 ms on the clock, of which 30 ms running: the rest waiting for a core.
        { ...task(1, 10, 90), tdur: 30_000 },
        { ...task(1, 10, 45), tdur: 41_000 },
        { ...task(1, 11, 500), tdur: 400_000 },
      ],
    };
    expect(longestTasks(trace)).toEqual({ wall: 90, cpu: 41 });
  });

  it('reports 0 CPU time where the trace has no thread times', () => {
    const trace = { traceEvents: [meta(1, 10, 'CrRendererMain'), task(1, 10, 20)] };
    expect(longestTasks(trace)).toEqual({ wall: 20, cpu: 0 });
  });
});
