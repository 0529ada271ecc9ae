import { mount } from 'svelte';
import App from './App.svelte';
import { registerOffline } from './browser/offline.ts';
import './app.css';

const target = document.getElementById('app');
if (!target) throw new Error('index.html lacks the #app element');
mount(App, { target });

// Offline after the first visit; a new version is offered, not switched to (README: offline use).
if (import.meta.env.PROD)
  void registerOffline(window, {
    onUpdate: (activate) =>
      void import('./components/UpdateNotice.svelte').then((m) =>
        mount(m.default, { target: document.body, props: { onreload: activate } }),
      ),
  });
