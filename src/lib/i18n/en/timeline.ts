// English messages of the timeline area (see ../catalogue.ts). Keys start with "timeline.".

import type { Message } from '../message.ts';

export const timeline = {
  'timeline.title': 'Timeline · {from}–{to}',
  'timeline.describe.forum': '{year} forum',
} as const satisfies Record<`timeline.${string}`, Message>;
