// A standalone SVG drawn on a canvas as PNG, at a scale, within the browser's canvas limits.

import type { Translator } from '$lib/i18n/translator.ts';
import { DESKTOP_CANVAS, rasterSize, SMALL_CANVAS, type RasterSize } from '$lib/export/raster.ts';

/** Sizes already tried: the answer does not change while the page lives, and trying costs a canvas. */
const tried = new Map<string, boolean>();

/** Can this browser draw (and read back) a canvas this large? Browsers fail quietly past their limit. */
function canvasWorks(width: number, height: number): boolean {
  const key = `${width}x${height}`;
  let works = tried.get(key);
  if (works === undefined) tried.set(key, (works = tryCanvas(width, height)));
  return works;
}

function tryCanvas(width: number, height: number): boolean {
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const ctx = canvas.getContext('2d');
  if (!ctx) return false;
  try {
    ctx.fillRect(width - 1, height - 1, 1, 1);
    const ok = ctx.getImageData(width - 1, height - 1, 1, 1).data[3] !== 0;
    canvas.width = canvas.height = 0;
    return ok;
  } catch {
    return false;
  }
}

/** The size to draw: the scale asked for, clamped to what this browser can draw. */
export function pngSizeFor(width: number, height: number, scale: number): RasterSize {
  const size = rasterSize(width, height, scale, DESKTOP_CANVAS);
  return canvasWorks(size.width, size.height)
    ? size
    : rasterSize(width, height, scale, SMALL_CANVAS);
}

/** Sets the root <svg>'s width and height (its viewBox stays), so the image is drawn at that size. */
export function resizeSvg(svg: string, width: number, height: number): string {
  return svg.replace(/<svg\b[^>]*>/, (tag) =>
    tag
      .replace(/\swidth="[^"]*"/, ` width="${width}"`)
      .replace(/\sheight="[^"]*"/, ` height="${height}"`),
  );
}

export async function svgToPng(
  svg: string,
  width: number,
  height: number,
  scale: number,
  tr: Translator,
): Promise<{ blob: Blob; size: RasterSize }> {
  await document.fonts.ready;
  const size = pngSizeFor(width, height, scale);
  const url = URL.createObjectURL(
    new Blob([resizeSvg(svg, size.width, size.height)], { type: 'image/svg+xml' }),
  );
  try {
    // The chart as an image, at the size set above; drawImage rasterises it from the vector.
    const img = await new Promise<HTMLImageElement>((done, fail) => {
      const i = new Image();
      i.onload = () => done(i);
      i.onerror = () => fail(new Error(tr.t('share.error.notImage')));
      i.src = url;
    });
    return { blob: encodePng(img, size, tr), size };
  } finally {
    URL.revokeObjectURL(url);
  }
}

function encodePng(img: HTMLImageElement, size: RasterSize, tr: Translator): Blob {
  const canvas = document.createElement('canvas');
  canvas.width = size.width;
  canvas.height = size.height;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error(tr.t('share.error.noCanvas'));
  ctx.drawImage(img, 0, 0, size.width, size.height);
  // toBlob (and OffscreenCanvas.convertToBlob) encode in an idle period, which a page that is
  // drawing (the graph's simulation, a transition) may not give for up to a second; toDataURL
  // encodes now, which is faster here.
  const blob = dataUrlToBlob(canvas.toDataURL('image/png'), tr);
  canvas.width = canvas.height = 0;
  return blob;
}

function dataUrlToBlob(dataUrl: string, tr: Translator): Blob {
  const comma = dataUrl.indexOf(',');
  if (!dataUrl.startsWith('data:image/png;base64,') || comma < 0) {
    throw new Error(tr.t('share.error.noPng'));
  }
  return new Blob([base64Bytes(dataUrl.slice(comma + 1))], { type: 'image/png' });
}

/** Uint8Array.fromBase64 (Chromium 140+, Firefox 133+, Safari 18.2+) decodes natively. */
const withBase64 = Uint8Array as { fromBase64?: (text: string) => Uint8Array<ArrayBuffer> };

function base64Bytes(text: string): Uint8Array<ArrayBuffer> {
  if (withBase64.fromBase64) return withBase64.fromBase64(text);
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
