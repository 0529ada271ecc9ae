// The English catalogue: every group's messages in one object (../catalogue.ts), in the parts that
// load apart: main.ts with the language, the share tools' messages with the first tool used, and
// each view's own messages with that view.

import { compare } from './compare.ts';
import { evidenceDetail } from './evidence-detail.ts';
import { graph } from './graph.ts';
import { graphMore } from './graph-more.ts';
import { enMain } from './main.ts';
import { map } from './map.ts';
import { reader } from './reader.ts';
import { readerTools } from './reader-tools.ts';
import { shareTools } from './share-tools.ts';
import { timeline } from './timeline.ts';

export const en = {
  ...enMain,
  ...evidenceDetail,
  ...shareTools,
  ...graph,
  ...graphMore,
  ...compare,
  ...timeline,
  ...map,
  ...reader,
  ...readerTools,
} as const;
