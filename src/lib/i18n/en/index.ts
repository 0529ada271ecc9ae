// The English catalogue: every group's messages in one object (../catalogue.ts), in two parts that
// load apart: main.ts, and the reader's messages.

import { enMain } from './main.ts';
import { reader } from './reader.ts';

export const en = {
  ...enMain,
  ...reader,
} as const;
