// Colour contrast (WCAG 2): theme colours are chosen to be told apart by colour-blind readers, not
// to be read as text on white; text in a theme's colour is darkened until it reaches 4.5:1.

function channels(hex: string): [number, number, number] {
  const h = hex.replace('#', '');
  const full = h.length === 3 ? [...h].map((c) => c + c).join('') : h;
  const n = Number.parseInt(full, 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

function luminance([r, g, b]: [number, number, number]): number {
  const lin = (c: number): number => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

export function contrastRatio(a: string, b: string): number {
  const la = luminance(channels(a));
  const lb = luminance(channels(b));
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

const hex = (c: [number, number, number]): string =>
  `#${c.map((v) => Math.round(v).toString(16).padStart(2, '0')).join('')}`;

/** The colour itself if it reads on the background at `ratio`, else it mixed with black until it does. */
export function readableColor(color: string, background = '#ffffff', ratio = 4.5): string {
  const base = channels(color);
  for (let k = 0; k <= 20; k++) {
    const c = hex(base.map((v) => v * (1 - k * 0.05)) as [number, number, number]);
    if (contrastRatio(c, background) >= ratio) return c;
  }
  return '#000000';
}
