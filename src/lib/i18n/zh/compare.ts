// 中文: the compare area's messages, the same keys as ../en/compare.ts.

import type { Catalogue } from '../catalogue.ts';
import type { compare as english } from '../en/compare.ts';

export const compare: Pick<Catalogue, keyof typeof english> = {
  'compare.title': '{a}年与{b}年对比',
  'compare.describe.years': '{a}年与{b}年',
};
