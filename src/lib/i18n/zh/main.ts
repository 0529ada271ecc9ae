// 中文: the messages loaded with the language (../en/main.ts).

import type { MainCatalogue } from '../catalogue.ts';
import { evidence } from './evidence.ts';
import { share } from './share.ts';
import { shared } from './shared.ts';
import { shell } from './shell.ts';
import { url } from './url.ts';

export const zhMain: MainCatalogue = {
  ...shell,
  ...url,
  ...share,
  ...evidence,
  ...shared,
};
