// Measures of the concept graph in a real browser, for `npm run bench:graph` and for the
// quality-gates benchmark: each takes a Playwright page already showing `#/graph` (real or
// synthetic corpus) and returns numbers.
//
// - measureClickToEvidence: clicks nodes and reads the app's own performance measure
//   "graph:click-to-evidence" (from the click's handler to the first frame after the evidence
//   panel shows the concept), checked against the panel's heading.
// - measureDragFps: holds a node and moves the mouse round a circle for a while, recording
//   requestAnimationFrame timestamps in the page; frames per second = frames / time.
//
// Page code is passed as strings: it runs in the browser untouched by any transpiler.

import type { Page } from 'playwright-core';

export interface NodeSpot {
  id: string;
  label: string;
  /** Page coordinates of the node's centre. */
  x: number;
  y: number;
}

export interface Summary {
  median: number;
  min: number;
  max: number;
  runs: number[];
}

export function summarise(values: readonly number[]): Summary {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length / 2;
  const median =
    sorted.length === 0
      ? NaN
      : sorted.length % 2
        ? sorted[Math.floor(mid)]!
        : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return {
    median,
    min: sorted[0] ?? NaN,
    max: sorted[sorted.length - 1] ?? NaN,
    runs: [...values],
  };
}

/** Waits for the graph to be drawn (SVG nodes, or the canvas's access layer, all of it). */
export async function waitForGraph(page: Page, timeout = 60_000): Promise<'svg' | 'canvas'> {
  // In the live app, not the page built into index.html that it replaces.
  await page.waitForSelector('[data-live]:not([data-pending]) .chart [data-node]', {
    timeout,
    state: 'attached',
  });
  // A canvas's access layer is put in the page in batches (data-placing meanwhile).
  await page.waitForSelector('[data-live]:not([data-pending]) .chart:not([data-placing])', {
    timeout,
    state: 'attached',
  });
  return (await page.locator('.chart canvas').count()) > 0 ? 'canvas' : 'svg';
}

/**
 * Nodes on screen with their page coordinates, largest targets first: SVG nodes by their bounding
 * box, canvas nodes by the positions their access buttons carry.
 */
export async function nodeSpots(page: Page): Promise<NodeSpot[]> {
  return page.evaluate(`(() => {
    const chart = document.querySelector('.chart');
    const box = chart.getBoundingClientRect();
    const out = [];
    for (const el of chart.querySelectorAll('[data-node]')) {
      const label = (el.getAttribute('aria-label') || '').split(',')[0];
      let x, y, size;
      if (el.tagName.toLowerCase() === 'button') {
        x = box.left + Number(el.dataset.x);
        y = box.top + Number(el.dataset.y);
        size = 0;
      } else {
        const r = el.querySelector('circle:not(.target)').getBoundingClientRect();
        x = r.left + r.width / 2;
        y = r.top + r.height / 2;
        size = r.width;
      }
      const inside = x > box.left + 30 && x < box.right - 30 && y > box.top + 30 && y < box.bottom - 30;
      if (inside) out.push({ id: el.getAttribute('data-node'), label, x, y, size });
    }
    out.sort((a, b) => b.size - a.size);
    return out.map(({ id, label, x, y }) => ({ id, label, x, y }));
  })()`);
}

async function measureCount(page: Page): Promise<number> {
  return page.evaluate(`performance.getEntriesByName('graph:click-to-evidence', 'measure').length`);
}

/** Median time from a click on a node to its evidence shown, over `runs` clicks on two nodes. */
export async function measureClickToEvidence(
  page: Page,
  options: { runs?: number; nodes?: NodeSpot[] } = {},
): Promise<Summary> {
  const runs = options.runs ?? 20;
  const spots = options.nodes ?? (await nodeSpots(page)).slice(0, 2);
  if (spots.length < 2) throw new Error('need two nodes on screen to click');
  await page.mouse.move(1, 1);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const spot = spots[i % 2]!;
    const before = await measureCount(page);
    await page.mouse.click(spot.x, spot.y);
    await page.waitForFunction(
      `performance.getEntriesByName('graph:click-to-evidence', 'measure').length > ${before}`,
      undefined,
      { timeout: 10_000 },
    );
    const heading = await page
      .getByRole('region', { name: 'Evidence' })
      .locator('h2')
      .first()
      .textContent();
    if (heading?.trim() !== spot.label)
      throw new Error(`clicked ${spot.label} but the evidence shows ${heading}`);
    times.push(
      await page.evaluate(
        `(() => { const m = performance.getEntriesByName('graph:click-to-evidence', 'measure'); return m[m.length - 1].duration; })()`,
      ),
    );
  }
  return summarise(times);
}

