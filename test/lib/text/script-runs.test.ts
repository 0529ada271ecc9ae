import { describe, expect, it } from 'vitest';
import { scriptRuns } from '../../../src/lib/text/script-runs.ts';

describe('scriptRuns', () => {
  it('cuts a Chinese title, with its leading year, out of an English line', () => {
    expect(scriptRuns('Source: A statement (2030年样例论坛声明) (1 May 2030)')).toEqual([
      { text: 'Source: A statement (', han: false },
      { text: '2030年样例论坛声明', han: true },
      { text: ') (1 May 2030)', han: false },
    ]);
  });

  it('keeps Chinese punctuation inside a run, and gives the text back when joined', () => {
    const line = 'Title: 样例，第二部分。 then English 第三';
    const runs = scriptRuns(line);
    expect(runs.filter((r) => r.han).map((r) => r.text)).toEqual(['样例，第二部分。', '第三']);
    expect(runs.map((r) => r.text).join('')).toBe(line);
  });

  it('returns one run for a line in one script, and none for an empty line', () => {
    expect(scriptRuns('only English')).toEqual([{ text: 'only English', han: false }]);
    expect(scriptRuns('全是中文')).toEqual([{ text: '全是中文', han: true }]);
    expect(scriptRuns('')).toEqual([]);
  });
});
