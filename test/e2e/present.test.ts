// Presentation mode in a real browser: slides saved from the views and kept in the link, presented
// with the chrome hidden and large type, stepped with the keyboard (and buttons), each step a view
// transition, or a cut when motion is reduced; leaving comes back to the explorer.

import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, inject, it } from 'vitest';
import { useBrowser } from './browser.ts';
import { downloadBytes, ROUTES, stateOf } from './charts.ts';

const { open } = useBrowser();

const slidesParam = (hashes: string[]) =>
  hashes.map((h) => h.replace(/^#\//, '').replace(/[?&]/g, ',').replace(/=/g, ':')).join('!');

describe('slides', () => {
  it('adds views as slides, keeps them in the link, reorders and removes them', async () => {
    const { page, errors } = await open('#/compare?a=2023&b=2024');
    await page.getByRole('button', { name: /^Slides/ }).click();
    const panel = page.getByRole('region', { name: 'Slides' });
    await panel.getByRole('button', { name: 'Add this view' }).click();
    await page.locator('nav[aria-label="Views"] a[href^="#/timeline"]').click();
    await page.waitForFunction(() => location.hash.startsWith('#/timeline'));
    await panel.getByRole('button', { name: 'Add this view' }).click();
    await page.waitForFunction(() => location.hash.includes('!timeline'));
    expect(await page.evaluate(() => location.hash)).toBe(
      '#/timeline?slides=compare,a:2023,b:2024!timeline',
    );
    await page.getByRole('button', { name: 'Slides (2)' }).waitFor();
    // The link opens the same deck.
    const again = await open(await page.evaluate(() => location.hash));
    await again.page.getByRole('button', { name: 'Slides (2)' }).click();
    // The panel's code loads when it is first opened: wait for its list.
    await again.page.getByRole('region', { name: 'Slides' }).locator('li a').nth(1).waitFor();
    expect(
      await again.page.getByRole('region', { name: 'Slides' }).locator('li a').allTextContents(),
    ).toEqual(['Compare years · 2023 and 2024', 'Timeline']);
    await again.page.getByRole('button', { name: 'Move slide 2 up' }).click();
    await again.page.waitForFunction(() => location.hash.includes('slides=timeline!compare'));
    await again.page.getByRole('button', { name: 'Remove slide 2' }).click();
    await again.page.waitForFunction(() => /slides=timeline($|&)/.test(location.hash));
    expect(errors).toEqual([]);
    await page.context().close();
    await again.page.context().close();
  });
});

describe('a deck of slides to PowerPoint', () => {
  it('makes one slide per chart — the graph on AI governance and 2023–2024 — each with its link in the notes', async () => {
    const deck = ['#/graph?focus=ai-governance', '#/compare?a=2023&b=2024', '#/read'];
    const { page, errors } = await open(`#/map?slides=${slidesParam(deck)}`);
    await page.getByRole('button', { name: /^Slides/ }).click();
    const pptx = await downloadBytes(page, () =>
      page.getByRole('button', { name: 'PowerPoint deck' }).click(),
    );
    expect(pptx.name).toBe('slides.pptx');
    const parts = unzipSync(pptx.bytes);
    expect(
      Object.keys(parts)
        .filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n))
        .sort(),
    ).toEqual(['ppt/slides/slide1.xml', 'ppt/slides/slide2.xml']);
    const notes = [1, 2].map((n) => strFromU8(parts[`ppt/notesSlides/notesSlide${n}.xml`]!));
    const base = inject('baseUrl');
    // Each slide's notes hold its own link (without the deck).
    const line = (url: string) => new RegExp(`Link: ${url.replace(/[.?]/g, '\\$&')}\r?\n`);
    expect(notes[0]).toMatch(line(`${base}#/graph?focus=ai-governance`));
    expect(notes[1]).toMatch(line(`${base}#/compare?a=2023&amp;b=2024`));
    expect(strFromU8(parts['ppt/slides/slide1.xml']!)).toContain('AI governance');
    // The reader has no chart: said, and the page comes back to where it was.
    await page.getByText(/Left out \(no chart\): slide 3\./).waitFor();
    await page.waitForFunction(() => location.hash.startsWith('#/map?'));
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('presentation mode', () => {
  const deck = ['#/compare?a=2023&b=2024', '#/timeline', '#/graph?focus=ai-governance'];
  const start = `#/compare?a=2023&b=2024&slides=${slidesParam(deck)}`;

  it('hides the chrome, shows large type, and steps forward and back with the keyboard', async () => {
    const { page, errors } = await open(start);
    const fontBefore = await page.evaluate(() =>
      parseFloat(getComputedStyle(document.documentElement).fontSize),
    );
    await page.getByRole('button', { name: 'Present', exact: true }).click();
    const controls = page.getByRole('navigation', { name: 'Presentation' });
    await controls.waitFor();
    expect(await page.locator('header.top, nav[aria-label="Views"], footer').count()).toBe(0);
    expect(await page.getByRole('group', { name: 'Share and export' }).count()).toBe(0);
    expect(await controls.textContent()).toContain('Slide 1 of 3');
    expect(
      await page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize)),
    ).toBeGreaterThan(fontBefore);
    // The slide: the chart alone, its title and the source line.
    await page.waitForSelector('svg[data-exportable]');
    expect(await page.locator('main h1').first().textContent()).toBe('Compare 2023 and 2024');
    expect(await page.locator('main .source').textContent()).toMatch(/^Source: /);

    await page.keyboard.press('ArrowRight');
    await page.waitForFunction(
      () => location.hash.startsWith('#/timeline') && location.hash.includes('present=2'),
    );
    expect(await controls.textContent()).toContain('Slide 2 of 3');
    await page.keyboard.press('PageDown');
    await page.waitForFunction(() => location.hash.includes('present=3'));
    expect(await page.evaluate(() => location.hash)).toMatch(
      /^#\/graph\?focus=ai-governance&embed=1&slides=/,
    );
    // Past the end: nothing.
    await page.keyboard.press('ArrowRight');
    expect(await controls.textContent()).toContain('Slide 3 of 3');
    await page.keyboard.press('ArrowLeft');
    await page.waitForFunction(() => location.hash.includes('present=2'));
    await page.keyboard.press('Home');
    await page.waitForFunction(() => location.hash.includes('present=1'));
    await page.keyboard.press('End');
    await page.waitForFunction(() => location.hash.includes('present=3'));
    // The buttons do the same.
    await controls.getByRole('button', { name: 'Previous slide' }).click();
    await page.waitForFunction(() => location.hash.includes('present=2'));
    // Back (the browser's) goes to the slide before.
    await page.goBack();
    await page.waitForFunction(() => location.hash.includes('present=3'));
    // Each step animated from the last.
    expect(await controls.getAttribute('data-step-effect')).toBe('transition');

    await page.keyboard.press('Escape');
    await page.waitForFunction(() => !location.hash.includes('present='));
    expect(await page.evaluate(() => location.hash)).not.toContain('embed=1');
    await page.locator('header.top').waitFor();
    // The tools come back, the deck kept.
    await page.getByRole('button', { name: 'Slides (3)' }).waitFor();
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('cuts from slide to slide when motion is reduced', async () => {
    const { page } = await open(start, { reducedMotion: true });
    await page.getByRole('button', { name: 'Present', exact: true }).click();
    const controls = page.getByRole('navigation', { name: 'Presentation' });
    await controls.waitFor();
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction(() => location.hash.includes('present=2'));
    expect(await controls.getAttribute('data-step-effect')).toBe('cut');
    await page.context().close();
  });

  it('opens a presentation from its link at the slide it names, and presents one view without slides', async () => {
    const { page } = await open(`${deck[1]}?embed=1&slides=${slidesParam(deck)}&present=2`);
    const controls = page.getByRole('navigation', { name: 'Presentation' });
    await controls.waitFor();
    expect(await controls.textContent()).toContain('Slide 2 of 3');
    await page.context().close();

    const single = await open(stateOf(ROUTES.includes('compare') ? 'compare' : ROUTES[0]!));
    await single.page.getByRole('button', { name: 'Present', exact: true }).click();
    const c = single.page.getByRole('navigation', { name: 'Presentation' });
    await c.waitFor();
    expect(await c.textContent()).toContain('Slide 1 of 1');
    await single.page.context().close();
  });
});
