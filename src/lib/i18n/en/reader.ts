// English messages of the reader area (see ../catalogue.ts). Keys start with "reader.".

import type { Message } from '../message.ts';

export const reader = {
  'reader.describe.query': '“{q}”',
} as const satisfies Record<`reader.${string}`, Message>;
