// Translators for tests: the app's English and Chinese catalogues, as the app loads them.

import { english } from '../../src/lib/i18n/catalogue.ts';
import { createTranslator } from '../../src/lib/i18n/translator.ts';
import { zh } from '../../src/lib/i18n/zh/index.ts';

export const enTr = createTranslator('en', english);
export const zhTr = createTranslator('zh', zh);
