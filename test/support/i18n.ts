// Translators for tests: the app's English and Chinese catalogues, as the app loads them.

import { en } from '../../src/lib/i18n/en/index.ts';
import { createTranslator } from '../../src/lib/i18n/translator.ts';
import { zh } from '../../src/lib/i18n/zh/index.ts';

export const enTr = createTranslator('en', en);
export const zhTr = createTranslator('zh', zh);
