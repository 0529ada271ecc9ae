// 中文: the graph area's messages, the same keys as ../en/graph.ts.

import type { Catalogue } from '../catalogue.ts';
import type { graph as english } from '../en/graph.ts';

export const graph: Pick<Catalogue, keyof typeof english> = {
  'graph.describe.byParagraph': '按段落',

  'graph.heading': '主题如何相互关联',
  'graph.headingYears': '主题如何相互关联：逐年来看',
  'graph.layout.label': '图的显示方式',
  'graph.layout.network': '整体网络',
  'graph.layout.years': '逐年分列',
  'graph.forumYear': '论坛年份',
  'graph.allYears': '全部年份',
  'graph.yearOption.text': '{year}年（有文本）',
  'graph.yearOption.record': '{year}年（据记录编码）',
  'graph.yearOption.none': '{year}年',
  'graph.linkBy': '连线依据',
  'graph.unit.sentence': '同句',
  'graph.unit.paragraph': '同段',
  'graph.zoom': '缩放',
  'graph.zoomIn': '放大',
  'graph.zoomOut': '缩小',
  'graph.reset': '复原',
  'graph.resetLabel': '复原视图：缩放、平移和被拖动的概念',
  'graph.find.label': '查找概念',
  'graph.find.placeholder': '例如：数据流动',
  'graph.find.list': '匹配的概念',
  'graph.find.status': { other: '找到{count}个概念' },

  'graph.placing': { other: '正在排布{count}个概念…' },
  'graph.placingYears': '正在排布概念…',
  'graph.recordNote': '{year}年的情况来自论坛记录：据此编码出概念，但没有句子，因此没有连线。',
  'graph.title': '概念网络 · {filter}',
  'graph.titleWith': '概念网络 · {filter} · {selected}',
  'graph.subtitle.sentence':
    '{concepts}，{links}。同一句话提到的两个概念之间连线，线宽表示这样的句子有多少；圆点大小表示提及次数。{basis}。',
  'graph.subtitle.paragraph':
    '{concepts}，{links}。同一段落提到的两个概念之间连线，线宽表示这样的段落有多少；圆点大小表示提及次数。{basis}。',
  'graph.subtitle.textYears': '{years}年的概念在文本中匹配',
  'graph.subtitle.recordYears': '{years}年的概念据记录编码（空心标记）',
  'graph.subtitle.join': '{a}；{b}',
  'graph.concepts': { other: '{count}个概念' },
  'graph.mentions': { other: '提及{count}次' },
  'graph.links': { other: '{count}条连线' },
  'graph.tooltip.counts': '{mentions} · {links}',
  'graph.tooltip.together.sentence': { other: '在{count}句话中同时出现' },
  'graph.tooltip.together.paragraph': { other: '在{count}个段落中同时出现' },
  'graph.tooltip.click': '点击查看原句',
  'graph.side': '证据与关联',
  'graph.hint':
    '点击一个概念或一条连线，即可看到背后的句子。键盘操作：用 Tab 键移到概念上，用方向键移到相邻概念，按 Enter 键查看其句子。',
  'graph.backTo': '← 返回“{concept}”',
  'graph.presence': '{years}。',
  'graph.ownConcept': '这是您自己的概念，只保存在本浏览器中（不属于本项目的编码本）。',
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

  'graph.key.themes': '主题',
  'graph.key.marks': '图例说明',
  'graph.key.size': '圆点大小：在文本中的提及次数（1至{max}次）',
  'graph.key.hollow': '空心：仅据论坛记录编码，文本中未提及',
  'graph.key.years':
    '圆点外的弧线：每届论坛一段，从正上方起按顺时针排列；实线表示该年文本中提及，虚线表示据该年记录编码',
  'graph.key.line.sentence': '连线：在同一句话中提到；线越宽，这样的句子越多',
  'graph.key.line.paragraph': '连线：在同一段落中提到；线越宽，这样的段落越多',
  'graph.key.hint':
    '点击概念或连线可查看其句子（键盘：用 Tab 键移到概念，用方向键移到相邻概念，按 Enter 键查看，按 Esc 键取消）。拖动概念可移动其位置；按住 Ctrl 键滚动或双指捏合可缩放；拖动空白处可平移。',

  'graph.nodeName': '{label}，{theme}，{mentions}，{links}',
  'graph.nodeNameYears': '{name}；{years}',
  'graph.years.inText': '见于{years}年的文本',
  'graph.years.inTexts': '见于{years}年的文本',
  'graph.years.codedFromOne': '据{years}年的记录编码',
  'graph.years.codedFrom': '据{years}年的记录编码',
  'graph.years.join': '{a}；{b}',
  'graph.filter': '{themes} · {year} · {unit}',
  'graph.filter.allThemes': '全部主题',
  'graph.filter.noTheme': '未选主题',
  'graph.filter.themeSeparator': '、',
  'graph.filter.allYears': '全部年份',
  'graph.filter.yearRecord': '{year}年（据记录编码）',
  'graph.filter.bySentence': '按同句连线',
  'graph.filter.byParagraph': '按同段连线',
  'graph.table.caption.sentence':
    '概念网络中的概念（{filter}）：提及次数、连线数和相连的概念；相连概念后的数字表示同时提到二者的句子数',
  'graph.table.caption.paragraph':
    '概念网络中的概念（{filter}）：提及次数、连线数和相连的概念；相连概念后的数字表示同时提到二者的段落数',
  'graph.table.concept': '概念',
  'graph.table.theme': '主题',
  'graph.table.mentions': '提及次数',
  'graph.table.links': '连线数',
  'graph.table.linked': '相连的概念',
  'graph.table.years': '论坛年份',
  'graph.table.linkedItem': '{label}（{weight}）',
  'graph.table.linkedSeparator': '；',

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
