// The interface in each of its languages, in Chromium: every route (and an embed, and presentation
// mode) opened with lang=en and with lang=zh shows no word of the other language outside quoted
// text, has <html lang> en / zh-CN and passes axe; the header's switch changes the link and the
// page, on every route, with no message key shown; a link without lang opens in the browser's
// language and writes it into the link.
//
// "Quoted" is text inside an element whose closest `lang` is not the page's (a source sentence, a
// name with no Chinese form marked lang="en", the switch's own 中文 link): docs/i18n.md.

import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { ROUTES } from '../../src/lib/state/url-state.ts';
import { foreignInChinese, hanIn } from '../support/language-check.ts';
import { axeViolations } from './audit.ts';
import { useBrowser, VIEWPORTS } from './browser.ts';
import { VIEW_SHOWN } from '../support/view-shown.ts';

const { browser, open } = useBrowser();

type Lang = 'en' | 'zh';
const HTML_LANG: Record<Lang, string> = { en: 'en', zh: 'zh-CN' };

/** A string the page says, the kind of place it was found in, and the element it belongs to. */
interface Said {
  kind: 'text' | 'aria-label' | 'title' | 'alt' | 'placeholder' | 'document title';
  text: string;
  where: string;
}

/**
 * Everything the page says in its own language: visible text, and the aria-label, title, alt and
 * placeholder of rendered elements (SVG <title> counts as a title), plus the document title.
 * Text whose closest `lang` has another primary language than <html lang> is quoted: left out.
 */
async function saidOnPage(page: Page): Promise<Said[]> {
  return page.evaluate(() => {
    const primary = (tag: string | null): string => (tag ?? '').toLowerCase().split('-')[0]!;
    const pageLang = primary(document.documentElement.getAttribute('lang'));
    const quoted = (el: Element): boolean =>
      primary(el.closest('[lang]')?.getAttribute('lang') ?? null) !== pageLang;
    const rendered = (el: Element): boolean =>
      el.checkVisibility({ checkOpacity: false, checkVisibilityCSS: true }) &&
      el.closest('[hidden], [inert]') === null;
    // A short path naming the element: landmark or dialog, then up to three ancestors.
    const where = (el: Element): string => {
      const name = (e: Element): string => {
        const label = e.getAttribute('aria-label');
        const cls = typeof e.className === 'string' ? e.className.split(/\s+/)[0] : '';
        return `${e.tagName.toLowerCase()}${e.id ? `#${e.id}` : cls ? `.${cls}` : ''}${label ? `[aria-label="${label.slice(0, 30)}"]` : ''}`;
      };
      const chain: string[] = [];
      for (
        let e: Element | null = el;
        e && chain.length < 4 && e !== document.body;
        e = e.parentElement
      )
        chain.unshift(name(e));
      const area = el.closest('header, nav, main, footer, aside, [role="dialog"], dialog');
      return `${area && !chain.includes(name(area)) ? `${name(area)} … ` : ''}${chain.join(' > ')}`;
    };
    const out: { kind: string; text: string; where: string }[] = [];
    if (document.title.trim())
      out.push({ kind: 'document title', text: document.title, where: 'head > title' });
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = (node.textContent ?? '').replace(/\s+/g, ' ').trim();
      const parent = node.parentElement;
      if (!text || !parent || parent.closest('script, style, noscript, template')) continue;
      if (quoted(parent)) continue;
      // SVG <title> is not drawn but is the element's name and tooltip: count it as a title.
      const svgTitle = parent.closest('svg title');
      if (svgTitle) {
        if (svgTitle.parentElement && rendered(svgTitle.parentElement))
          out.push({ kind: 'title', text, where: where(svgTitle.parentElement) });
        continue;
      }
      if (rendered(parent)) out.push({ kind: 'text', text, where: where(parent) });
    }
    for (const el of document.body.querySelectorAll(
      '[aria-label], [title], [alt], [placeholder]',
    )) {
      if (quoted(el) || !rendered(el)) continue;
      for (const kind of ['aria-label', 'title', 'alt', 'placeholder'] as const) {
        const value = el.getAttribute(kind)?.replace(/\s+/g, ' ').trim();
        if (value) out.push({ kind, text: value, where: where(el) });
      }
    }
    return out as Said[];
  });
}

/** A link or an address shown as text is not a word of either language. */
const withoutAddresses = (text: string): string =>
  text
    .replace(/\b(?:https?:\/\/|www\.)\S+/g, ' ')
    .replace(/\b[\w.-]+\.(?:com|org|cn|net|int|htm|html)\b\S*/g, ' ');

/** The strings of the other language, one line each: route, where, kind, the words and the string. */
function foreign(route: string, lang: Lang, said: Said[]): string[] {
  const lines = said.flatMap((s) => {
    const words = lang === 'zh' ? foreignInChinese(withoutAddresses(s.text)) : hanIn(s.text);
    return words.length === 0
      ? []
      : [
          `${route} [${lang}] ${s.kind} at ${s.where}: ${JSON.stringify(words.join(' '))} in ${JSON.stringify(s.text.slice(0, 160))}`,
        ];
  });
  return [...new Set(lines)];
}

// One page per route per language: the views as opened, an embed and presentation mode.
const PAGES: {
  name: string;
  hash: string;
  viewport?: { width: number; height: number };
  /** Shown in the chart frame (embed, slide): no header, the frame's source line. */
  framed?: boolean;
}[] = [
  ...ROUTES.map((route) => ({ name: route, hash: `#/${route}` })),
  { name: 'compare embedded', hash: '#/compare?embed=1', viewport: VIEWPORTS.embed, framed: true },
  { name: 'presentation', hash: '#/graph?slides=graph!timeline&present=1', framed: true },
];
const withLang = (hash: string, lang: Lang): string =>
  `${hash}${hash.includes('?') ? '&' : '?'}lang=${lang}`;

