import { describe, expect, it } from 'vitest';
import { longestMainThreadTask } from '../../bench/load.ts';

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
