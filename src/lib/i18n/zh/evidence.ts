// 中文: the evidence area's messages, the same keys as ../en/evidence.ts.

import type { Catalogue } from '../catalogue.ts';
import type { evidence as english } from '../en/evidence.ts';

export const evidence: Pick<Catalogue, keyof typeof english> = {
  'evidence.label': '证据',
  'evidence.hint': '选中一个图形标记，即可看到背后的句子。',
  'evidence.notInCodebook': '（编码本未收录）',
  'evidence.source': '来源',
  'evidence.sourceCitation': '{label}：{source}',
  'evidence.coded': '编码',
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
