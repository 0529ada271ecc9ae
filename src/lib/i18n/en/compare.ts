// English messages of the compare area (see ../catalogue.ts). Keys start with "compare.".

import type { Message } from '../message.ts';

export const compare = {
  'compare.title': 'Compare {a} and {b}',
  'compare.describe.years': '{a} and {b}',
} as const satisfies Record<`compare.${string}`, Message>;
