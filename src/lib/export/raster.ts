// Sizes for drawing an SVG on a canvas, kept within what browsers can draw, and reading a PNG's
// size from its header. Pure.

export interface CanvasLimits {
  /** Longest side, in pixels. */
  maxSide: number;
  /** Pixels in all. */
  maxArea: number;
}

/**
 * Chromium and Firefox draw canvases up to 32,767 pixels a side and about 268 million pixels
 * (16,384²) in all; Safari up to 16,777,216 pixels (4,096²) on phones, which we read as at most 8,192 a side. We stay within the first and
 * fall back to the second when the browser cannot draw the larger canvas (see src/export/png.ts).
 */
export const DESKTOP_CANVAS: CanvasLimits = { maxSide: 16_384, maxArea: 16_384 * 16_384 };
export const SMALL_CANVAS: CanvasLimits = { maxSide: 8_192, maxArea: 4_096 * 4_096 };

export interface RasterSize {
  width: number;
  height: number;
  /** The scale drawn: the one asked for, or less when the canvas would be too large. */
  scale: number;
  clamped: boolean;
}

/** The canvas for an image of width × height CSS pixels at `scale`, clamped to the limits. */
export function rasterSize(
  width: number,
  height: number,
  scale: number,
  limits: CanvasLimits = DESKTOP_CANVAS,
): RasterSize {
  if (!(width > 0 && height > 0 && scale > 0)) throw new Error('an image needs a positive size');
  const fit = Math.min(
    scale,
    limits.maxSide / width,
    limits.maxSide / height,
    Math.sqrt(limits.maxArea / (width * height)),
  );
  if (fit >= scale)
    return {
      width: Math.round(width * scale),
      height: Math.round(height * scale),
      scale,
      clamped: false,
    };
  // Round the scale down to hundredths, then the pixels down, so no side or area goes over.
  const s = Math.floor(fit * 100) / 100;
  return { width: Math.floor(width * s), height: Math.floor(height * s), scale: s, clamped: true };
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** Width and height from a PNG's IHDR chunk, or null when the bytes are not a PNG. */
export function pngSize(bytes: Uint8Array): { width: number; height: number } | null {
  if (bytes.length < 24) return null;
  if (PNG_SIGNATURE.some((b, i) => bytes[i] !== b)) return null;
  const type = String.fromCharCode(bytes[12]!, bytes[13]!, bytes[14]!, bytes[15]!);
  if (type !== 'IHDR') return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}
