// 中文: the share area's messages, the same keys as ../en/share.ts.

import type { Catalogue } from '../catalogue.ts';
import type { share as english } from '../en/share.ts';

export const share: Pick<Catalogue, keyof typeof english> = {};
