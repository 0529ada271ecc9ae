// The English messages of every area but the reader's: the part of the catalogue loaded with the
// language. The reader's messages load with the reader's view and the tools that say them
// ($ui/i18n.svelte.ts), so that the other views do not fetch them.

import { compare } from './compare.ts';
import { evidence } from './evidence.ts';
import { graph } from './graph.ts';
import { map } from './map.ts';
import { share } from './share.ts';
import { shell } from './shell.ts';
import { timeline } from './timeline.ts';
import { url } from './url.ts';

export const enMain = {
  ...shell,
  ...url,
  ...graph,
  ...compare,
  ...timeline,
  ...map,
  ...share,
  ...evidence,
} as const;
