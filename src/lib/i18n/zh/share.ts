// 中文: the share area's messages, the same keys as ../en/share.ts.

import type { Catalogue } from '../catalogue.ts';
import type { share as english } from '../en/share.ts';

export const share: Pick<Catalogue, keyof typeof english> = {
  // 分享栏
  'share.toolsLabel': '分享与导出',
  'share.share': '分享',
  'share.copyLink': '复制链接',
  'share.copyLinkDetail': '当前视图的确切地址',
  'share.cite': '引用…',
  'share.citeDetail': 'APA、芝加哥、GB/T 7714',
  'share.embed': '嵌入…',
  'share.embedDetail': '用于其他网页的代码，附预览',
  'share.linkCopied': '链接已复制。',
  'share.copyThisLink': '请复制此链接：{url}',
  'share.slides': '幻灯片',
  'share.slidesCount': '幻灯片（{count}）',
  'share.present': '演示',
  'share.closeSlides': '关闭幻灯片面板',

  // 引文列表
  'share.style.apa': 'APA',
  'share.style.chicago': '芝加哥格式',
  'share.style.gbt': 'GB/T 7714',

  // 导出菜单
  'share.export': '导出',
  'share.noChartToExport': '此视图没有可导出的图表。',
  'share.notDrawnYet': '图表尚未绘制完成。',
  'share.making': '正在生成文件…',
  'share.saved': '已保存 {filename}（{size}）。',
  'share.savedWithNote': '已保存 {filename}（{size}）。{note}',
  'share.exportFailed': '导出失败：{error}',
  'share.format.svg': 'SVG 图像',
  'share.format.svgDetail': '矢量图，适合印刷和编辑',
  'share.format.png1': 'PNG 图像 1×',
  'share.format.png1Detail': '屏幕尺寸',
  'share.format.png2': 'PNG 图像 2×',
  'share.format.png2Detail': '在高分辨率屏幕上清晰',
  'share.format.png4': 'PNG 图像 4×',
  'share.format.png4Detail': '适合超高清投影仪或印刷',
  'share.format.pptx': 'PowerPoint 幻灯片',
  'share.format.pptxDetail': '图表与来源，链接附在备注中',
  'share.format.html': '网页',
  'share.format.htmlDetail': '单个文件，离线可用',
  'share.format.data': '数据',
  'share.format.dataDetail': 'CSV、JSON 和说明文件，打包为压缩文件',
  'share.error.notDrawn': '图表尚未绘制',

  // 嵌入对话框

  // 幻灯片

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

  // 数据文件的说明
  'share.readme.intro': '{name}中这张图表背后的数据，导出于{date}。',
  'share.readme.viewAgain': '再次查看：{url}',
  'share.readme.files': '文件',
  'share.readme.csv':
    "- {file}：{caption}（{rows}行；{encoding} 编码，以逗号分隔，首行为列名；以 = + - 或 @ 开头的文本单元格前加了 '，以免电子表格将其作为公式执行）",
  'share.readme.json': '- {file}：同样的各行，按列名存放，附标题、链接、来源和引文',
  'share.readme.columns': '列',
  'share.readme.column': '- {label}（{key}）',
  'share.readme.numberColumn': '- {label}（{key}，数值）',
  'share.readme.sources': '来源',
  'share.readme.source': '- {title}，{date}（{basis}）：{url}',
  'share.readme.codebook':
    '编码本版本：{version}。概念依据编码本中的短语在来源文本中匹配；\n没有全文的年份，依据从其公开记录中编码的概念，\n并在出现之处均标明为编码所得。',
  'share.readme.citeAs': '引用格式',

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
