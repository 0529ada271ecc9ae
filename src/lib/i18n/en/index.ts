// The English catalogue: every group's messages in one object (../catalogue.ts), in the parts that
// load apart: main.ts with the language, the share tools' messages with the first tool used, and
// each view's own messages with that view.

import { compare } from './compare.ts';
import { graph } from './graph.ts';
import { enMain } from './main.ts';
import { map } from './map.ts';
import { reader } from './reader.ts';
import { shareTools } from './share-tools.ts';
import { timeline } from './timeline.ts';

export const en = {
  ...enMain,
  ...shareTools,
  ...graph,
  ...compare,
  ...timeline,
  ...map,
  ...reader,
} as const;
