// npm run bench: builds the app, serves it with gzip from 127.0.0.1, measures every quality target
// of DESIGN.md that a command can measure, prints a table and writes bench/results/latest.json.
//
//   npm run bench                          every step
//   npm run bench -- --only bundle,load    some steps (bundle, lighthouse, load, graph, export, pipeline)
//   npm run bench -- --runs 3              fewer Lighthouse and load runs (default 5)
//   npm run bench -- --no-build            measure the existing dist-bench/
//
// A step whose view or feature does not exist yet reports "not measured: <why>", never a number.
// Timings depend on the machine: they are reported, not asserted (CI checks only the bundle sizes).

import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg } from 'node:os';
import { resolve } from 'node:path';
import { build } from 'vite';
import { launchChromium } from '../test/support/chromium.ts';
import { startStaticServer } from '../scripts/static-server.ts';
import { securityHeaders } from '../scripts/security-headers.ts';
import {
  BUDGETS,
  initialScripts,
  kb,
  measureBundle,
  sumGzip,
  type BundleReport,
} from './bundle.ts';
import { measureExport } from './export.ts';
import { measureGraph } from './graph-figures.ts';
import { measureLighthouse } from './lighthouse.ts';
import { measureLoad } from './load.ts';
import { measurePipeline } from './pipeline.ts';
import { atMost, formatTable, measured, summarise, type Figure } from './report.ts';

const STEPS = ['bundle', 'lighthouse', 'load', 'graph', 'export', 'pipeline'] as const;
type Step = (typeof STEPS)[number];

function option(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const only = option('--only')?.split(',') ?? [...STEPS];
const unknownSteps = only.filter((s) => !(STEPS as readonly string[]).includes(s));
if (unknownSteps.length > 0) {
  console.error(`bench: unknown step ${unknownSteps.join(', ')} (steps: ${STEPS.join(', ')})`);
  process.exit(2);
}
const runs = Number(option('--runs') ?? 5);
const wanted = (s: Step): boolean => only.includes(s);
const DIST = 'dist-bench';

function bundleFigures(bundle: BundleReport): Figure[] {
  const initial = initialScripts(bundle);
  const others = bundle.scripts.filter((s) => !initial.some((i) => i.path === s.path));
  return [
    measured(
      {
        id: 'bundle.entry',
        label: 'entry script (gzip)',
        unit: 'KB',
        target: atMost(BUDGETS.entryKB),
      },
      kb(sumGzip(initial)),
      `${initial.map((s) => s.path).join(' + ')}, ${kb(initial.reduce((n, s) => n + s.bytes, 0)).toFixed(1)} KB before gzip`,
    ),
    measured(
      {
        id: 'bundle.scripts',
        label: 'all scripts but export-only libraries (gzip)',
        unit: 'KB',
        target: atMost(BUDGETS.allScriptsKB),
      },
      kb(sumGzip(bundle.scripts)),
      `${bundle.scripts.length} scripts; largest lazy: ${
        others
          .sort((a, b) => b.gzipBytes - a.gzipBytes)
          .slice(0, 3)
          .map((s) => `${s.path.replace(/^assets\//, '')} ${kb(s.gzipBytes).toFixed(1)} KB`)
          .join(', ') || 'none'
      }`,
    ),
    measured(
      { id: 'bundle.on-demand', label: 'export-only libraries (gzip)', unit: 'KB' },
      kb(sumGzip(bundle.onDemand)),
      `loaded only when a PowerPoint is asked for: ${bundle.onDemand.map((s) => s.path).join(', ') || 'none'}`,
    ),
    measured(
      { id: 'bundle.service-worker', label: 'service worker (gzip)', unit: 'KB' },
      kb(sumGzip(bundle.serviceWorker)),
      `fetched once after the first visit, runs beside the pages: ${bundle.serviceWorker.map((s) => s.path).join(', ') || 'none'}`,
    ),
    measured(
      { id: 'bundle.styles', label: 'stylesheets (gzip)', unit: 'KB' },
      kb(sumGzip(bundle.styles)),
    ),
    ...(bundle.corpus
      ? [
          measured(
            { id: 'bundle.corpus', label: 'corpus.json (gzip)', unit: 'KB' },
            kb(bundle.corpus.gzipBytes),
            `${kb(bundle.corpus.bytes).toFixed(1)} KB before gzip`,
          ),
        ]
      : []),
  ];
}

function describeMachine(): Record<string, unknown> {
  let commit: string;
  try {
    commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
  } catch {
    commit = 'unknown';
  }
  return {
    commit,
    node: process.version,
    cpus: availableParallelism(),
    cpu: cpus()[0]?.model ?? 'unknown',
    load: loadavg().map((l) => Number(l.toFixed(2))),
  };
}

async function main(): Promise<void> {
  const started = Date.now();
  const figures: Figure[] = [];
  const step = async (name: Step, run: () => Promise<Figure[]> | Figure[]): Promise<void> => {
    if (!wanted(name)) return;
    const t0 = Date.now();
    process.stderr.write(`bench: ${name}…`);
    figures.push(...(await run()));
    process.stderr.write(` ${((Date.now() - t0) / 1000).toFixed(0)} s\n`);
  };

  if (!process.argv.includes('--no-build')) {
    process.stderr.write('bench: building…\n');
    await build({
      configFile: resolve('vite.config.ts'),
      logLevel: 'warn',
      build: { outDir: DIST, emptyOutDir: true },
    });
  }
  const bundle = measureBundle(DIST);
  await step('bundle', () => bundleFigures(bundle));

  const needsServer = ['lighthouse', 'load', 'graph', 'export'].some((s) => wanted(s as Step));
  if (needsServer) {
    // As a host should serve it: gzip, long-lived hashed assets, the recommended security headers.
    const server = await startStaticServer({
      root: DIST,
      gzip: true,
      cache: true,
      headers: securityHeaders(),
    });
    try {
      await step('lighthouse', () => measureLighthouse(server.url, runs));
      if (['load', 'graph', 'export'].some((s) => wanted(s as Step))) {
        const { browser, close } = await launchChromium();
        try {
          await step('load', () => measureLoad(browser, server.url, bundle, runs));
          await step('graph', () => measureGraph(browser, server.url, DIST));
          await step('export', () => measureExport(browser, server.url));
        } finally {
          await close();
        }
      }
    } finally {
      await server.close();
    }
  }
  await step('pipeline', () => measurePipeline());

  const table = formatTable(figures);
  const s = summarise(figures);
  console.log(table);
  console.log(
    `\n${s.holding} hold, ${s.missing} miss, ${s.unmeasured} not measured, ${s.info} for information` +
      ` (${((Date.now() - started) / 1000).toFixed(0)} s)`,
  );
  mkdirSync('bench/results', { recursive: true });
  const out = 'bench/results/latest.json';
  writeFileSync(
    out,
    `${JSON.stringify(
      { date: new Date().toISOString(), machine: describeMachine(), runs, steps: only, figures },
      null,
      2,
    )}\n`,
  );
  console.log(`wrote ${out}`);
}

await main();
