// Components rendered to HTML speak English, as the build's prerender does.
import { beforeAll } from 'vitest';
import { MESSAGE_PARTS } from '../../src/lib/i18n/catalogue.ts';
import { useLanguage, useMessages } from '../../src/ui/i18n.svelte.ts';

// Every area's messages, every view's too (the app loads those with each view).
beforeAll(async () => {
  await useMessages(...MESSAGE_PARTS);
  await useLanguage('en');
});
