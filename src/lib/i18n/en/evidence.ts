// English messages of the evidence area (see ../catalogue.ts). Keys start with "evidence.".

import type { Message } from '../message.ts';

export const evidence = {} as const satisfies Record<`evidence.${string}`, Message>;
