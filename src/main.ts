import { mount } from 'svelte';
import App from './App.svelte';
import { registerOffline } from './browser/offline.ts';
import { liveRoot } from './browser/prerendered.ts';
import { rememberedLanguage } from './browser/language-choice.ts';
import { chooseLanguage } from './lib/i18n/language.ts';
import { parseUrlShape } from './lib/state/url-state.ts';
import { useLanguage } from './ui/i18n.svelte.ts';
import { viewFor } from './views/registry.ts';
import './app.css';
import './prerender/prerender.css';

const target = document.getElementById('app');
if (!target) throw new Error('index.html lacks the #app element');
// The interface speaks the link's language (else the reader's choice, else the browser's) from its
// first frame: the app mounts once that language's catalogue is here (index.html's prerendered
// page shows meanwhile).
const shape = parseUrlShape(window.location.hash);
const lang = chooseLanguage(
  shape.lang,
  rememberedLanguage(window),
  navigator.languages ?? [navigator.language],
);
// The view's code is fetched at once, beside the catalogue (App asks for the same module again):
// in a task of its own, since asking for it writes the chunk's preload links into the page (with
// this script's evaluation, one long task on a phone).
setTimeout(
  () =>
    void viewFor(shape.route)
      .load()
      .catch(() => undefined),
  0,
);
// The page built into index.html stays until the app has drawn the same view. Mounted in a task
// after the catalogue's (its module's evaluation and the translator were one long task with it).
const start = (): void => void setTimeout(() => void mount(App, { target: liveRoot(target) }), 0);
// A catalogue that cannot be fetched (offline before the first visit finished): English, else the
// load error the shell shows for a missing corpus.
useLanguage(lang, document)
  .catch(() => useLanguage('en', document))
  .then(start, start);

// Offline after the first visit; a new version is offered, not switched to (README: offline use).
if (import.meta.env.PROD)
  void registerOffline(window, {
    onUpdate: (activate) =>
      void import('./ui/shell/UpdateNotice.svelte').then((m) =>
        mount(m.default, { target: document.body, props: { onreload: activate } }),
      ),
    // No worker (the host lacks sw.js, or refuses it): the app works, only not offline.
  }).catch(() => undefined);
