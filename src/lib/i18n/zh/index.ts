// 中文目录: the Chinese catalogue, loaded only when Chinese is in use, in two parts (../en/index.ts).

import type { Catalogue } from '../catalogue.ts';
import { zhMain } from './main.ts';
import { reader } from './reader.ts';

export const zh: Catalogue = {
  ...zhMain,
  ...reader,
};
