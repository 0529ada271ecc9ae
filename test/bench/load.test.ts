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
const ORIGIN = 'http://127.0.0.1:4173';
/** The page's HTML parsed on that thread: what marks the page's renderer. */
const parsed = (pid: number, tid: number, url = `${ORIGIN}/#/timeline`) => ({
  name: 'ParseHTML',
  ph: 'X',
  pid,
  tid,
  ts: 1,
  dur: 1000,
  args: { beginData: { url } },
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
        parsed(1, 10),
        task(1, 10, 12.5),
        task(1, 10, 48),
        task(1, 11, 300), // another thread of the renderer
        task(2, 20, 900), // the browser process
        task(1, 10, 700, 'FunctionCall'), // not a task
      ],
    };
    expect(longestMainThreadTask(trace, ORIGIN)).toBe(48);
  });

  it('is 0 for a trace without main-thread tasks', () => {
    expect(
      longestMainThreadTask(
        { traceEvents: [meta(1, 10, 'CrRendererMain'), parsed(1, 10)] },
        ORIGIN,
      ),
    ).toBe(0);
  });

  it("leaves out the browser's other renderers (its own omnibox popup is a web page)", () => {
    const trace = {
      traceEvents: [
        meta(1, 10, 'CrRendererMain'),
        meta(3, 30, 'CrRendererMain'),
        parsed(3, 30, 'chrome://omnibox-popup.top-chrome/'),
        parsed(1, 10),
        task(1, 10, 40),
        task(3, 30, 140),
      ],
    };
    expect(longestMainThreadTask(trace, ORIGIN)).toBe(40);
  });

  it('fails when no renderer parsed the page', () => {
    const trace = { traceEvents: [meta(1, 10, 'CrRendererMain'), task(1, 10, 40)] };
    expect(() => longestMainThreadTask(trace, ORIGIN)).toThrow(/no renderer main thread/);
  });
});

describe('longestTasks', () => {
  it('gives the longest wall time and, apart, the longest CPU time of main-thread tasks', () => {
    const trace = {
      traceEvents: [
        meta(1, 10, 'CrRendererMain'),
        meta(1, 11, 'Compositor'),
        parsed(1, 10),
        // 90 ms on the clock, of which 30 ms running: the rest waiting for a core.
        { ...task(1, 10, 90), tdur: 30_000 },
        { ...task(1, 10, 45), tdur: 41_000 },
        { ...task(1, 11, 500), tdur: 400_000 },
      ],
    };
    expect(longestTasks(trace, ORIGIN)).toEqual({ wall: 90, cpu: 41 });
  });

  it('reports 0 CPU time where the trace has no thread times', () => {
    const trace = {
      traceEvents: [meta(1, 10, 'CrRendererMain'), parsed(1, 10), task(1, 10, 20)],
    };
    expect(longestTasks(trace, ORIGIN)).toEqual({ wall: 20, cpu: 0 });
  });
});
