// Page audits shared by the accessibility and hostile-input suites: axe-core injected from its own
// source, a keyboard walk with Tab, and the states a view can be in (evidence open, export menu
// open, embedded), found generally so that every view is covered as it lands.

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { realCorpus } from '../support/mini-corpus.ts';

const AXE_SOURCE = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

interface AxeResult {
  violations: {
    id: string;
    impact: string | null;
    help: string;
    nodes: { target: string[]; failureSummary?: string }[];
  }[];
}

/** axe-core's violations on the page (or inside `scope`), one readable line each. */
export async function axeViolations(page: Page, scope?: string): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const result = (await page.evaluate(async (selector) => {
    const axe = (
      window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<unknown> } }
    ).axe;
    return axe.run(selector ? { include: [selector] } : document, {
      resultTypes: ['violations'],
    });
  }, scope ?? null)) as AxeResult;
  return result.violations.map(
    (v) =>
      `${v.id} (${v.impact ?? 'n/a'}): ${v.help} — ${v.nodes
        .slice(0, 4)
        .map((n) => n.target.join(' '))
        .join(' | ')}${v.nodes.length > 4 ? ` (+${v.nodes.length - 4} more)` : ''}`,
  );
}

/** The concept said most often in the texts: a focus every view can show evidence for. */
export function busiestConcept(): string {
  const counts = new Map<string, number>();
  for (const m of realCorpus().mentions) counts.set(m.ref, (counts.get(m.ref) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]![0];
}

/**
 * Opens the Export menu of the share bar (in the page header, not in main) and waits for its items.
 * Throws, naming the route, when there is no Export button or the menu does not open.
 */
export async function openExportMenu(page: Page): Promise<void> {
  const route = new URL(page.url()).hash;
  const button = page.getByRole('button', { name: /^Export/ });
  await button.waitFor({ timeout: 15_000 }).catch(() => {
    throw new Error(`${route}: no Export button`);
  });
  await button.click();
  await page
    .locator('[role="menu"] [role="menuitem"]')
    .first()
    .waitFor({ timeout: 5_000 })
    .catch(() => {
      throw new Error(`${route}: the Export menu did not open`);
    });
}

export interface TabStop {
  /** Tag, role and name of the element, for messages. */
  label: string;
  /** Index into the page's tabbable elements at the start of the walk, or -1. */
  tabbable: number;
  inMain: boolean;
  /**
   * A focus indicator: focused, the element (or its parent, or what it contains) looks different
   * from how it looked unfocused: an outline, a ring drawn by a child, a stroke, a background.
   */
  indicated: boolean;
  /** Inside the viewport once focused (the browser scrolls it there). */
  onScreen: boolean;
}

export interface TabWalk {
  /** Every element a Tab press could reach (focusable, shown, not disabled, not tabindex=-1). */
  tabbable: string[];
  stops: TabStop[];
  /** Focus left the page or came round to the first stop: no trap. */
  escaped: boolean;
}

/**
 * Presses Tab from the top of the page until focus leaves the document (or comes round to the
 * first stop), recording every stop. `limit` stops a trap from running forever.
 */
export async function tabWalk(page: Page, limit = 400): Promise<TabWalk> {
  const tabbable = await page.evaluate(() => {
    const w = window as unknown as {
      __tabStops: unknown[];
      __tabbable: Element[];
      __unfocused: Map<Element, string>;
      __tabListening?: boolean;
    };
    const PROPS = [
      'outline-style',
      'outline-width',
      'outline-color',
      'box-shadow',
      'background-color',
      'border-color',
      'color',
      'text-decoration-line',
      'stroke',
      'stroke-width',
      'stroke-dasharray',
      'fill',
      'opacity',
      'filter',
      'transform',
    ];
    // How an element looks: its own style, its parent's (focus-within) and its first descendants'.
    const look = (el: Element): string =>
      [el, el.parentElement, ...[...el.querySelectorAll('*')].slice(0, 60)]
        .filter((x): x is Element => x !== null)
        .map((x) => {
          const style = getComputedStyle(x);
          return PROPS.map((p) => style.getPropertyValue(p)).join('|');
        })
        .join('/');
    const selector =
      'a[href], area[href], button, input, select, textarea, summary, iframe, [tabindex], [contenteditable="true"]';
    const shown = (el: Element): boolean => {
      const style = getComputedStyle(el);
      const rect = el.getBoundingClientRect();
      return (
        style.visibility !== 'hidden' &&
        style.display !== 'none' &&
        (rect.width > 0 || rect.height > 0) &&
        el.closest('[inert], [hidden]') === null
      );
    };
    const all = [...document.querySelectorAll(selector)].filter(
      (el) =>
        (el as HTMLElement).tabIndex >= 0 &&
        el.getAttribute('tabindex') !== '-1' &&
        !(el as HTMLButtonElement).disabled &&
        shown(el),
    );
    // Radio groups take one Tab stop: keep the checked one (or the first) of each name.
    const seenRadio = new Set<string>();
    w.__tabbable = all.filter((el) => {
      if (!(el instanceof HTMLInputElement) || el.type !== 'radio' || !el.name) return true;
      const group = [
        ...document.querySelectorAll(`input[type=radio][name="${CSS.escape(el.name)}"]`),
      ] as HTMLInputElement[];
      const stop = group.find((r) => r.checked) ?? group[0];
      if (seenRadio.has(el.name) || stop !== el) return false;
      seenRadio.add(el.name);
      return true;
    });
    w.__tabStops = [];
    (document.activeElement as HTMLElement | null)?.blur();
    w.__unfocused = new Map(w.__tabbable.map((el) => [el, look(el)]));
    const describe = (el: Element): string =>
      `${el.tagName.toLowerCase()}${el.getAttribute('role') ? `[role=${el.getAttribute('role')}]` : ''} "${(
        el.getAttribute('aria-label') ??
        el.textContent ??
        ''
      )
        .trim()
        .replace(/\s+/g, ' ')
        .slice(0, 60)}"`;
    if (!w.__tabListening)
      document.addEventListener('focusin', (e) => {
        const el = e.target as Element;
        const style = getComputedStyle(el);
        const rect = el.getBoundingClientRect();
        w.__tabStops.push({
          label: describe(el),
          tabbable: w.__tabbable.indexOf(el),
          inMain: el.closest('main') !== null,
          indicated:
            (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) ||
            style.boxShadow !== 'none' ||
            (w.__unfocused.has(el) && w.__unfocused.get(el) !== look(el)),
          onScreen:
            rect.bottom > 0 &&
            rect.right > 0 &&
            rect.top < window.innerHeight &&
            rect.left < window.innerWidth,
        });
      });
    w.__tabListening = true;
    (document.activeElement as HTMLElement | null)?.blur();
    window.scrollTo(0, 0);
    return w.__tabbable.map(describe);
  });
  let escaped = false;
  for (let i = 0; i < Math.min(limit, tabbable.length + 3); i++) {
    await page.keyboard.press('Tab');
    const where = await page.evaluate(() => {
      const stops = (window as unknown as { __tabStops: { tabbable: number }[] }).__tabStops;
      return {
        left: document.activeElement === document.body || document.activeElement === null,
        wrapped: stops.length > 1 && stops[stops.length - 1]!.tabbable === stops[0]!.tabbable,
      };
    });
    if (where.left || where.wrapped) {
      escaped = true;
      break;
    }
  }
  const stops = await page.evaluate(
    () => (window as unknown as { __tabStops: TabStop[] }).__tabStops,
  );
  return { tabbable, stops, escaped };
}

/** Longest transition or animation on any element, in seconds, and animations still running. */
export async function motion(page: Page): Promise<{ longest: number; running: string[] }> {
  return page.evaluate(() => {
    const seconds = (list: string): number =>
      Math.max(
        0,
        ...list.split(',').map((d) => {
          const v = parseFloat(d);
          return d.trim().endsWith('ms') ? v / 1000 : v;
        }),
      );
    let longest = 0;
    for (const el of document.querySelectorAll('*')) {
      const style = getComputedStyle(el);
      longest = Math.max(longest, seconds(style.transitionDuration));
      if (style.animationName !== 'none')
        longest = Math.max(longest, seconds(style.animationDuration));
    }
    const running = document
      .getAnimations()
      .filter((a) => a.playState === 'running')
      .filter((a) => {
        const t = a.effect?.getComputedTiming();
        return t !== undefined && (t.duration === Infinity || Number(t.duration) > 10);
      })
      .map((a) => String((a as CSSAnimation).animationName ?? a.id ?? 'animation'));
    return { longest, running };
  });
}

/**
 * Waits until main has not changed for `quietMs` (at most `maxMs`): a view puts its later parts
 * (the reader's text, a closed table's rows) in the page in idle moments after it shows. An
 * animation never goes quiet, so frames counted after this still find it.
 */
export async function quietMain(page: Page, quietMs: number, maxMs: number): Promise<void> {
  await page.evaluate(
    ([quiet, max]) =>
      new Promise<void>((done) => {
        const main = document.querySelector('main');
        if (!main) return done();
        let last = performance.now();
        const observer = new MutationObserver(() => (last = performance.now()));
        observer.observe(main, { attributes: true, childList: true, subtree: true });
        const end = last + max;
        const check = (): void => {
          const now = performance.now();
          if (now - last >= quiet || now >= end) {
            observer.disconnect();
            done();
          } else setTimeout(check, 50);
        };
        setTimeout(check, 50);
      }),
    [quietMs, maxMs] as const,
  );
}

/**
 * Animation frames in which the drawing in main changed (geometry or style attributes, nodes added
 * or removed) over `ms`: a view that honours reduced motion changes at most once or twice (a
 * late worker reply), never frame after frame.
 */
export async function framesWithChanges(page: Page, ms: number): Promise<number> {
  return page.evaluate(
    (duration) =>
      new Promise<number>((done) => {
        const main = document.querySelector('main');
        if (!main) return done(0);
        let changed = false;
        let frames = 0;
        const observer = new MutationObserver(() => (changed = true));
        observer.observe(main, { attributes: true, childList: true, subtree: true });
        const end = performance.now() + duration;
        const tick = (): void => {
          if (changed) frames++;
          changed = false;
          if (performance.now() < end) requestAnimationFrame(tick);
          else {
            observer.disconnect();
            done(frames);
          }
        };
        requestAnimationFrame(tick);
      }),
    ms,
  );
}
