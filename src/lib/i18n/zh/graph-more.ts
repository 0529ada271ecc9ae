// 中文: the graph's messages said on demand, the same keys as ../en/graph-more.ts.

import type { Catalogue } from '../catalogue.ts';
import type { graphMore as english } from '../en/graph-more.ts';

export const graphMore: Pick<Catalogue, keyof typeof english> = {
  'graph.describe.byParagraph': '按段落',
  'graph.headingYears': '主题如何相互关联：逐年来看',
  'graph.placingYears': '正在排布概念…',
  'graph.nodeLinks.none.sentence': '当前显示的概念中，没有一个与它出现在同一句话里。',
  'graph.nodeLinks.none.paragraph': '当前显示的概念中，没有一个与它出现在同一段落里。',
  'graph.nodeLinks.noneFiltered.sentence':
    '当前显示的概念中，没有一个与它出现在同一句话里（在当前筛选条件下，它不在图中）。',
  'graph.nodeLinks.noneFiltered.paragraph':
    '当前显示的概念中，没有一个与它出现在同一段落里（在当前筛选条件下，它不在图中）。',
  'graph.nodeLinks.heading.sentence': '与之同句出现的概念（{count}）',
  'graph.nodeLinks.heading.paragraph': '与之同段出现的概念（{count}）',
  'graph.nodeLinks.weight.sentence': { other: '{count}句' },
  'graph.nodeLinks.weight.paragraph': { other: '{count}段' },
  'graph.terms.heading': '周边用语（编码本未收录）',
  'graph.terms.count': '{count}次',
  'graph.years.title': '逐年概念网络',
  'graph.years.titleWith': '逐年概念网络 · {what}',
  'graph.years.titleWithBoth': '逐年概念网络 · {themes} · {concept}',
  'graph.years.subtitle':
    '每届论坛一幅小图，同一概念在各图中位置相同。有文本的年份：显示文本提到的概念，同一句话提到的两个概念之间连线。仅有记录的年份：显示据记录编码的概念（空心、虚线），不连线。',
  'graph.years.purpose':
    '每届论坛各一幅图，概念位置固定不变，一眼可见哪些概念出现、哪些消失。在任一幅图中选中一个概念：凡提到它的年份都会圈出，未提到的年份则在原位画出虚线轮廓。',
  'graph.years.hint':
    '点击任一幅图中的概念，即可看到背后的句子（有文本的年份）或记录条目（仅有记录的年份）。',
  'graph.years.panelTitle': '{year}年',
  'graph.years.panelLabel': '{title}：{basis}',
  'graph.years.basis.textFull': '在全文中匹配：{concepts}，{links}',
  'graph.years.basis.textExcerpt': '在文本节选中匹配：{concepts}，{links}',
  'graph.years.basis.textDocuments': '在{documents}份文件中匹配：{concepts}，{links}',
  'graph.years.basis.record':
    '据已发布的记录（{extent}）编码：{concepts}，无连线（记录不说明哪些概念同时出现）',
  'graph.years.basis.recordNoExtent':
    '据已发布的记录编码：{concepts}，无连线（记录不说明哪些概念同时出现）',
  'graph.years.basis.none': '既无文本，也无编码记录',
  'graph.years.codedConcepts': { other: '{count}个编码概念' },
  'graph.years.node': '{label}，{year}',
  'graph.years.nodeCoded': '{label}，{year}，据记录编码',
  'graph.years.nodeTitleCoded': '{label}（据记录编码）',
  'graph.years.notRaised': '{label}（未提及）',
  'graph.years.table.caption':
    '各届论坛的概念：{panels}。有文本的年份填提及次数；仅有记录的年份填“编码”。',
  'graph.years.table.panel': '{title}，{basis}',
  'graph.years.table.separator': '；',
  'graph.years.table.coded': '编码',
};
