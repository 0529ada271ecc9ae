// The English catalogue: every group's messages in one object (../catalogue.ts).

import { compare } from './compare.ts';
import { evidence } from './evidence.ts';
import { graph } from './graph.ts';
import { map } from './map.ts';
import { reader } from './reader.ts';
import { share } from './share.ts';
import { shell } from './shell.ts';
import { timeline } from './timeline.ts';
import { url } from './url.ts';

export const en = {
  ...shell,
  ...url,
  ...graph,
  ...compare,
  ...timeline,
  ...map,
  ...reader,
  ...share,
  ...evidence,
} as const;
