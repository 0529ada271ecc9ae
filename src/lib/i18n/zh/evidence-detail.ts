// 中文: the evidence panel's selection messages, the same keys as ../en/evidence-detail.ts.

import type { Catalogue } from '../catalogue.ts';
import type { evidenceDetail as english } from '../en/evidence-detail.ts';

export const evidenceDetail: Pick<Catalogue, keyof typeof english> = {
  'evidence.close': '关闭证据面板',
  'evidence.sentences': { other: '{count}句' },
  'evidence.sentencesInTexts': { other: '{count}份文本中的{sentences}' },
  'evidence.codedEntries': { other: '{count}条记录编码' },
  'evidence.countJoin': '{a}；{b}',
  'evidence.concordance': '语境索引',
  'evidence.concordanceLabel': '“{title}”的语境索引',
  'evidence.concordanceRest': '：在阅读视图中查看每一处提及及其上下文',
  'evidence.place': '第{paragraph}段第{sentence}句',
  'evidence.meta': '{title}（{year}年），{place}。',
  'evidence.readInContext': '查看上下文',
  'evidence.readInContextOf': '：{title}，{place}',
  'evidence.codedHeading': '来自论坛记录（据记录编码，并非在文本中匹配）',
  'evidence.codedConcept': '{concept}：',
  'evidence.record': '记录',
  'evidence.nothing': '文本中没有句子、论坛记录中也没有条目提到这一点。',
  'evidence.cite': '引用',
  'evidence.citeRest': '这句话',
  'evidence.citeLabel': '引用这句话',
  'evidence.concept.make': '新建概念',
  'evidence.concept.edit': '编辑您的概念',
  'evidence.concept.note':
    '您的概念只保存在本浏览器中，出现在任何地方都会标明是您的概念；本项目的编码本不会改变。',
  'evidence.concept.label': '名称',
  'evidence.concept.theme': '主题',
  'evidence.concept.chooseTheme': '选择一个主题',
  'evidence.concept.phrases': '匹配用语（每行一个）',
  'evidence.concept.definition': '定义（一行）',
  'evidence.concept.tagging': '正在标注文本…',
  'evidence.concept.save': '保存',
  'evidence.concept.makeIt': '新建此概念',
  'evidence.concept.cancel': '取消',
  'evidence.concept.made': { other: '已新建您的概念“{label}”：在文本中提及{count}次。' },
  'evidence.concept.saved': { other: '已保存您的概念“{label}”：在文本中提及{count}次。' },
};
