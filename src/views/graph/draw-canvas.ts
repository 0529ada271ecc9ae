// Draws a graph scene on a canvas: the marks of Graph.svg.svelte, batched by look so that
// thousands of nodes and links take a handful of canvas calls. While a node is dragged, everything
// else is drawn once to an off-screen layer and each frame only copies it and draws the moving
// node with its links: a frame then costs a copy, not a redraw of thousands of marks. Likewise
// while the view pans or zooms: the picture at the gesture's start (with a margin round it) is
// drawn once off screen, and each frame draws that picture moved and scaled by the live transform;
// the marks are drawn again, exactly, when the gesture ends.

import type { Scene, ZoomTransform } from '$lib/layout/graph-scene.ts';
import { STYLE, linkOpacity, nodeOpacity, type GraphDrawing } from './graph-drawing.ts';

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  }
  return out;
}

/** Which marks to draw: all, all but the moving node with its links and label, or only those. */
type Part = 'all' | 'still' | 'moving';

/** The largest picture kept for a gesture, in device pixels (about 32 MB of memory). */
const SNAPSHOT_PIXELS = 8_000_000;

/**
 * How a picture drawn under the zoom `from` moves to be under `to` (screen px): scale `k` about the
 * origin, then shift by x, y.
 */
export function relativeTransform(from: ZoomTransform, to: ZoomTransform): ZoomTransform {
  const k = to.k / from.k;
  return { k, x: to.x - k * from.x, y: to.y - k * from.y };
}

export class CanvasPainter {
  private layer: HTMLCanvasElement | null = null;
  private layerKey: unknown[] | null = null;
  private snapshot: HTMLCanvasElement | null = null;
  private snapshotOf: { drawing: GraphDrawing; margin: number; scale: number } | null = null;

  /**
   * Paints the drawing as seen through `view`, the zoom of the moment: exactly when it is the
   * scene's own zoom, else (during a pan or zoom) the scene's picture moved by the difference.
   */
  paintView(
    ctx: CanvasRenderingContext2D,
    d: GraphDrawing,
    dpr: number,
    view: ZoomTransform,
  ): void {
    const z = d.scene.zoom;
    if (view.k === z.k && view.x === z.x && view.y === z.y) {
      this.snapshotOf = null;
      this.paint(ctx, d, dpr);
      return;
    }
    const { width, height } = d.scene;
    const w = Math.round(width * dpr);
    const h = Math.round(height * dpr);
    if (ctx.canvas.width !== w || ctx.canvas.height !== h) {
      ctx.canvas.width = w;
      ctx.canvas.height = h;
    }
    if (this.snapshotOf?.drawing !== d) {
      // A margin of a quarter of the chart on every side: a pan shows what was just outside.
      const margin = Math.round(Math.max(width, height) / 4);
      const area = (width + 2 * margin) * (height + 2 * margin);
      const scale = Math.min(dpr, Math.sqrt(SNAPSHOT_PIXELS / area));
      this.snapshot ??= document.createElement('canvas');
      this.snapshot.width = Math.round((width + 2 * margin) * scale);
      this.snapshot.height = Math.round((height + 2 * margin) * scale);
      const sctx = this.snapshot.getContext('2d');
      if (!sctx) return this.paint(ctx, d, dpr);
      sctx.setTransform(scale, 0, 0, scale, margin * scale, margin * scale);
      sctx.clearRect(-margin, -margin, width + 2 * margin, height + 2 * margin);
      drawMarks(sctx, d, 'all');
      this.snapshotOf = { drawing: d, margin, scale };
    }
    const { margin, scale } = this.snapshotOf;
    const snap = this.snapshot!;
    const r = relativeTransform(z, view);
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.clearRect(0, 0, w, h);
    // Only the part of the picture that lands on the chart is copied (in the picture's pixels).
    const x0 = Math.max(0, ((0 - r.x) / r.k + margin) * scale);
    const y0 = Math.max(0, ((0 - r.y) / r.k + margin) * scale);
    const x1 = Math.min(snap.width, ((width - r.x) / r.k + margin) * scale);
    const y1 = Math.min(snap.height, ((height - r.y) / r.k + margin) * scale);
    if (x1 <= x0 || y1 <= y0) return;
    const toScreen = (px: number, o: number): number => dpr * (o + r.k * (px / scale - margin));
    ctx.imageSmoothingQuality = 'low';
    ctx.drawImage(
      snap,
      x0,
      y0,
      x1 - x0,
      y1 - y0,
      toScreen(x0, r.x),
      toScreen(y0, r.y),
      toScreen(x1, r.x) - toScreen(x0, r.x),
      toScreen(y1, r.y) - toScreen(y0, r.y),
    );
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  }

