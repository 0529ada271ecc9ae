// 中文: the messages of every area but the reader's, loaded with the language (../en/main.ts).

import type { MainCatalogue } from '../catalogue.ts';
import { compare } from './compare.ts';
import { evidence } from './evidence.ts';
import { graph } from './graph.ts';
import { map } from './map.ts';
import { share } from './share.ts';
import { shell } from './shell.ts';
import { timeline } from './timeline.ts';
import { url } from './url.ts';

export const zhMain: MainCatalogue = {
  ...shell,
  ...url,
  ...graph,
  ...compare,
  ...timeline,
  ...map,
  ...share,
  ...evidence,
};
