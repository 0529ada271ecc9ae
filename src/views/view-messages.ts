// A view's own messages (its part of the catalogue), asked for as the view's code loads. The
// registry imports this beside the view rather than the i18n module itself, so that Node scripts
// (the bench) can read the registry without the interface's runes.

import type { MessagePart } from '$lib/i18n/catalogue.ts';
import { useMessages } from '$ui/i18n.svelte.ts';

export const viewMessages = (part: MessagePart): Promise<void> => useMessages(part);