  paint(ctx: CanvasRenderingContext2D, d: GraphDrawing, dpr: number): void {
    const { scene } = d;
    const w = Math.round(scene.width * dpr);
    const h = Math.round(scene.height * dpr);
    if (ctx.canvas.width !== w || ctx.canvas.height !== h) {
      ctx.canvas.width = w;
      ctx.canvas.height = h;
    }
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    ctx.clearRect(0, 0, scene.width, scene.height);
    if (d.moving === null) {
      this.layerKey = null;
      drawMarks(ctx, d, 'all');
      return;
    }
    // Everything that stays still, drawn once per drag (again if anything else changes).
    const key = [
      d.moving,
      w,
      h,
      scene.zoom.k,
      scene.zoom.x,
      scene.zoom.y,
      d.emphasis,
      d.labels,
      d.hulls,
      d.themeLabels,
      d.selected,
      d.selectedLink,
      d.matches,
      d.focused,
      d.note,
    ];
    if (!this.layer || !this.layerKey || key.some((k, i) => k !== this.layerKey![i])) {
      this.layer ??= document.createElement('canvas');
      this.layer.width = w;
      this.layer.height = h;
      const lctx = this.layer.getContext('2d');
      if (!lctx) return drawMarks(ctx, d, 'all');
      lctx.setTransform(dpr, 0, 0, dpr, 0, 0);
      lctx.clearRect(0, 0, scene.width, scene.height);
      drawMarks(lctx, d, 'still');
      this.layerKey = key;
    }
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.drawImage(this.layer, 0, 0);
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    drawMarks(ctx, d, 'moving');
  }
}

/**
 * What graph-scene's layoutToScreen gives (layout units → pixels: the fit, then the zoom), written
 * here so that this file, loaded only for large graphs, imports no code from graph-scene.ts: the
 * bundler would otherwise split the scene's code out of the graph's chunk into one of its own.
 */
export function layoutUnitsToCanvas({ fit, zoom }: Pick<Scene, 'fit' | 'zoom'>): ZoomTransform {
  return {
    k: zoom.k * fit.scale,
    x: zoom.x + zoom.k * fit.offsetX,
    y: zoom.y + zoom.k * fit.offsetY,
  };
}

