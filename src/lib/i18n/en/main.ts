// The English messages loaded with the language: the shell's, the URL's, the share bar's and its
// tools', the evidence panel's, and the views' messages that other routes say too (shared.ts).
// Each view's own messages load with the view ($ui/i18n.svelte.ts), so that a route fetches only
// its own.

import { evidence } from './evidence.ts';
import { share } from './share.ts';
import { shared } from './shared.ts';
import { shell } from './shell.ts';
import { url } from './url.ts';

export const enMain = {
  ...shell,
  ...url,
  ...share,
  ...evidence,
  ...shared,
} as const;
