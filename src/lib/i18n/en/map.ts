// English messages of the map area (see ../catalogue.ts). Keys start with "map.".

import type { Message } from '../message.ts';

export const map = {
  'map.title': 'Map · places of the forums',
  'map.describe.year': '{year}',
} as const satisfies Record<`map.${string}`, Message>;
