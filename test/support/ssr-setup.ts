// Components rendered to HTML speak English, as the build's prerender does.
import { beforeAll } from 'vitest';
import { useLanguage } from '../../src/ui/i18n.svelte.ts';

beforeAll(() => useLanguage('en'));
