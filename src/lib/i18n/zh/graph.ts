// 中文: the graph area's messages, the same keys as ../en/graph.ts.

import type { Catalogue } from '../catalogue.ts';
import type { graph as english } from '../en/graph.ts';

export const graph: Pick<Catalogue, keyof typeof english> = {
  'graph.heading': '主题如何相互关联',
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
  // The view's title and purpose (the registry names them; only this view says them).
  'graph.view.title': '主题如何相互关联',
  'graph.view.purpose':
    '编码本中的概念构成的网络：同一句话同时提到两个概念即相连，每条连线都有其出处句子为据。',
};
