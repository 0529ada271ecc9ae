// 中文: the evidence area's messages, the same keys as ../en/evidence.ts.

import type { Catalogue } from '../catalogue.ts';
import type { evidence as english } from '../en/evidence.ts';

export const evidence: Pick<Catalogue, keyof typeof english> = {
  'evidence.label': '证据',
  'evidence.hint': '选中一个图形标记，即可看到背后的句子。',
  'evidence.notInCodebook': '（编码本未收录）',
  'evidence.source': '来源',
  'evidence.sourceCitation': '{label}：{source}',
  'evidence.coded': '编码',
};
