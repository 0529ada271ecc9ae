// An AppState on a given corpus, without a network or a real address bar: for component tests of
// views and components that take `app`. The worker's services run on the main thread.

import type { Corpus } from '../../src/lib/corpus/types.ts';
import type { AppServices } from '../../src/lib/state/app-state.svelte.ts';
import { AppState } from '../../src/lib/state/app-state.svelte.ts';
import { mainThreadServices } from './main-thread-services.ts';

export async function testApp(corpus: Corpus, hash = '#/read', services: AppServices = {}) {
  window.history.replaceState(null, '', hash);
  const win = Object.assign(Object.create(window) as Window, {
    fetch: async () => new Response(JSON.stringify(corpus), { status: 200 }),
    location: window.location,
    history: window.history,
    addEventListener: window.addEventListener.bind(window),
    removeEventListener: window.removeEventListener.bind(window),
  });
  const app = new AppState(win, 'data/corpus.json', { ...mainThreadServices, ...services });
  await app.load();
  return app;
}
