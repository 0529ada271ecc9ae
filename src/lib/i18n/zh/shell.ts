// 中文: the shell's messages, the same keys as ../en/shell.ts.

import type { Catalogue } from '../catalogue.ts';
import type { shell as english } from '../en/shell.ts';

export const shell: Pick<Catalogue, keyof typeof english> = {
  'shell.appName': '全球发展倡议数字合作探索器',
  'shell.tagline': '{years}年论坛，细读到句',
  'shell.taglineNoYears': '历届论坛，细读到句',
  'shell.pageTitle': '{view} · 全球发展倡议数字合作探索器',
  'shell.skipToContent': '跳到正文',
  'shell.viewsNav': '视图',
  'shell.loadingCorpus': '正在载入语料…',
  'shell.corpusNotLoaded': '语料未能载入',
  'shell.openingView': '正在打开{view}…',
  'shell.viewNotLoaded': '“{view}”视图未能载入（{error}）',
  'shell.addOwnLink': '添加您自己的文件',
  'shell.addOwnRest': '：它按同一编码本标注，进入每个视图，并只保存在本浏览器中。',
  'shell.plainLink': '纯文本页面',
  'shell.plainRest': '：无需脚本即可阅读全部文本和每张图表的数据。',
  'shell.languageName.en': 'English',
  'shell.languageName.zh': '中文',
  'shell.view.graph.label': '概念网络',
  'shell.view.timeline.label': '时间线',
  'shell.view.compare.label': '年份对比',
  'shell.view.map.label': '地图',
  'shell.view.read.label': '阅读',
  'shell.notice.intro': '此链接中有部分内容无法识别，已略去：',
  'shell.notice.why': '（{why}）',
  'shell.notice.separator': '；',
  'shell.notice.end': '。',
  'shell.notice.local':
    '该链接可能指向其制作者在自己浏览器中添加的概念或文件：它们只保存在那里，不在此处。可向对方索取编码本或文件，再导入。',
  'shell.notice.dismissLabel': '关闭此提示',
  'shell.notice.dismiss': '关闭',
  'shell.themeCount': { other: '{count}个主题' },

  // 单独显示的图表的框架（嵌入、幻灯片）、数据表、主题图例
  'shell.frame.legend': '图例',
  'shell.frame.openShort': '探索器 ↗',
  'shell.dataTable.show': '以表格显示数据',
  'shell.dataTable.rows': { other: '（{count}行）' },
  'shell.legend.themes': '主题',
  'shell.legend.groupLabel': '{caption}：按下可显示或隐藏',
  'shell.legend.mentionsHidden': '次提及',
  'shell.legend.showAll': '显示全部主题',

  // 探索器的依据（页脚）
  'shell.summary.year': '{year}年：',
  'shell.summary.fullText': '全文',
  'shell.summary.excerpt': '节选',
  'shell.summary.addedByYou': '（由您添加）',
  'shell.summary.record': '据其公开记录编码',
  'shell.summary.nothing': '无文本或记录',
  'shell.summary.yearSeparator': ' · ',
  'shell.summary.counts':
    '{texts}，{sentences}，{themes}中的{concepts}，{mentions}；编码本 {version}。来源：',
  'shell.summary.texts': { other: '{count}份来源文本' },
  'shell.summary.sentences': { other: '{count}个句子' },
  'shell.summary.concepts': { other: '{count}个概念' },
  'shell.summary.mentions': { other: '{count}次提及' },
  'shell.summary.outcome': '{year}年成果文件',
  'shell.summary.listSeparator': '、',
  'shell.summary.end': '。',

  // 错误、更新、演示、对话框
  'shell.loadError.title': '探索器未能启动',
  'shell.loadError.problem': '问题：{message}。',
  'shell.loadError.kept':
    '您在本浏览器中添加的文件均已保留，没有任何丢失。请重试，或稍后重新载入页面。',
  'shell.loadError.retry': '重试',
  'shell.update.ready': '新版本已就绪。',
  'shell.update.reload': '重新载入',
  'shell.update.later': '稍后',
  'shell.update.laterLabel': '暂时保留当前版本',
  'shell.present.label': '演示',
  'shell.present.previous': '上一张幻灯片',
  'shell.present.next': '下一张幻灯片',
  'shell.present.count': '第{at}张，共{total}张',
  'shell.present.fullScreen': '全屏',
  'shell.present.leave': '退出',
  'shell.dialog.close': '关闭',
};
