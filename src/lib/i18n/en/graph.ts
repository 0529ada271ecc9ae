// English messages of the graph area (see ../catalogue.ts). Keys start with "graph.".

import type { Message } from '../message.ts';

export const graph = {
  'graph.describe.year': '{year}',
  'graph.describe.byParagraph': 'by paragraph',
} as const satisfies Record<`graph.${string}`, Message>;