export interface FpsResult {
  fps: number;
  frames: number;
  ms: number;
  /** Longest gap between two frames. */
  worstFrameMs: number;
  /** Pointer moves sent. */
  moves: number;
  /** How far the node moved (px): proof that the drag dragged. */
  moved: number;
}

/** Frames per second while dragging a node round a circle for `durationMs`. */
export async function measureDragFps(
  page: Page,
  options: { durationMs?: number; node?: NodeSpot; radius?: number } = {},
): Promise<FpsResult> {
  const durationMs = options.durationMs ?? 3000;
  const radius = options.radius ?? 50;
  const spot = options.node ?? (await nodeSpots(page))[0];
  if (!spot) throw new Error('no node on screen to drag');
  await page.mouse.move(spot.x, spot.y);
  await page.mouse.down();
  await page.mouse.move(spot.x + 6, spot.y, { steps: 2 });
  await page.evaluate(`(() => {
    const frames = [];
    window.__graphFrames = frames;
    window.__graphFramesStop = false;
    const loop = (t) => {
      frames.push(t);
      if (!window.__graphFramesStop) requestAnimationFrame(loop);
    };
    requestAnimationFrame(loop);
  })()`);
  const start = Date.now();
  let moves = 0;
  let angle = 0;
  while (Date.now() - start < durationMs) {
    angle += 0.15;
    await page.mouse.move(
      spot.x + radius * Math.cos(angle) - radius + 6,
      spot.y + radius * Math.sin(angle),
    );
    moves++;
  }
  const frames: number[] = await page.evaluate(
    `(() => { window.__graphFramesStop = true; return window.__graphFrames; })()`,
  );
  const last = {
    x: spot.x + radius * Math.cos(angle) - radius + 6,
    y: spot.y + radius * Math.sin(angle),
  };
  await page.mouse.up();
  // Read at rest: a large graph places its access layer again when idle after the drag.
  const after = (await restingSpots(page)).find((s) => s.id === spot.id);
  const ms = frames.length > 1 ? frames[frames.length - 1]! - frames[0]! : 0;
  let worst = 0;
  for (let i = 1; i < frames.length; i++) worst = Math.max(worst, frames[i]! - frames[i - 1]!);
  return {
    fps: ms > 0 ? ((frames.length - 1) / ms) * 1000 : 0,
    frames: frames.length,
    ms,
    worstFrameMs: worst,
    moves,
    moved: after
      ? Math.hypot(after.x - spot.x, after.y - spot.y)
      : Math.hypot(last.x - spot.x, last.y - spot.y),
  };
}

/** Starts counting animation frames in the page. */
async function startFrames(page: Page): Promise<void> {
  await page.evaluate(`(() => {
    const frames = [];
    window.__graphFrames = frames;
    window.__graphFramesStop = false;
    const loop = (t) => {
      frames.push(t);
      if (!window.__graphFramesStop) requestAnimationFrame(loop);
    };
    requestAnimationFrame(loop);
  })()`);
}

async function stopFrames(
  page: Page,
): Promise<{ fps: number; frames: number; ms: number; worst: number }> {
  const frames: number[] = await page.evaluate(
    `(() => { window.__graphFramesStop = true; return window.__graphFrames; })()`,
  );
  const ms = frames.length > 1 ? frames[frames.length - 1]! - frames[0]! : 0;
  let worst = 0;
  for (let i = 1; i < frames.length; i++) worst = Math.max(worst, frames[i]! - frames[i - 1]!);
  return { fps: ms > 0 ? ((frames.length - 1) / ms) * 1000 : 0, frames: frames.length, ms, worst };
}

/** The point of the chart farthest from every node: where a press pans instead of dragging. */
async function emptySpot(page: Page): Promise<{ x: number; y: number }> {
  const box = (await page.locator('[data-live] .chart').boundingBox())!;
  const spots = await nodeSpots(page);
  let best = { x: box.x + 10, y: box.y + 10, d: -1 };
  for (let x = box.x + 90; x < box.x + box.width - 90; x += 12)
    for (let y = box.y + 90; y < box.y + box.height - 90; y += 12) {
      const d = Math.min(...spots.map((s) => Math.hypot(s.x - x, s.y - y)), Infinity);
      if (d > best.d) best = { x, y, d };
    }
  return best;
}

/**
 * Node spots once the chart is at rest: the access layer is placed again after a gesture ends
 * (d3-zoom ends a wheel gesture 150 ms after its last event, and the app then waits for an idle
 * moment; `data-placing` on the chart says so meanwhile), then read until two readings 100 ms
 * apart agree (at most `timeout` ms each).
 */
