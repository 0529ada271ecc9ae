// 中文: the evidence area's messages, the same keys as ../en/evidence.ts.

import type { Catalogue } from '../catalogue.ts';
import type { evidence as english } from '../en/evidence.ts';

export const evidence: Pick<Catalogue, keyof typeof english> = {};
