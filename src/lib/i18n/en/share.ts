// English messages of the share area (see ../catalogue.ts). Keys start with "share.".

import type { Message } from '../message.ts';

export const share = {} as const satisfies Record<`share.${string}`, Message>;
