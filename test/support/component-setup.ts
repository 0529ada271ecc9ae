// Each component test starts from an empty document, in English (a test may switch to Chinese
// with useLanguage('zh'); the next starts in English again).
import { cleanup } from '@testing-library/svelte';
import { afterEach, beforeEach } from 'vitest';
import { MESSAGE_PARTS } from '../../src/lib/i18n/catalogue.ts';
import { useLanguage, useMessages } from '../../src/ui/i18n.svelte.ts';

// Every area's messages, every view's too (the app loads those with each view).
beforeEach(async () => {
  await useMessages(...MESSAGE_PARTS);
  await useLanguage('en');
});
afterEach(() => cleanup());
