// 中文: the timeline area's messages, the same keys as ../en/timeline.ts.

import type { Catalogue } from '../catalogue.ts';
import type { timeline as english } from '../en/timeline.ts';

export const timeline: Pick<Catalogue, keyof typeof english> = {
  'timeline.title': '时间线 · {from}–{to}年',
  'timeline.describe.forum': '{year}年论坛',
};
