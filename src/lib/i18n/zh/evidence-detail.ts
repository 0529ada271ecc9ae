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
  // What a concept of one's own may not be (the dialog that makes one loads this part).
  'evidence.concept.problem.noLabel': '名称：请为概念起个名字。',
  'evidence.concept.problem.longLabel': '名称：共{length}个字符，最多80个。',
  'evidence.concept.problem.labelYours': '名称：“{label}”已是您的一个概念。',
  'evidence.concept.problem.labelCodebook': '名称：“{label}”已是编码本中的概念。',
  'evidence.concept.problem.theme': '主题：请从{themes}中选择一个。',
  'evidence.concept.problem.noPhrase': '匹配用语：请至少填写一个用于匹配的用语。',
  'evidence.concept.problem.emptyPhrase': '匹配用语：“{phrase}”不含任何词语。',
  'evidence.concept.problem.twice': '匹配用语：“{phrase}”重复列出。',
  'evidence.concept.problem.taken':
    '匹配用语：“{phrase}”已属于“{owner}”。一个用语只能匹配一个概念。',
  'evidence.concept.problem.takenByName':
    '匹配用语：“{phrase}”属于编码本有意不收的名称。一个用语只能匹配一个概念。',
  'evidence.concept.problem.noDefinition': '定义：请用一行说明它涵盖什么。',
  'evidence.concept.problem.longDefinition': '定义：共{length}个字符，一行最多300个。',
};
