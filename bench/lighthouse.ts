// Lighthouse (12.2.3, its Node API) against the built app served with gzip from 127.0.0.1, in the
// system Chromium (CHROME_PATH honoured): performance and accessibility, mobile (Lighthouse's
// default: simulated slow 4G and a 4× slower CPU) and desktop, median of N runs each.

import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { desktopConfig } from 'lighthouse';
import { CHROMIUM_ARGS, findChromium } from '../test/support/chromium.ts';
import { atLeast, measured, median, notMeasured, type Figure } from './report.ts';

const FORMS = ['mobile', 'desktop'] as const;
const TARGETS = { performance: 98, accessibility: 100 } as const;

export interface LighthouseRun {
  performance: number;
  accessibility: number;
  /** Audits of the accessibility or performance categories that did not pass, by title. */
  failing: string[];
  /** Lab metrics of the run: FCP, LCP, TBT in ms, CLS. */
  metrics: Record<string, number>;
}

const METRICS = {
  'first-contentful-paint': 'FCP',
  'largest-contentful-paint': 'LCP',
  'total-blocking-time': 'TBT',
  'cumulative-layout-shift': 'CLS',
} as const;

export async function measureLighthouse(url: string, runs: number): Promise<Figure[]> {
  let chrome: chromeLauncher.LaunchedChrome;
  try {
    chrome = await chromeLauncher.launch({
      chromePath: findChromium(),
      chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
      logLevel: 'silent',
    });
  } catch (e) {
    const why = `Chromium could not be started for Lighthouse (${e instanceof Error ? e.message : String(e)})`;
    return FORMS.flatMap((form) =>
      (['performance', 'accessibility'] as const).map((cat) =>
        notMeasured(figureSpec(form, cat), why),
      ),
    );
  }
  const figures: Figure[] = [];
  try {
    for (const form of FORMS) {
      const results: LighthouseRun[] = [];
      for (let i = 0; i < runs; i++) results.push(await runOnce(url, chrome.port, form));
      for (const cat of ['performance', 'accessibility'] as const) {
        const failing = [...new Set(results.flatMap((r) => r.failing))]
          .filter((f) => f.startsWith(`${cat}:`))
          .map((f) => f.slice(cat.length + 1));
        const notes: string[] = [];
        if (cat === 'performance')
          notes.push(
            Object.values(METRICS)
              .map((m) => {
                const v = median(results.map((r) => r.metrics[m] ?? NaN));
                return m === 'CLS' ? `${m} ${v.toFixed(3)}` : `${m} ${Math.round(v)} ms`;
              })
              .join(', '),
          );
        if (failing.length > 0) notes.push(`audits not passed in some run: ${failing.join('; ')}`);
        figures.push(
          measured(
            figureSpec(form, cat),
            results.map((r) => r[cat]),
            notes.join('; ') || undefined,
          ),
        );
      }
    }
  } finally {
    await chrome.kill();
  }
  return figures;
}

function figureSpec(form: (typeof FORMS)[number], cat: keyof typeof TARGETS) {
  return {
    id: `lighthouse.${form}.${cat}`,
    label: `Lighthouse ${form} ${cat}`,
    unit: '',
    target: atLeast(TARGETS[cat]),
  };
}

async function runOnce(
  url: string,
  port: number,
  form: (typeof FORMS)[number],
): Promise<LighthouseRun> {
  const result = await lighthouse(
    url,
    { port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility'] },
    form === 'desktop' ? desktopConfig : undefined,
  );
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
  const { lhr } = result;
  if (lhr.runtimeError)
    throw new Error(`Lighthouse could not load ${url}: ${lhr.runtimeError.message}`);
  const score = (cat: string): number => Math.round((lhr.categories[cat]?.score ?? 0) * 100);
  const failing: string[] = [];
  for (const cat of ['performance', 'accessibility']) {
    for (const ref of lhr.categories[cat]?.auditRefs ?? []) {
      const audit = lhr.audits[ref.id];
      if (ref.weight > 0 && audit && audit.score !== null && audit.score < 1)
        failing.push(`${cat}:${audit.title}`);
    }
  }
  const metrics: Record<string, number> = {};
  for (const [id, name] of Object.entries(METRICS))
    metrics[name] = lhr.audits[id]?.numericValue ?? NaN;
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    failing,
    metrics,
  };
}