export async function restingSpots(page: Page, timeout = 5000): Promise<NodeSpot[]> {
  // The graph marks a gesture, and a scene whose labels and access layer are not placed yet.
  await page
    .waitForSelector('[data-live] .chart:not([data-placing])', { state: 'attached', timeout })
    .catch(() => undefined);
  const same = (a: NodeSpot[], b: NodeSpot[]): boolean =>
    a.length === b.length &&
    a.every((s, i) => s.id === b[i]!.id && s.x === b[i]!.x && s.y === b[i]!.y);
  const t0 = Date.now();
  let last = await nodeSpots(page);
  while (Date.now() - t0 < timeout) {
    await page.waitForTimeout(100);
    const next = await nodeSpots(page);
    if (same(last, next)) return next;
    last = next;
  }
  return last;
}

/** How far the nodes seen in both lists moved, on median (px), and how their spread changed. */
function change(before: NodeSpot[], after: NodeSpot[]): { moved: number; spread: number } {
  const at = new Map(after.map((s) => [s.id, s]));
  const both = before.filter((s) => at.has(s.id)).slice(0, 50);
  const moves = both.map((s) => Math.hypot(at.get(s.id)!.x - s.x, at.get(s.id)!.y - s.y)).sort();
  const spread = (list: NodeSpot[]): number => {
    const xs = list.map((s) => s.x);
    return xs.length > 1 ? Math.max(...xs) - Math.min(...xs) : 0;
  };
  const again = both.map((s) => at.get(s.id)!);
  return {
    moved: moves[Math.floor(moves.length / 2)] ?? 0,
    spread: spread(both) > 0 ? spread(again) / spread(both) : 1,
  };
}

/** Wheel notches of a zoom one way (each ×2^0.08 in d3-zoom: ten are about ×1.7). */
const ZOOM_NOTCHES = 10;

/**
 * Frames per second while panning the chart (a press on empty ground moved round a circle) or
 * zooming it (ctrl + wheel at its centre, in and out by turns), for `durationMs`. `moved` proves that the
 * view panned (median px a node moved) or zoomed (how much the nodes' spread changed, ×).
 */
export async function measureGestureFps(
  page: Page,
  gesture: 'pan' | 'zoom',
  options: { durationMs?: number } = {},
): Promise<FpsResult> {
  const durationMs = options.durationMs ?? 3000;
  // From rest: the last gesture's placing is over, and what a gesture changed is read at rest.
  await page.waitForTimeout(300);
  const before = await restingSpots(page);
  let moves = 0;
  if (gesture === 'pan') {
    const start = await emptySpot(page);
    await page.mouse.move(start.x, start.y);
    await page.mouse.down();
    await startFrames(page);
    const t0 = Date.now();
    let angle = 0;
    while (Date.now() - t0 < durationMs) {
      angle += 0.15;
      await page.mouse.move(start.x + 60 * Math.cos(angle) - 60, start.y + 60 * Math.sin(angle));
      moves++;
    }
    const r = await stopFrames(page);
    await page.mouse.up();
    // Node targets are placed again once the gesture ends.
    await page.waitForTimeout(300);
    const moved = change(before, await restingSpots(page)).moved;
    return { ...r, worstFrameMs: r.worst, moves, moved };
  }
  const box = (await page.locator('[data-live] .chart').boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.keyboard.down('Control');
  // Proof that it zooms: some notches in, read at rest, and as many out again.
  for (let i = 0; i < ZOOM_NOTCHES; i++) await page.mouse.wheel(0, -40);
  await page.waitForTimeout(300);
  const spread = change(before, await restingSpots(page)).spread;
  for (let i = 0; i < ZOOM_NOTCHES; i++) await page.mouse.wheel(0, 40);
  await page.waitForTimeout(300);
  await restingSpots(page);
  // Frames while zooming in and out by turns, ZOOM_NOTCHES each way: the view stays between its
  // first scale and about twice that, full of nodes (straight in for seconds would reach the
  // largest zoom, where a large graph shows next to nothing).
  await startFrames(page);
  const t1 = Date.now();
  while (Date.now() - t1 < durationMs) {
    await page.mouse.wheel(0, Math.floor(moves / ZOOM_NOTCHES) % 2 === 0 ? -40 : 40);
    moves++;
  }
  const r = await stopFrames(page);
  await page.keyboard.up('Control');
  return { ...r, worstFrameMs: r.worst, moves, moved: spread };
}

/** Waits until the rough first layout has been replaced by the settled one; returns the ms. */
export async function waitForSettled(page: Page, timeout = 120_000): Promise<number> {
  const t0 = Date.now();
  await page.waitForSelector('[data-live] .chart:not([data-settling])', {
    timeout,
    state: 'attached',
  });
  return Date.now() - t0;
}
