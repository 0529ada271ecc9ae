// Finding and launching the system Chromium for browser tests, screenshots and the benchmark.
// CHROME_PATH wins, else /usr/bin/chromium. Where none is found and we run as root on Debian, the
// `chromium` package is installed (and we say so); otherwise we fail with a one-line instruction.

import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export function findChromium(): string {
  const fromEnv = process.env['CHROME_PATH'];
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROME_PATH is ${fromEnv}, but no file is there`);
    return fromEnv;
  }
  const system = '/usr/bin/chromium';
  if (existsSync(system)) return system;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && existsSync('/etc/debian_version')) {
    console.warn(
      'No Chromium found: installing the Debian package "chromium" (apt-get install -y chromium)…',
    );
    try {
      execFileSync('apt-get', ['install', '-y', 'chromium'], { stdio: 'inherit' });
    } catch {
      execFileSync('apt-get', ['update'], { stdio: 'inherit' });
      execFileSync('apt-get', ['install', '-y', 'chromium'], { stdio: 'inherit' });
    }
    if (existsSync(system)) return system;
  }
  throw new Error(
    'No Chromium found: install it (Debian: apt-get install -y chromium) or set CHROME_PATH to its executable.',
  );
}

export interface LaunchedBrowser {
  browser: Browser;
  close: () => Promise<void>;
}

/**
 * Launches headless Chromium. Playwright gives every launch a fresh temporary user-data-dir of its
 * own (and removes it on close); it refuses a --user-data-dir argument, so none is passed.
 */
export async function launchChromium(extraArgs: string[] = []): Promise<LaunchedBrowser> {
  const browser = await chromium.launch({
    executablePath: findChromium(),
    headless: true,
    args: [...CHROMIUM_ARGS, ...extraArgs],
  });
  return { browser, close: () => browser.close() };
}
