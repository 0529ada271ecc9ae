// 中文目录: the Chinese catalogue, loaded only when Chinese is in use, in the same parts as
// ../en/index.ts.

import type { Catalogue } from '../catalogue.ts';
import { compare } from './compare.ts';
import { evidenceDetail } from './evidence-detail.ts';
import { graph } from './graph.ts';
import { graphMore } from './graph-more.ts';
import { zhMain } from './main.ts';
import { map } from './map.ts';
import { reader } from './reader.ts';
import { readerTools } from './reader-tools.ts';
import { shareTools } from './share-tools.ts';
import { timeline } from './timeline.ts';

export const zh: Catalogue = {
  ...zhMain,
  ...evidenceDetail,
  ...shareTools,
  ...graph,
  ...graphMore,
  ...compare,
  ...timeline,
  ...map,
  ...reader,
  ...readerTools,
};
