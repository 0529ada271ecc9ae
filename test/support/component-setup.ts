// Each component test starts from an empty document, in English (a test may switch to Chinese
// with useLanguage('zh'); the next starts in English again).
import { cleanup } from '@testing-library/svelte';
import { afterEach, beforeEach } from 'vitest';
import { useLanguage } from '../../src/ui/i18n.svelte.ts';

beforeEach(() => useLanguage('en'));
afterEach(() => cleanup());
