// The timeline in a real browser, with the real data: forums and milestones on the axis, the 2024
// forum's record, milestones opening the sentences that name them, zoom by brush and by selection,
// keyboard steps, comparison from two forums, phone and embed sizes.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Corpus } from '../../src/lib/corpus/types.ts';
import { axeViolations } from './audit.ts';
import { useBrowser, VIEWPORTS } from './browser.ts';
import { expectEmbedsAlone, expectFitsPhone } from './view-checks.ts';

const { open } = useBrowser();
const corpus = JSON.parse(readFileSync('public/data/corpus.json', 'utf8')) as Corpus;
const forum2024 = corpus.forums.find((f) => f.year === 2024)!;
// The axis runs from 2015 to the year after the latest forum, whatever the data holds.
const lastForum = Math.max(...corpus.forums.map((f) => f.year));
const axisYears = lastForum + 1 - 2015;
const chart = 'svg.timeline';

describe('timeline', () => {
  it('draws the three forums and every milestone that is not a forum, from 2015', async () => {
    const { page, errors, foreignRequests } = await open('#/timeline');
    await page.waitForSelector(chart);
    const marks = page.locator(`${chart} g.mark`);
    const milestones = corpus.milestones.filter((m) => m.forum === undefined);
    expect(await marks.count()).toBe(corpus.forums.length + milestones.length);
    for (const f of corpus.forums)
      expect(await page.getByRole('button', { name: new RegExp(`^${f.year} forum`) }).count()).toBe(
        1,
      );
    const ticks = await page.locator(`${chart} text`).allTextContents();
    expect(ticks).toContain('2015');
    expect(ticks).toContain('2025');
    expect(errors).toEqual([]);
    expect(foreignRequests).toEqual([]);
    await page.context().close();
  });

  it('clicking the 2024 forum shows its record: date, venue, hosts, title, outcome link', async () => {
    const { page, errors } = await open('#/timeline');
    await page.getByRole('button', { name: /^2024 forum/ }).click();
    await page.waitForFunction(() => location.hash.includes('sel=2024'));
    const card = page.locator('article.forum.selected');
    const text = (await card.textContent())!.replace(/\s+/g, ' ');
    expect(text).toContain('21 November 2024');
    expect(text).toContain('Wuzhen, Zhejiang, China');
    for (const host of [
      'Cyberspace Administration of China (CAC)',
      'China International Development Cooperation Agency (CIDCA)',
    ])
      expect(text).toContain(host);
    expect(text).toContain(forum2024.theme.value!);
    const outcome = card.getByRole('link', { name: forum2024.outcome.title });
    expect(await outcome.getAttribute('href')).toBe(forum2024.outcome.url);
    // Its theme profile rests on the full text; 2023's is marked as coded.
    expect(text).toContain('2024: matched in its full text');
    expect(
      (await page.locator('article.forum').nth(1).textContent())?.replace(/\s+/g, ' '),
    ).toContain('Coded 2023: coded from its published record, paragraphs I–III only');
    // The sentence that names the forum opens in the evidence.
    const evidence = page.getByRole('region', { name: 'Evidence' });
    expect(await evidence.locator('mark').first().textContent()).toBe(
      '2024 Global Development Initiative Digital Cooperation Forum',
    );
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('a milestone named in the text opens the sentence that names it, linked into the reader', async () => {
    const { page } = await open('#/timeline');
    // Click its label where it is drawn (the mark's whole box reaches across the labels of a dense
    // cluster); the label lets the pointer through to the mark's target beneath it.
    const label = await page
      .locator('svg.timeline text', { hasText: /^Global Digital Compact$/ })
      .boundingBox();
    await page.mouse.click(label!.x + label!.width / 2, label!.y + label!.height / 2);
    await page.waitForFunction(() => location.hash.includes('sel=global-digital-compact'));
    const evidence = page.getByRole('region', { name: 'Evidence' });
    await evidence.locator('mark').first().waitFor();
    expect(await evidence.locator('mark').allTextContents()).toEqual(['Global Digital Compact']);
    const m = corpus.milestoneMentions.find((x) => x.ref === 'global-digital-compact')!;
    expect(await evidence.getByRole('link', { name: /Read in context/ }).getAttribute('href')).toBe(
      `#/read?doc=${m.doc}&s=${m.sentence}`,
    );
    expect(await page.locator('#milestone-title').textContent()).toBe('Global Digital Compact');
    await page.context().close();
  });

  it('zooms by selection and by brushing the overview; the window is in the URL', async () => {
    const { page } = await open('#/timeline');
    await page.getByRole('button', { name: `Zoom to ${lastForum}` }).click();
    await page.waitForFunction((y) => location.hash.includes(`from=${y}&to=${y + 1}`), lastForum);
    const names = await page
      .locator(`${chart} g.mark`)
      .evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')));
    const inLast = corpus.milestones.filter(
      (m) => m.date.startsWith(String(lastForum)) && !m.forum,
    );
    expect(names).toHaveLength(inLast.length + 1);
    // Brush 2020–2023 on the overview (12 px margins, one step per year of the axis).
    const box = (await page.locator('svg.brush').boundingBox())!;
    const perYear = (box.width - 24) / axisYears;
    await page.mouse.move(box.x + 12 + perYear * 5, box.y + 16);
    await page.mouse.down();
    await page.mouse.move(box.x + 12 + perYear * 7, box.y + 16, { steps: 4 });
    await page.mouse.move(box.x + 12 + perYear * 8, box.y + 16, { steps: 4 });
    await page.mouse.up();
    await page.waitForFunction(() => location.hash.includes('from=2020&to=2023'));
    await page.getByRole('button', { name: 'Show all years' }).click();
    await page.waitForFunction(() => !location.hash.includes('from='));
    await page.context().close();
  });

  it('by keyboard: arrows step through the forums, Enter selects a milestone, the brush moves with arrows', async () => {
    const { page, errors } = await open('#/timeline?sel=2022');
    await page.getByRole('button', { name: /^2022 forum/ }).focus();
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction(() => location.hash.includes('sel=2023'));
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toMatch(
      /^2023 forum/,
    );
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction(() => location.hash.includes('sel=2024'));
    await page.getByRole('button', { name: /^2030 Agenda adopted/ }).focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => location.hash.includes('sel=agenda-2030-adopted'));
    const slider = page.getByRole('slider', { name: /Visible years/ });
    await slider.focus();
    await page.keyboard.press('+');
    await page.waitForFunction((y) => location.hash.includes(`from=2016&to=${y}`), lastForum);
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction((y) => location.hash.includes(`from=2017&to=${y + 1}`), lastForum);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('selecting two forums opens the comparison', async () => {
    const { page } = await open('#/timeline?sel=2024');
    await page.getByRole('button', { name: /^2022 forum/ }).click({ modifiers: ['Shift'] });
    // Waits that give up early and say what they saw, rather than the test's 60 s timeout.
    await page
      .waitForFunction(() => location.hash.startsWith('#/compare?'), null, { timeout: 10_000 })
      .catch(() => undefined);
    expect(new URL(page.url()).hash).toMatch(/^#\/compare\?a=2022&b=2024(&|$)/);
    const heading = page.getByRole('heading', {
      name: /Only in 2024; not in 2022’s available record/,
    });
    await heading.waitFor({ timeout: 10_000 }).catch(() => undefined);
    expect(await heading.count()).toBe(1);
    await page.context().close();
  });

  it('keeps a fact’s sources apart on the forum cards (“source; afternoon: …”), in both languages', async () => {
    for (const [hash, word] of [
      ['#/timeline', 'source'],
      ['#/timeline?lang=zh', '来源'],
    ] as const) {
      const { page } = await open(hash);
      await page.locator('article.forum').first().waitFor();
      // Each source link's text, and the character drawn right after it.
      const runOn = await page.locator('article.forum dd').evaluateAll((dds) =>
        dds.flatMap((dd) =>
          [...dd.querySelectorAll('a.source')].flatMap((a) => {
            const range = document.createRange();
            range.setStartAfter(a);
            range.setEnd(dd, dd.childNodes.length);
            const next = range.toString().replace(/^[\s\u00a0]+/, '');
            const direct = range.toString().slice(0, 1);
            return /[\p{L}]/u.test(direct) ? [`${a.textContent}|${next.slice(0, 20)}`] : [];
          }),
        ),
      );
      expect(runOn, hash).toEqual([]);
      // Forums with several sources for one fact (2022's date and venue) say "source" and then more.
      const cards = (await page.locator('article.forum').allTextContents()).join(' ');
      expect(cards).toContain(word);
      await page.context().close();
    }
  });

  it('hides no milestone’s mark under a forum’s or another’s: on a desktop, a phone and a 320×240 embed', async () => {
    for (const [hash, viewport] of [
      ['#/timeline', VIEWPORTS.desktop],
      ['#/timeline', VIEWPORTS.phone],
      ['#/timeline?embed=1', { width: 320, height: 240 }],
    ] as const) {
      const { page } = await open(hash, { viewport });
      await page.waitForSelector(chart);
      // Centres and radii of the drawn discs, as the browser places them.
      const discs = (selector: string) =>
        page.locator(selector).evaluateAll((cs) =>
          cs.map((c) => {
            const b = c.getBoundingClientRect();
            return { x: b.x + b.width / 2, y: b.y + b.height / 2, r: b.width / 2 };
          }),
        );
      const forums = await discs(`${chart} g.mark.forum > circle[r="8"]`);
      const milestones = await discs(`${chart} g.mark:not(.forum) > circle[r="5"]`);
      expect(forums).toHaveLength(corpus.forums.length);
      expect(milestones).toHaveLength(corpus.milestones.filter((m) => !m.forum).length);
      const hidden = milestones.filter((m) =>
        forums.some((f) => Math.hypot(m.x - f.x, m.y - f.y) < m.r + f.r),
      );
      expect(hidden, `${hash} at ${viewport.width}×${viewport.height}`).toEqual([]);
      // Nor one milestone's under another's (two dates a few days apart).
      const covered = milestones.filter((m, i) =>
        milestones.some((o, j) => j !== i && Math.hypot(m.x - o.x, m.y - o.y) < m.r + o.r),
      );
      expect(covered, `${hash} at ${viewport.width}×${viewport.height}`).toEqual([]);
      await page.context().close();
    }
  });

  it('fits a phone without sideways scrolling, and embeds as the chart alone filling its width', async () => {
    await expectFitsPhone(open, '#/timeline?sel=2024', chart);
    await expectEmbedsAlone(open, '#/timeline?embed=1', chart, 'article.forum');
  });
});

/** Pairs of drawn texts (as the browser lays them out) whose boxes overlap by more than half a pixel. */
async function overlappingTexts(page: import('playwright-core').Page, selector: string) {
  return page.evaluate((sel) => {
    const boxes = [...document.querySelectorAll<SVGTextElement>(sel)]
      .filter((t) => (t.textContent ?? '').trim() !== '')
      .map((t) => ({ text: t.textContent!, b: t.getBBox() }));
    const out: string[] = [];
    for (const [i, p] of boxes.entries())
      for (const q of boxes.slice(i + 1))
        if (
          p.b.x + 0.5 < q.b.x + q.b.width &&
          q.b.x + 0.5 < p.b.x + p.b.width &&
          p.b.y + 0.5 < q.b.y + q.b.height &&
          q.b.y + 0.5 < p.b.y + p.b.height
        )
          out.push(`${p.text} × ${q.text}`);
    return { count: boxes.length, out };
  }, selector);
}

describe('timeline in Chinese', () => {
  it('labels the axis 2015年…, names the view in Chinese, and its drawn labels do not overlap', async () => {
    for (const viewport of [VIEWPORTS.desktop, VIEWPORTS.phone]) {
      const { page, errors } = await open('#/timeline?lang=zh', { viewport });
      await page.waitForSelector(chart);
      expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
      expect(await page.locator('h1').textContent()).toMatch(/[\u4e00-\u9fff]/);
      const ticks = await page.locator(`${chart} text`).allTextContents();
      expect(ticks).toContain('2015年');
      // Every label the chart draws, measured by the browser in the page's CJK font.
      const { count, out } = await overlappingTexts(page, `${chart} text.label`);
      expect(count).toBeGreaterThan(corpus.forums.length);
      expect(out).toEqual([]);
      expect(await page.getByRole('button', { name: /^2024年论坛：/ }).count()).toBe(1);
      expect(errors).toEqual([]);
      await page.context().close();
    }
  });

  it('zoomed to one year ticks the months as 11月, and the forum card dates read 2024年11月21日', async () => {
    const { page, errors } = await open('#/timeline?lang=zh&from=2024&to=2025&sel=2024');
    await page.waitForSelector(chart);
    const ticks = await page.locator(`${chart} text`).allTextContents();
    expect(ticks).toContain('11月');
    const card = (await page.locator('article.forum.selected').textContent())!;
    expect(card).toContain('2024年11月21日');
    expect((await overlappingTexts(page, `${chart} text.label`)).out).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
