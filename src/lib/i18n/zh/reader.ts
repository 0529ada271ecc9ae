// 中文: the reader area's messages, the same keys as ../en/reader.ts.

import type { Catalogue } from '../catalogue.ts';
import type { reader as english } from '../en/reader.ts';

export const reader: Pick<Catalogue, keyof typeof english> = {
  'reader.describe.query': '“{q}”',
};
