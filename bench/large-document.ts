// npm run bench:document (after npm run build): the largest document the browser accepts (just
// under the 5 MB limit, seeded synthetic text), added through the form in headless Chromium.
// Prints how long tagging took (in the worker, as the app reports it), how long until the reader
// shows its first sentence and the whole text, how long search takes on it, and the long tasks
// (> 50 ms) on the main thread during each step.

import { corpusInputs } from '../src/lib/corpus/build-corpus.ts';
import { MAX_DOCUMENT_BYTES } from '../src/lib/documents/draft.ts';
import { launchChromium } from '../test/support/chromium.ts';
import { realCorpus } from '../test/support/mini-corpus.ts';
import { syntheticText } from '../test/support/synthetic-corpus.ts';
import { startStaticServer } from '../scripts/static-server.ts';

const bytes = Number(process.argv[2] ?? MAX_DOCUMENT_BYTES - 1024);
const text = syntheticText(corpusInputs(realCorpus()).codebook, bytes);
const server = await startStaticServer({ root: 'dist' });
const { browser, close } = await launchChromium();
try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  page.setDefaultTimeout(15 * 60_000);
  await page.addInitScript(() => {
    const w = window as unknown as { __long: number[] };
    w.__long = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__long.push(Math.round(e.duration));
    }).observe({ type: 'longtask', buffered: true });
  });
  const longTasks = async (): Promise<number[]> =>
    page.evaluate(() => {
      const w = window as unknown as { __long: number[] };
      return w.__long.splice(0);
    });
  const report = (step: string, ms: number, tasks: number[]): void =>
    console.log(
      `${step}: ${(ms / 1000).toFixed(2)} s; long tasks: ${tasks.length}${tasks.length ? ` (longest ${Math.max(...tasks)} ms, total ${tasks.reduce((a, b) => a + b, 0)} ms)` : ''}`,
    );

  await page.goto(`${server.url}#/read?panel=add`);
  await page.waitForSelector('button[type="submit"]:not([disabled])');
  await longTasks();
  await page.setInputFiles('input[type="file"]', {
    name: 'largest.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from(text, 'utf8'),
  });
  await page.getByText('From largest.txt').waitFor();
  await page.getByLabel('Title').fill('Largest document');
  await page.getByLabel('Forum year').fill('2023');
  const size = Buffer.byteLength(text, 'utf8');
  console.log(`Document: ${(size / (1024 * 1024)).toFixed(2)} MB of text`);

  let t = Date.now();
  await page.getByRole('button', { name: 'Add to the corpus' }).click();
  const done = page.getByRole('status').filter({ hasText: 'Added “Largest document”' });
  await done.waitFor();
  report(
    'Add (check, tag in the worker, save, rebuild the index)',
    Date.now() - t,
    await longTasks(),
  );
  console.log(`  the app says: ${(await done.textContent())?.replace(/\s+/g, ' ').trim()}`);

  t = Date.now();
  await done.getByRole('link', { name: 'Read it' }).click();
  await page.waitForSelector('[data-sentence="p1.s1"]');
  report('Reader: first sentence on screen', Date.now() - t, await longTasks());
  await page.waitForSelector('main article[aria-busy="false"]');
  report(
    'Reader: drawing done when idle (the whole text, or its first 1,500 paragraphs)',
    Date.now() - t,
    await longTasks(),
  );
  for (const at of [0.5, 0.9]) {
    t = Date.now();
    await page.evaluate((f) => window.scrollTo(0, document.documentElement.scrollHeight * f), at);
    await page.waitForTimeout(1500);
    report(
      `Reader: jump to ${at * 100}% of the text, then 1.5 s`,
      Date.now() - t,
      await longTasks(),
    );
  }

  t = Date.now();
  await page.getByRole('searchbox', { name: 'Search all texts' }).fill('data security');
  await page.waitForSelector('.findings li a');
  report('Search "data security" (first use: builds the index)', Date.now() - t, await longTasks());
  console.log(
    `  ${(await page.locator('.findings .status').first().textContent())?.replace(/\s+/g, ' ').trim()}`,
  );
  t = Date.now();
  await page.getByRole('searchbox', { name: 'Search all texts' }).fill('capacity building');
  await page.waitForFunction(() =>
    document.querySelector('.findings h2')?.textContent?.includes('capacity building'),
  );
  await page.waitForSelector('.findings li a');
  report('Search "capacity building" (index built)', Date.now() - t, await longTasks());

  t = Date.now();
  await page.reload();
  await page.waitForSelector('[data-sentence="p1.s1"]');
  report('Reload: first sentence of the stored document', Date.now() - t, await longTasks());
  await context.close();
} finally {
  await close();
  await server.close();
}