function drawMarks(ctx: CanvasRenderingContext2D, d: GraphDrawing, part: Part): void {
  const { scene } = d;
  const moving = d.moving;
  const nodeIn = (id: string): boolean => part === 'all' || (part === 'moving') === (id === moving);
  const linkIn = (l: { source: string; target: string }): boolean =>
    part === 'all' || (part === 'moving') === (l.source === moving || l.target === moving);
  // On a large graph, links that would be all but invisible (faded) are not drawn at all.
  const dropFaded = scene.links.length > 1000 && d.emphasis !== null;

  // Regions, in layout units under the zoom.
  const t = layoutUnitsToCanvas(scene);
  for (const hull of part === 'moving' ? [] : d.hulls) {
    if (hull.points.length === 0) continue;
    ctx.beginPath();
    hull.points.forEach((p, i) =>
      i === 0
        ? ctx.moveTo(t.x + t.k * p.x, t.y + t.k * p.y)
        : ctx.lineTo(t.x + t.k * p.x, t.y + t.k * p.y),
    );
    ctx.closePath();
    ctx.globalAlpha = 0.09;
    ctx.fillStyle = hull.color;
    ctx.fill();
    ctx.globalAlpha = 0.5;
    ctx.strokeStyle = hull.color;
    ctx.lineWidth = 1;
    ctx.stroke();
  }

  // Links, batched by look: one path per (width, opacity).
  const batches = groupBy(
    scene.links.filter(
      (l) => linkIn(l) && !(dropFaded && l.id !== d.selectedLink && !d.emphasis!.links.has(l.id)),
    ),
    (l) => `${l.width.toFixed(1)}|${linkOpacity(d, l.id)}|${l.id === d.selectedLink}`,
  );
  ctx.lineCap = 'round';
  for (const [key, list] of batches) {
    const [width, alpha, selected] = key.split('|');
    ctx.beginPath();
    for (const l of list) {
      ctx.moveTo(l.x1, l.y1);
      ctx.lineTo(l.x2, l.y2);
    }
    ctx.globalAlpha = Number(alpha);
    ctx.strokeStyle = selected === 'true' ? STYLE.ink : STYLE.link;
    ctx.lineWidth = Number(width) + (selected === 'true' ? 1.5 : 0);
    ctx.stroke();
  }

  // Nodes, batched by colour and opacity.
  const nodeBatches = groupBy(
    scene.nodes.filter((n) => nodeIn(n.id)),
    (n) => `${n.hollow ? 'hollow' : n.color}|${nodeOpacity(d, n.id)}`,
  );
  for (const [key, list] of nodeBatches) {
    const [color, alpha] = key.split('|');
    ctx.globalAlpha = Number(alpha);
    ctx.beginPath();
    for (const n of list) {
      ctx.moveTo(n.x + n.r, n.y);
      ctx.arc(n.x, n.y, n.r, 0, 2 * Math.PI);
    }
    if (color === 'hollow') {
      ctx.fillStyle = '#ffffff';
      ctx.fill();
      ctx.setLineDash([3, 2]);
      ctx.strokeStyle = STYLE.ink;
      ctx.lineWidth = 1.2;
      ctx.stroke();
      ctx.setLineDash([]);
    } else {
      ctx.fillStyle = color!;
      ctx.fill();
      ctx.strokeStyle = STYLE.ink;
      ctx.lineWidth = 0.6;
      ctx.stroke();
    }
    // Year marks on the nodes large enough to carry them: one path for each kind of mark.
    const carriers = list.filter((n) => n.r >= 3);
    if (carriers.length > 0) {
      ctx.strokeStyle = STYLE.ink;
      for (const kind of ['text', 'coded'] as const) {
        ctx.beginPath();
        for (const n of carriers)
          for (const a of n.arcs) {
            if (a.kind !== kind) continue;
            ctx.moveTo(n.x + a.radius * Math.cos(a.a0), n.y + a.radius * Math.sin(a.a0));
            ctx.arc(n.x, n.y, a.radius, a.a0, a.a1);
          }
        ctx.setLineDash(kind === 'coded' ? [2, 1.6] : []);
        ctx.lineWidth = kind === 'text' ? 2.2 : 1.4;
        ctx.stroke();
      }
      ctx.setLineDash([]);
    }
  }
  ctx.globalAlpha = 1;

  const ring = (
    id: string | null,
    extra: number,
    color: string,
    width: number,
    dash: number[] = [],
  ) => {
    const n = id === null ? undefined : scene.nodeById.get(id);
    if (!n || !nodeIn(n.id)) return;
    ctx.beginPath();
    ctx.arc(n.x, n.y, n.r + extra, 0, 2 * Math.PI);
    ctx.setLineDash(dash);
    ctx.strokeStyle = color;
    ctx.lineWidth = width;
    ctx.stroke();
    ctx.setLineDash([]);
  };
  ring(d.selected, 5, STYLE.ink, 2.5);
  for (const id of d.matches) ring(id, 8, STYLE.match, 2, [4, 2]);
  if (d.focused !== null) {
    const n = scene.nodeById.get(d.focused);
    if (n) {
      ring(d.focused, n.hitR - n.r + 4, '#ffffff', 5);
      ring(d.focused, n.hitR - n.r + 4, STYLE.focus, 3);
    }
  }

  // Theme names, then node labels with a white halo.
  ctx.textAlign = 'center';
  ctx.textBaseline = 'alphabetic';
  ctx.lineJoin = 'round';
  ctx.font = `700 ${d.fontSize}px ${STYLE.font}`;
  for (const tl of part === 'moving' ? [] : d.themeLabels) {
    ctx.strokeStyle = '#ffffff';
    ctx.lineWidth = 3;
    tl.lines.forEach((line, i) => {
      ctx.strokeText(line, tl.x, tl.ys[i]!);
      ctx.fillStyle = tl.color;
      ctx.fillText(line, tl.x, tl.ys[i]!);
    });
  }
  for (const l of d.labels) {
    const n = scene.nodeById.get(l.id);
    if (!n || !nodeIn(l.id)) continue;
    ctx.font = `${l.id === d.selected ? 700 : 400} ${d.fontSize}px ${STYLE.font}`;
    ctx.textAlign = l.anchor === 'middle' ? 'center' : l.anchor === 'end' ? 'right' : 'left';
    ctx.globalAlpha = nodeOpacity(d, l.id) === 1 ? 1 : STYLE.faded * 2;
    l.lines.forEach((line, i) => {
      ctx.strokeStyle = '#ffffff';
      ctx.lineWidth = 3;
      ctx.strokeText(line, n.x + l.dx, n.y + l.lineDy[i]!);
      ctx.fillStyle = STYLE.ink;
      ctx.fillText(line, n.x + l.dx, n.y + l.lineDy[i]!);
    });
  }
  ctx.globalAlpha = 1;
  if (d.note && part !== 'moving') {
    ctx.font = `400 ${d.fontSize}px ${STYLE.font}`;
    ctx.textAlign = 'left';
    ctx.strokeStyle = '#ffffff';
    ctx.lineWidth = 4;
    ctx.strokeText(d.note, 8, scene.height - 10);
    ctx.fillStyle = STYLE.ink;
    ctx.fillText(d.note, 8, scene.height - 10);
  }
}
