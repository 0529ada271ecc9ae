// The one estimate of a text's width without a browser: Helvetica's advance widths (per 1000 units
// of the font size, from its AFM metrics), CJK and full-width characters one em, for layout in Node,
// in tests and in exports. In the browser the graph passes a measure that asks the canvas for the
// real width instead, and falls back to this one where there is no canvas.

export type MeasureText = (text: string) => number;

// Advance widths of printable ASCII from space (32) to tilde (126).
const WIDTHS = [
  278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556,
  556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556, 1015, 667, 667, 722, 722, 667,
  611, 778, 722, 278, 500, 667, 556, 833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667,
  667, 611, 278, 278, 278, 469, 556, 333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500,
  222, 833, 556, 556, 556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584,
];

/** CJK ideographs, kana, Hangul and full-width forms: set one em wide. */
function isWide(code: number): boolean {
  return (
    (code >= 0x2e80 && code <= 0x9fff) ||
    (code >= 0xac00 && code <= 0xd7af) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xff00 && code <= 0xff60)
  );
}

/** Estimated width in pixels of `text` set at `fontSize` pixels (bold: about 7 % wider). */
export function approxTextWidth(text: string, fontSize: number, bold = false): number {
  let units = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    units += code >= 32 && code <= 126 ? WIDTHS[code - 32]! : isWide(code) ? 1000 : 556;
  }
  return (units / 1000) * fontSize * (bold ? 1.07 : 1);
}

export function approxMeasure(fontSize: number, bold = false): MeasureText {
  return (text) => approxTextWidth(text, fontSize, bold);
}
