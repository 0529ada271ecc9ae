// Components rendered to HTML speak English, as the build's prerender does.
import { beforeAll } from 'vitest';
import { useLanguage, useReaderMessages } from '../../src/ui/i18n.svelte.ts';

// Every area's messages, the reader's too (the app loads those with the reader's view).
beforeAll(async () => {
  await useReaderMessages();
  await useLanguage('en');
});
