// The reader in a real browser: a link to a sentence scrolls to it and highlights it, every
// sentence carries its id and copies its link, themes toggle their underlines, search finds and
// opens sentences, the concordance lists a concept's mentions, and the page fits a phone.

import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import type { Corpus } from '../../src/lib/corpus/types.ts';
import { useBrowser, VIEWPORTS } from './browser.ts';

const { open } = useBrowser();
const corpus = JSON.parse(readFileSync('public/data/corpus.json', 'utf8')) as Corpus;
const statement = corpus.documents.find((d) => d.id === '2024-chair-statement')!;

/** Waits until the element is entirely inside the viewport (smooth scrolling takes a moment). */
async function waitInView(page: Page, selector: string): Promise<void> {
  await page.waitForFunction((sel) => {
    const el = document.querySelector(sel);
    if (!el) return false;
    const r = el.getBoundingClientRect();
    return r.top >= 0 && r.bottom <= window.innerHeight && r.height > 0;
  }, selector);
}

describe('reader', () => {
  it('opens a sentence link scrolled into view, highlighted and focused, every sentence with its id', async () => {
    const { page, errors, foreignRequests } = await open(
      '#/read?doc=2024-chair-statement&s=p14.s2',
    );
    const target = '[data-sentence="p14.s2"]';
    await page.waitForSelector(`${target}.selected`);
    await waitInView(page, target);
    const state = await page.evaluate((sel) => {
      const el = document.querySelector<HTMLElement>(sel)!;
      return {
        focused: document.activeElement === el,
        current: el.getAttribute('aria-current'),
        background: getComputedStyle(el).backgroundColor,
        text: el.textContent,
      };
    }, target);
    expect(state.focused).toBe(true);
    expect(state.current).toBe('location');
    expect(state.background).not.toBe('rgba(0, 0, 0, 0)');
    const s = statement.sentences.find((x) => x.id === 'p14.s2')!;
    expect(state.text).toBe(statement.text.slice(s.start, s.end));
    // Every sentence of the document is there, in order, with its id.
    expect(
      await page
        .locator('main [data-sentence]')
        .evaluateAll((els) => els.map((e) => e.getAttribute('data-sentence'))),
    ).toEqual(statement.sentences.map((x) => x.id));
    // Numbered headings are kept as headings.
    expect(await page.locator('main article h3').first().textContent()).toBe(
      '1. Strengthening Inclusive Cooperation for Sustainable Development of Digital Economy',
    );
    // The card says what the text is.
    const card = (await page.locator('main header.card').textContent())!.replace(/\s+/g, ' ');
    expect(card).toContain('Complete text');
    expect(card).toContain('21 November 2024');
    expect(card).toContain('Wuzhen');
    expect(card).toContain('Cyberspace Administration of China (CAC)');
    expect(card).toContain(statement.source);
    expect(errors).toEqual([]);
    expect(foreignRequests).toEqual([]);
    await page.context().close();
  });

  it('copies a sentence’s link, absolute, that opens the same sentence', async () => {
    const { page } = await open('#/read?doc=2024-chair-statement');
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.locator('[data-sentence="p7.s2"]').click();
    await page.waitForFunction(() => location.hash.includes('s=p7.s2'));
    await page.getByRole('button', { name: 'Copy link to sentence p7.s2' }).click();
    await page.getByText('Link copied').waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(`${inject('baseUrl')}#/read?doc=2024-chair-statement&s=p7.s2`);
    await page.context().close();
  });

  it('moves from sentence to sentence by keyboard and links one with Enter', async () => {
    const { page } = await open('#/read?doc=2024-chair-statement');
    await page.locator('[data-sentence="p1.s1"]').focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-sentence'))).toBe(
      'p1.s3',
    );
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => location.hash.includes('s=p1.s3'));
    expect(await page.locator('[data-sentence].selected').getAttribute('data-sentence')).toBe(
      'p1.s3',
    );
    // Only one sentence is a tab stop.
    expect(await page.locator('main [data-sentence][tabindex="0"]').count()).toBe(1);
    await page.context().close();
  });

  it('underlines themes in colour with a second cue, and the legend turns them off and on', async () => {
    const { page } = await open('#/read?doc=2024-chair-statement&s=p10.s1');
    const ai = page.locator('main .m[title*="(AI governance, AI)"]');
    await ai.first().waitFor();
    const lines = () =>
      ai.evaluateAll((els) => els.map((el) => getComputedStyle(el).textDecorationLine));
    const before = await lines();
    expect(before.length).toBeGreaterThan(0);
    expect(new Set(before)).toEqual(new Set(['underline']));
    // The selected sentence shows each mention's theme letters (colour is not the only cue).
    const letters = await page
      .locator('[data-sentence="p10.s1"] .m')
      .evaluateAll((els) => els.map((el) => getComputedStyle(el, '::after').content));
    expect(letters.length).toBeGreaterThan(0);
    for (const l of letters) expect(l).toMatch(/^"(DI|DF|AI|CB|DE|RS|DM|ID)"/);
    await page.getByRole('button', { name: /^AI governance/ }).click();
    await page.waitForFunction(() => location.hash.includes('themes='));
    expect(new Set(await lines())).toEqual(new Set(['none']));
    // Other themes keep their underlines.
    expect(
      await page
        .locator('main .m[title*="(Data flows and data security, DF)"]')
        .first()
        .evaluate((el) => getComputedStyle(el).textDecorationLine),
    ).toBe('underline');
    await page.getByRole('button', { name: /^AI governance/ }).click();
    await page.waitForFunction(() => !location.hash.includes('themes='));
    expect(new Set(await lines())).toEqual(new Set(['underline']));
    await page.context().close();
  });

  it('searches for "data": keyword-in-context lines by year and document, and opens one at its sentence', async () => {
    const { page, errors } = await open('#/read');
    await page.getByRole('searchbox', { name: 'Search all texts' }).fill('data');
    await page.waitForFunction(() => location.hash.includes('q=data'));
    const results = page.getByRole('region', { name: /Search: “data”/ });
    await results.locator('li a').first().waitFor();
    const expected = statement.sentences.filter((s) =>
      /(?<![\p{L}\p{N}])data(?![\p{L}\p{N}])/iu.test(statement.text.slice(s.start, s.end)),
    );
    const lines = results.locator('li a');
    expect(await lines.count()).toBe(expected.length);
    for (const mark of await results.locator('li mark').allTextContents())
      expect(mark.toLowerCase()).toBe('data');
    expect(await results.getByRole('heading', { name: '2024' }).count()).toBe(1);
    const first = await lines.first().getAttribute('data-kwic-sentence');
    await lines.first().click();
    await page.waitForFunction((s) => location.hash.includes(`s=${s}`), first);
    await page.waitForSelector(`[data-sentence="${first}"].selected`);
    await waitInView(page, `[data-sentence="${first}"]`);
    // The results stay, so that the next one is a click away.
    expect(await lines.count()).toBe(expected.length);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('loads the search results, the concordance and the side-by-side text only when one is shown', async () => {
    const scripts: string[] = [];
    const { page, errors } = await open('#/read?doc=2024-chair-statement&s=p3.s1', {
      beforeLoad: async (p) =>
        p.on('request', (r) => void (r.resourceType() === 'script' && scripts.push(r.url()))),
    });
    await page.waitForLoadState('networkidle');
    const fetched = (name: string) =>
      scripts.some((u) => new RegExp(`/${name}-[\\w-]+\\.js$`).test(u));
    expect(await page.locator('[data-sentence="p3.s1"].selected').count()).toBe(1);
    for (const name of ['findings', 'parallel']) expect(fetched(name), name).toBe(false);
    // Asked for: the panels' code comes then, and the text stays at its sentence.
    await page.getByRole('searchbox', { name: 'Search all texts' }).fill('data');
    await page
      .getByRole('region', { name: /Search: “data”/ })
      .locator('li a')
      .first()
      .waitFor();
    expect(fetched('findings')).toBe(true);
    // The shipped texts have no second language version: the side-by-side code never loads.
    expect(fetched('parallel')).toBe(false);
    expect(await page.locator('[data-sentence="p3.s1"].selected').count()).toBe(1);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('says when nothing matches, and restores a search from its link', async () => {
    const { page } = await open('#/read?q=blockchain');
    await page.getByText('No sentence matches “blockchain”.').waitFor();
    expect(await page.getByRole('searchbox', { name: 'Search all texts' }).inputValue()).toBe(
      'blockchain',
    );
    await page.context().close();
  });

  it('shows the concordance of the focused concept, with its mentions marked in the text', async () => {
    const { page } = await open('#/read?focus=cross-border-data-flow&panel=concordance');
    const panel = page.getByRole('region', { name: 'Concordance: Cross-border data flow' });
    await panel.locator('li a').first().waitFor();
    const mentions = corpus.mentions.filter((m) => m.ref === 'cross-border-data-flow');
    expect(await panel.locator('li mark').allTextContents()).toEqual(mentions.map((m) => m.text));
    expect(await page.locator('main article mark').allTextContents()).toEqual(
      mentions.map((m) => m.text),
    );
    await page.context().close();
  });

  it('fits a phone, with the search results above the text', async () => {
    const { page } = await open('#/read?q=data&doc=2024-chair-statement&s=p7.s2', {
      viewport: VIEWPORTS.phone,
    });
    await page.waitForSelector('[data-sentence="p7.s2"].selected');
    await waitInView(page, '[data-sentence="p7.s2"]');
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    const order = await page.evaluate(() => {
      const results = document.querySelector('.findings')!.getBoundingClientRect().top;
      const text = document.querySelector('main article')!.getBoundingClientRect().top;
      return results < text;
    });
    expect(order).toBe(true);
    await page.context().close();
  });

  it('prints the text alone: no search, list or buttons', async () => {
    const { page } = await open('#/read?q=data&doc=2024-chair-statement&s=p7.s2');
    await page.waitForSelector('[data-sentence="p7.s2"].selected');
    await page.emulateMedia({ media: 'print' });
    const shown = await page.evaluate(() =>
      ['nav', '.findings', '.docs', 'form[role="search"]', '.tools', 'main article'].map((sel) =>
        document.querySelector(sel)!.checkVisibility(),
      ),
    );
    expect(shown).toEqual([false, false, false, false, false, true]);
    await page.context().close();
  });
});

/** The page's own words in `root`: text outside any element whose `lang` is not Chinese. */
async function interfaceText(page: Page, root: string): Promise<string> {
  return page.evaluate((sel) => {
    const out: string[] = [];
    const walker = document.createTreeWalker(document.querySelector(sel)!, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const owner = n.parentElement!;
      if (owner.closest('style, script, [hidden]') || owner.getClientRects().length === 0) continue;
      const lang = owner.closest('[lang]')?.getAttribute('lang') ?? '';
      if (lang.startsWith('zh')) out.push(n.textContent ?? '');
    }
    return out.join(' ');
  }, root);
}

describe('reader in Chinese', () => {
  it('speaks Chinese around the English text, which keeps lang="en"', async () => {
    const { page, errors } = await open('#/read?lang=zh&doc=2024-chair-statement');
    await page.locator('main article [data-sentence="p1.s1"]').waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
    await page.getByRole('heading', { name: '文本', level: 1 }).waitFor();
    await page.getByRole('searchbox', { name: '检索全部文本' }).waitFor();
    const card = (await page.locator('main header.card').textContent())!.replace(/\s+/g, ' ');
    expect(card).toContain('全文');
    expect(card).toContain('2024年11月21日');
    // The note under the Chinese title says, in Chinese, that the English title is a translation.
    const note = page.locator('main header.card .title-note');
    expect(await note.textContent()).toContain('英文标题是本工具据中文标题翻译的');
    expect(await note.getAttribute('lang')).toBeNull();
    // The statement is quoted in its own language.
    expect(await page.locator('main header.card h2').getAttribute('lang')).toBe('en');
    const langs = await page
      .locator('main article [data-paragraph]')
      .evaluateAll((els) => [...new Set(els.map((e) => e.getAttribute('lang')))]);
    expect(langs).toEqual(['en']);
    // No English word is left in the reader's own words (formats, keys and addresses aside; the
    // theme legend above the view belongs to the shell).
    const words =
      (await interfaceText(page, 'main .reader'))
        .replace(/https?:\/\/\S+/g, ' ')
        .match(/[A-Za-z][A-Za-z'’]*/g) ?? [];
    const kept = new Set(['JSON', 'AI', 'GDI', 'ID', 'Enter']);
    expect(words.filter((w) => !kept.has(w))).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('searches and shows the concordance in Chinese', async () => {
    const { page } = await open('#/read?lang=zh&q=data');
    const results = page.getByRole('region', { name: '检索：“data”' });
    await results.locator('li a').first().waitFor();
    expect(await results.locator('h2 [lang]').getAttribute('lang')).toBe('en');
    expect(await results.locator('.status').textContent()).toMatch(/^\d+篇文本中有\d+个句子[，：]/);
    await page.goto(
      page.url().replace(/#.*$/, '#/read?lang=zh&focus=cross-border-data-flow&panel=concordance'),
    );
    const panel = page.getByRole('region', { name: '用例索引：数据跨境流动' });
    await panel.locator('li a').first().waitFor();
    expect(await panel.locator('.status').textContent()).toMatch(/^文本中共有\d+处提及。/);
    expect(await panel.locator('li a .line').first().getAttribute('lang')).toBe('en');
    await page.context().close();
  });

  it('says what is wrong in the add form in Chinese', async () => {
    const { page } = await open('#/read?lang=zh&panel=add');
    await page.getByRole('heading', { name: '添加文件' }).waitFor();
    await page.getByLabel('论坛年份').fill('99');
    await page.getByRole('button', { name: '加入语料' }).click();
    const alert = page.getByRole('alert');
    await alert.waitFor();
    const said = (await alert.textContent())!.replace(/\s+/g, ' ');
    expect(said).toContain('未添加：3个问题');
    expect(said).toContain('文本：没有文本。请粘贴文本，或拖入.txt或.md文件。');
    expect(said).toContain('年份：“99”不是四位数的年份（例如2023）。');
    expect(await page.getByLabel('标题').getAttribute('aria-invalid')).toBe('true');
    await page.context().close();
  });
});
