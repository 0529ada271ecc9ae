// npm run screenshot -- [hash …]: builds nothing; serves dist/ and saves PNGs of the given views
// (default: every view) at 1280×800 and 390×844 into screenshots/. For looking at the app.
// A page path works too (`plain/data.html`); `--no-script` looks with JavaScript turned off.

import { mkdirSync } from 'node:fs';
import { launchChromium } from '../test/support/chromium.ts';
import { startStaticServer } from './static-server.ts';

const hashes = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const script = !process.argv.includes('--no-script');
const targets =
  hashes.length > 0 ? hashes : ['#/graph', '#/timeline', '#/compare', '#/map', '#/read'];
const sizes = [
  { name: 'desktop', width: 1280, height: 800 },
  { name: 'phone', width: 390, height: 844 },
  { name: 'embed', width: 600, height: 400 },
];

const server = await startStaticServer({ root: 'dist' });
const { browser, close } = await launchChromium();
mkdirSync('screenshots', { recursive: true });
try {
  for (const hash of targets) {
    for (const size of sizes) {
      if (size.name === 'embed' && !hash.includes('embed=1')) continue;
      const page = await browser.newPage({
        viewport: { width: size.width, height: size.height },
        javaScriptEnabled: script,
      });
      page.on('pageerror', (e) => console.error(`${hash} ${size.name}: page error: ${e.message}`));
      await page.goto(server.url + hash);
      await page.waitForTimeout(800);
      const name = `screenshots/${hash.replace(/[^a-z0-9]+/gi, '_').replace(/^_|_$/g, '')}-${size.name}${script ? '' : '-noscript'}.png`;
      await page.screenshot({ path: name, fullPage: process.argv.includes('--full') });
      console.log(`wrote ${name}`);
      await page.close();
    }
  }
} finally {
  await close();
  await server.close();
}
