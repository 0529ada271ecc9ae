// LibreOffice Impress for rendering a .pptx as a reader's office program would: converts it to PDF
// (soffice --headless) and the PDF's first page to a PPM image (poppler's pdftoppm), read back as
// pixels. Debian's libreoffice-impress and poppler-utils; .ci/run installs them when missing.

import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export function findSoffice(): string {
  for (const p of ['/usr/bin/soffice', '/usr/bin/libreoffice']) if (existsSync(p)) return p;
  throw new Error(
    'LibreOffice is needed to render the PowerPoint export: apt-get install -y libreoffice-impress poppler-utils',
  );
}

export interface Pixels {
  width: number;
  height: number;
  /** RGB, row by row. */
  data: Uint8Array;
}

/** Parses a binary PPM (P6, maxval 255). */
export function readPpm(bytes: Uint8Array): Pixels {
  let at = 0;
  const token = (): string => {
    while (/\s/.test(String.fromCharCode(bytes[at]!))) at++;
    let s = '';
    while (!/\s/.test(String.fromCharCode(bytes[at]!))) s += String.fromCharCode(bytes[at++]!);
    return s;
  };
  if (token() !== 'P6') throw new Error('not a binary PPM');
  const width = Number(token());
  const height = Number(token());
  if (token() !== '255') throw new Error('PPM maxval is not 255');
  at++;
  return { width, height, data: bytes.slice(at, at + width * height * 3) };
}

/** Renders the first slide of a .pptx to pixels, at `dpi`; also leaves the PNG in `dir` to look at. */
export function renderFirstSlide(pptx: Uint8Array, dpi = 60): { pixels: Pixels; dir: string } {
  const soffice = findSoffice();
  const dir = mkdtempSync(join(tmpdir(), 'gdi-pptx-'));
  writeFileSync(join(dir, 'deck.pptx'), pptx);
  // A profile of its own: a LibreOffice already running (or a stale lock) does not block it.
  execFileSync(
    soffice,
    [
      `-env:UserInstallation=file://${join(dir, 'profile')}`,
      '--headless',
      '--convert-to',
      'pdf',
      '--outdir',
      dir,
      join(dir, 'deck.pptx'),
    ],
    { stdio: 'pipe', timeout: 120_000 },
  );
  execFileSync(
    'pdftoppm',
    ['-r', String(dpi), '-f', '1', '-l', '1', join(dir, 'deck.pdf'), join(dir, 'slide')],
    {
      stdio: 'pipe',
    },
  );
  execFileSync(
    'pdftoppm',
    ['-png', '-r', '96', '-f', '1', '-l', '1', join(dir, 'deck.pdf'), join(dir, 'slide')],
    {
      stdio: 'pipe',
    },
  );
  const ppm = readdirSync(dir).find((f) => f.endsWith('.ppm'));
  if (!ppm) throw new Error(`pdftoppm wrote no image in ${dir}`);
  return { pixels: readPpm(new Uint8Array(readFileSync(join(dir, ppm)))), dir };
}

/** How many pixels are within `tolerance` (per channel) of the colour `#rrggbb`. */
export function countColor(p: Pixels, hex: string, tolerance = 24): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as [
    number,
    number,
    number,
  ];
  let n = 0;
  for (let i = 0; i < p.data.length; i += 3)
    if (
      Math.abs(p.data[i]! - r) <= tolerance &&
      Math.abs(p.data[i + 1]! - g) <= tolerance &&
      Math.abs(p.data[i + 2]! - b) <= tolerance
    )
      n++;
  return n;
}
