// 中文: the views' messages said across views, the same keys as ../en/shared.ts.

import type { Catalogue } from '../catalogue.ts';
import type { shared as english } from '../en/shared.ts';

export const shared: Pick<Catalogue, keyof typeof english> = {
  // The graph's (the evidence panel, user concepts' names).
  'graph.describe.year': '{year}年',
  'graph.pair': '{a} + {b}',
  'graph.yourConcept': '{label}（您的概念）',

  // What a year rests on, and the year comparison (lib/model/theme-profile.ts, year-comparison.ts,
  // year-evidence.ts: the timeline and its exports use them too).
  'compare.basis.fullText': '{year}年：在全文中匹配',
  'compare.basis.excerpt': '{year}年：在文本节选中匹配',
  'compare.basis.fullTextDocuments': '{year}年：在全文中匹配（{count}份文件）',
  'compare.basis.excerptDocuments': '{year}年：在文本节选中匹配（{count}份文件）',
  'compare.basis.record': '{year}年：依据其公开记录编码，记录范围：{extent}',
  'compare.basis.recordNoExtent': '{year}年：依据其公开记录编码，范围未说明',
  'compare.basis.none': '{year}年：既无文本，也无编码记录',
  'compare.unit.per1000': '每年文本中每千词的提及次数',
  'compare.unit.concepts': '每年不同概念中属于该主题的比例（记录无提及次数可数，故两边都按概念计）',
  'compare.value.per1000': '每千词{value}次',
  'compare.evidenceTitle': '{name}，{years}年',
  // Forum dates and bases (lib/model/forum-timeline.ts, forum-years.ts: the shell, the map, the
  // sources export).
  'timeline.dateBy': '不晚于{date}（具体日期未说明）',
  'timeline.bases.fullTextOne': '{years}年依据全文',
  'timeline.bases.fullTextMany': '{years}年依据全文',
  'timeline.bases.excerptOne': '{years}年依据节选',
  'timeline.bases.excerptMany': '{years}年依据节选',
  'timeline.bases.recordOne': '{years}年依据公开记录编码',
  'timeline.bases.recordMany': '{years}年依据公开记录编码',
  'timeline.bases.separator': '；',
  'timeline.forumName': '第{edition}届全球发展倡议数字合作论坛',
};