describe.each(['en', 'zh'] as const)('the interface with lang=%s', (lang) => {
  it.each(PAGES)(
    '$name: says nothing in the other language, <html lang> follows, axe passes',
    async ({ name, hash, viewport, framed }) => {
      const { page, errors } = await open(withLang(hash, lang), viewport ? { viewport } : {});
      // Views that measure or lay out after they show: let them settle before reading them.
      await page.waitForLoadState('networkidle');
      await page.waitForTimeout(300);
      expect
        .soft(await page.evaluate(() => document.documentElement.lang), `${name}: <html lang>`)
        .toBe(HTML_LANG[lang]);
      expect
        .soft(new URL(page.url()).hash, `${name}: the link keeps lang`)
        .toContain(`lang=${lang}`);
      if (framed) {
        await page.locator('main .source').waitFor({ timeout: 10_000 });
        expect.soft(await page.locator('header.top').count(), `${name}: no header`).toBe(0);
      }
      const said = await saidOnPage(page);
      // The walk saw the page (a blank page would pass any language check).
      expect
        .soft(said.filter((s) => s.kind === 'text').length, `${name}: visible text`)
        .toBeGreaterThan(3);
      expect.soft(foreign(name, lang, said), `${name}: strings of the other language`).toEqual([]);
      expect.soft(await axeViolations(page), `${name}: axe`).toEqual([]);
      expect.soft(errors, `${name}: errors`).toEqual([]);
      await page.context().close();
    },
  );
});

/** Message keys said as they are (a catalogue part not loaded): "graph.heading", "share.slides.add". */
function rawKeys(said: Said[]): string[] {
  const key =
    /\b(?:shell|url|graph|compare|timeline|map|reader|share|evidence)(?:\.[a-zA-Z0-9]+)+\b/g;
  return said.flatMap((s) =>
    (withoutAddresses(s.text).match(key) ?? []).map((k) => `${s.where}: ${k}`),
  );
}

describe('choosing the language', () => {
  const viewsNav = (page: Page) => page.locator('header nav').first();

  // Each view's messages load with the view (docs/i18n.md): the switch brings them in the other
  // language too, and no key is ever shown in place of a message.
  it.each([...ROUTES])(
    '#/%s: switches to Chinese and back, never showing a message key',
    async (route) => {
      const { page, errors } = await open(`#/${route}?lang=en`);
      await page.waitForLoadState('networkidle');
      expect.soft(rawKeys(await saidOnPage(page)), `${route} in English`).toEqual([]);
      await page.locator('header').getByRole('link', { name: '中文' }).click();
      await page.waitForFunction(() => document.documentElement.lang === 'zh-CN');
      await page.waitForSelector(VIEW_SHOWN);
      await page.waitForLoadState('networkidle');
      await page.waitForTimeout(300);
      const zh = await saidOnPage(page);
      expect.soft(rawKeys(zh), `${route} in Chinese`).toEqual([]);
      expect.soft(foreign(route, 'zh', zh), `${route}: English left after the switch`).toEqual([]);
      await page.locator('header').getByRole('link', { name: 'English' }).click();
      await page.waitForFunction(() => document.documentElement.lang === 'en');
      await page.waitForTimeout(300);
      const en = await saidOnPage(page);
      expect.soft(rawKeys(en), `${route} back in English`).toEqual([]);
      expect
        .soft(foreign(route, 'en', en), `${route}: Chinese left after the switch back`)
        .toEqual([]);
      expect(errors).toEqual([]);
      await page.context().close();
    },
  );

  it("switches with the header's switch: the link's lang, <html lang> and the words change", async () => {
    const { page, errors } = await open('#/compare?a=2023&b=2024&lang=en');
    // One link to the other language, named in its own words.
    const switcher = page.locator('header');
    const navBefore = (await viewsNav(page).innerText()).trim();
    expect(hanIn(navBefore)).toEqual([]);
    await switcher.getByRole('link', { name: '中文' }).click();
    await page.waitForFunction(() => location.hash.includes('lang=zh'));
    await page.waitForFunction(() => document.documentElement.lang === 'zh-CN');
    // The rest of the state is kept; only the language changed.
    expect(new URL(page.url()).hash).toMatch(/^#\/compare\?.*a=2023.*b=2024/);
    await expect
      .poll(async () => hanIn(await viewsNav(page).innerText()).length)
      .toBeGreaterThan(0);
    await switcher.getByRole('link', { name: 'English' }).click();
    await page.waitForFunction(() => location.hash.includes('lang=en'));
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    await expect.poll(async () => (await viewsNav(page).innerText()).trim()).toBe(navBefore);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it.each([
    ['zh-CN', 'zh', 'zh-CN'],
    ['en-US', null, 'en'],
  ] as const)(
    'opens a link without lang in a browser set to %s in its language (lang=%s written into the link)',
    async (locale, written, htmlLang) => {
      // A fresh context: no language remembered from an earlier choice.
      const context = await browser().newContext({ locale, viewport: VIEWPORTS.desktop });
      const page = await context.newPage();
      await page.goto(`${inject('baseUrl')}#/graph`);
      await page.waitForSelector(VIEW_SHOWN, { timeout: 15_000 });
      await page.waitForFunction((l) => document.documentElement.lang === l, htmlLang);
      if (written) await page.waitForFunction((l) => location.hash.includes(`lang=${l}`), written);
      else expect(new URL(page.url()).hash).not.toContain('lang=zh');
      const nav = await viewsNav(page).innerText();
      expect(hanIn(nav).length > 0).toBe(written === 'zh');
      await context.close();
    },
  );
});
