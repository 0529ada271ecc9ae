// Each component test starts from an empty document, in English (a test may switch to Chinese
// with useLanguage('zh'); the next starts in English again).
import { cleanup } from '@testing-library/svelte';
import { afterEach, beforeEach } from 'vitest';
import { useLanguage, useReaderMessages } from '../../src/ui/i18n.svelte.ts';

// Every area's messages, the reader's too (the app loads those with the reader's view).
beforeEach(async () => {
  await useReaderMessages();
  await useLanguage('en');
});
afterEach(() => cleanup());
