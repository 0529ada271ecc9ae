// 中文: the graph area's messages, the same keys as ../en/graph.ts.

import type { Catalogue } from '../catalogue.ts';
import type { graph as english } from '../en/graph.ts';

export const graph: Pick<Catalogue, keyof typeof english> = {
  'graph.describe.year': '{year}年',
  'graph.describe.byParagraph': '按段落',
};
