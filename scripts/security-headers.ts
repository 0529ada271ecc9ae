// The headers the app is meant to be served with, in one place: the static server (tests, bench),
// the <meta> Content-Security-Policy the build writes into index.html, and README's advice.
//
// The policy: everything from the page's own origin only; no inline script but one, no eval. The
// one is index.html's first-paint script (public/prerender-route.js, written into the page by the
// build so that the first paint waits for no request): allowed by the hash of its exact text, so
// any other inline script is refused. Styles: the app's own stylesheets (the first view's written
// into index.html, for the same reason), and inline style attributes ('unsafe-inline' for styles
// only): export writes each mark's computed style onto a copy of the chart (a standalone SVG must
// carry its styles), and parsing or rasterising that copy applies them. Inline styles cannot run
// code; scripts stay locked to the origin. Images also from data: and blob: (PNG export draws
// the chart into a blob); any site may frame the app, because embedding a chart is a feature.

import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { minifySync } from 'rolldown/utils';

/** The script index.html runs before its first paint, inline (scripts/prerender-plugin.ts):
 * minified, since every page carries it. */
export const FIRST_PAINT_SCRIPT = minified('public/prerender-route.js');

function minified(path: string): string {
  const source = readFileSync(new URL(`../${path}`, import.meta.url), 'utf8');
  const { code, errors } = minifySync(path, source, { compress: true, mangle: true });
  if (errors.length > 0) throw new Error(`${path}: ${errors.map((e) => e.message).join('; ')}`);
  return code;
}
const FIRST_PAINT_SCRIPT_HASH = `'sha256-${createHash('sha256').update(FIRST_PAINT_SCRIPT, 'utf8').digest('base64')}'`;

export const CSP_DIRECTIVES: readonly (readonly [string, string])[] = [
  ['default-src', "'self'"],
  ['script-src', `'self' ${FIRST_PAINT_SCRIPT_HASH}`],
  ['style-src', "'self' 'unsafe-inline'"],
  ['img-src', "'self' data: blob:"],
  ['font-src', "'self'"],
  ['connect-src', "'self'"],
  ['worker-src', "'self'"],
  ['object-src', "'none'"],
  ['base-uri', "'none'"],
  ['form-action', "'none'"],
  ['frame-ancestors', '*'],
];

/** Directives a <meta http-equiv> policy cannot carry (browsers ignore them there, with a warning). */
const HEADER_ONLY = new Set(['frame-ancestors', 'report-uri', 'sandbox']);

export function contentSecurityPolicy(options: { meta?: boolean } = {}): string {
  return CSP_DIRECTIVES.filter(([name]) => !(options.meta && HEADER_ONLY.has(name)))
    .map(([name, value]) => `${name} ${value}`)
    .join('; ');
}

/** Headers for every response. No X-Frame-Options: embedding is a feature. */
export function securityHeaders(): Record<string, string> {
  return {
    'Content-Security-Policy': contentSecurityPolicy(),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
  };
}

/**
 * Cache-Control for a built file: Vite's hashed files under assets/ never change (a new build gives
 * new names), so they are cached for a year; index.html and data/ are revalidated on every visit,
 * so a new corpus or a new build is seen at once.
 */
export function cacheControlFor(path: string): string {
  return /^\/?assets\//.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache';
}
