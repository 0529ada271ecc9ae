// 中文: the share area's messages, the same keys as ../en/share.ts.

import type { Catalogue } from '../catalogue.ts';
import type { share as english } from '../en/share.ts';

export const share: Pick<Catalogue, keyof typeof english> = {
  // 分享栏
  'share.toolsLabel': '分享与导出',
  'share.share': '分享',
  'share.slides': '幻灯片',
  'share.slidesCount': '幻灯片（{count}）',
  'share.present': '演示',

  // 引文列表
  'share.style.apa': 'APA',
  'share.style.chicago': '芝加哥格式',
  'share.style.gbt': 'GB/T 7714',

  // 导出菜单
  'share.export': '导出',

  // 引文的固定用语（各格式的著录规则）
  'share.cite.translatedTitle': '{original} [{title}；标题由{name}翻译]',
  'share.cite.apaParagraph': ' [第{n}段]',
  'share.cite.apaRetrieved': ' 检索于{date}，取自{name}：{url}',
  'share.cite.apaChart': ' [交互式图表；编码本 {version}]. 检索于{date}，取自{url}',
  'share.cite.chicagoTitle': '“{title}”。',
  'share.cite.chicagoParagraph': '“{title}”，第{n}段。',
  'share.cite.chicagoDate': '{date}。',
  'share.cite.chicagoAccessed': ' 访问日期：{date}，见',
  'share.cite.chicagoLink': '。{url}',
  'share.cite.chicagoChart':
    '{name}。“{title}”，交互式图表，编码本 {version}。访问日期：{date}。{url}',
  'share.cite.gbtVia': '引自{name}: {url}.',
  'share.cite.gbtParagraphVia': '第{n}段，引自{name}: {url}.',
  'share.cite.gbtChart': '{name}. {title}：编码本 {version}{type}. [{accessed}]. {url}.',

  // 图表的依据：图下的来源行，各来源的性质
  'share.source.line': '来源：{list} · {name}，编码本 {version}',
  'share.source.none': '无来源文本',
  'share.source.item': '{title}（{date}，{basis}）',
  'share.source.separator': '；',
  'share.source.translatedTitle': '{original}（{title}）',
  'share.basis.fullText': '全文',
  'share.basis.excerpt': '节选',
  'share.basis.record': '记录：概念由人工编码',

  // 由图表生成的幻灯片、网页和原生图表
  'share.openInExplorer': '在{name}中打开',
  'share.opensNewTab': '（在新标签页中打开）',
  'share.series.record': '{year}年（据其记录编码：{total}个概念）',
  'share.series.text': '{year}年（文本：{total}次提及）',
  'share.series.textConcepts': '{year}年（文本：{total}个不同概念）',
  'share.series.none': '{year}年（无可计数内容）',
  'share.series.coded': '{year}年（编码所得）',
  'share.series.year': '{year}年',
};
