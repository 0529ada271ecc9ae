// 中文: the link reader's messages, the same keys as ../en/url.ts.

import type { Catalogue } from '../catalogue.ts';
import type { url as english } from '../en/url.ts';

export const url: Pick<Catalogue, keyof typeof english> = {
  'url.notYear': '不是四位数的年份',
  'url.noForumIn': '{year}年没有论坛（有论坛的年份：{years}）',
  'url.unknownConcept': '未知的概念',
  'url.notWholeNumber': '不是整数',
  'url.outside': '超出{min}–{max}的范围',
  'url.unknownThemes': '未知的主题{themes}',
  'url.unknownTheme': '未知的主题',
  'url.twoConcepts': '应为两个以 ~ 相连的概念标识',
  'url.linkSameConcept': '一条连线须连接两个不同的概念',
  'url.expectedUnit': '应为 sentence（句）或 paragraph（段）',
  'url.expectedLayout': '应为 network（网络）或 years（分年）',
  'url.noForumThatYear': '该年没有论坛',
  'url.unknownSel': '未知的论坛或里程碑',
  'url.toAfterFrom': '“to”须晚于“from”',
  'url.unknownPlace': '未知的地点',
  'url.unknownDocument': '未知的文件',
  'url.expectedSentenceId': '应为句子标识，如 p5.s2',
  'url.noSuchSentence': '该文件中没有这一句',
  'url.longerThan': '超过{max}个字符',
  'url.expectedPanel': '应为 {panels}',
  'url.expectedFlag': '应为 1 或 0',
  'url.noSlide': '没有第{n}张幻灯片（共{count}张）',
  'url.expectedLanguage': '应为 en 或 zh',
  'url.firstSlidesKept': '只保留前{max}张',
  'url.slideCount': '{count}张幻灯片',
  'url.slideN': '第{n}张幻灯片',
  'url.slideParam': '第{n}张幻灯片：{param}',
  'url.unknownViewSlide': '未知的视图；该幻灯片已略去',
  'url.unknownView': '未知的视图（可用视图：{views}）',
  'url.view': '视图',
  'url.noLinkSlide': '没有链接；该幻灯片已略去',
  'url.tooLong': '过长',
};
