// Registers the service worker that keeps the app usable offline (scripts/offline-plugin.ts), and
// says when a new version is waiting: it takes over only when the reader asks (reload), never under
// them. Workbox's window helper is fetched once the page has loaded and is idle, off the first
// paint's path.

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
  const { Workbox } = await import('workbox-window');
  // Beside index.html, whatever folder the app is served from.
  const wb = new Workbox(new URL('sw.js', win.document.baseURI).href);
  const offer = (): void =>
    hooks.onUpdate(() => {
      wb.addEventListener('controlling', () => win.location.reload());
      wb.messageSkipWaiting();
    });
  wb.addEventListener('waiting', offer);
  await wb.register();
}
