import { mount } from 'svelte';
import App from './App.svelte';
import { registerOffline } from './browser/offline.ts';
import { liveRoot } from './browser/prerendered.ts';
import './app.css';
import './prerender/prerender.css';

const target = document.getElementById('app');
if (!target) throw new Error('index.html lacks the #app element');
// The page built into index.html stays until the app has drawn the same view.
mount(App, { target: liveRoot(target) });

// Offline after the first visit; a new version is offered, not switched to (README: offline use).
if (import.meta.env.PROD)
  void registerOffline(window, {
    onUpdate: (activate) =>
      void import('./ui/shell/UpdateNotice.svelte').then((m) =>
        mount(m.default, { target: document.body, props: { onreload: activate } }),
      ),
    // No worker (the host lacks sw.js, or refuses it): the app works, only not offline.
  }).catch(() => undefined);
