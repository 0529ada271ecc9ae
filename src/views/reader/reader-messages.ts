// The reader's messages (the catalogue's reader part), asked for as the reader's view loads. The
// registry imports this beside the view rather than the i18n module itself, so that Node scripts
// (the bench) can read the registry without the interface's runes.

import { useReaderMessages } from '$ui/i18n.svelte.ts';

export const readerMessages = (): Promise<void> => useReaderMessages();
