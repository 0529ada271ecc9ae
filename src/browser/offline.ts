// Registers the service worker that keeps the app usable offline (scripts/offline-plugin.ts), and
// says when a new version is waiting: it takes over only when the reader asks (reload), never under
// them. Workbox's window helper is fetched once the page has loaded and is idle, off the first
// paint's path, and only when a version is already in use (one to update from).

import { whenIdle } from './idle.ts';

export interface OfflineHooks {
  /** A new version is installed and waiting; calling `activate` switches to it and reloads. */
  onUpdate: (activate: () => void) => void;
}

/** Whether this page can have a service worker (served over HTTP(S), not from a file). */
export function canWorkOffline(win: Window): boolean {
  return 'serviceWorker' in win.navigator && /^https?:$/.test(win.location.protocol);
}

export async function registerOffline(win: Window, hooks: OfflineHooks): Promise<void> {
  if (!canWorkOffline(win)) return;
  if (win.document.readyState !== 'complete')
    await new Promise((done) => win.addEventListener('load', done, { once: true }));
  // Then a quiet moment: the view's own tasks come first.
  await new Promise<void>((done) => whenIdle(done, 2000));
  // Beside index.html, whatever folder the app is served from.
  const url = new URL('sw.js', win.document.baseURI).href;
  // A first visit (no version in use) has no update to offer: the worker installs and takes the
  // next visit without waiting. Workbox's helper, which watches for a waiting version, is fetched
  // only on the visits a worker already serves.
  if (!win.navigator.serviceWorker.controller) {
    await win.navigator.serviceWorker.register(url);
    return;
  }
  const { Workbox } = await import('workbox-window');
  const wb = new Workbox(url);
  const offer = (): void =>
    hooks.onUpdate(() => {
      wb.addEventListener('controlling', () => win.location.reload());
      wb.messageSkipWaiting();
    });
  wb.addEventListener('waiting', offer);
  await wb.register();
}
