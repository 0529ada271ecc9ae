// The benchmark's figures: each one a measured value with its target and whether it holds, or an
// honest "not measured" with the reason. Pure: no I/O, so the table and the verdicts are tested.

export type Comparison = 'at most' | 'at least';

export interface Target {
  comparison: Comparison;
  value: number;
}

export interface MeasuredFigure {
  id: string;
  label: string;
  unit: string;
  value: number;
  /** Every run behind the value (the value is their median), when there were several. */
  runs?: number[];
  /** No target: reported for information (what loads, how long a step took). */
  target: Target | null;
  holds: boolean | null;
  note?: string;
}

export interface UnmeasuredFigure {
  id: string;
  label: string;
  unit: string;
  target: Target | null;
  notMeasured: string;
}

export type Figure = MeasuredFigure | UnmeasuredFigure;

export const isMeasured = (f: Figure): f is MeasuredFigure => !('notMeasured' in f);

export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error('median of no values');
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export const atMost = (value: number): Target => ({ comparison: 'at most', value });
export const atLeast = (value: number): Target => ({ comparison: 'at least', value });

export function holds(value: number, target: Target | null): boolean | null {
  if (target === null) return null;
  return target.comparison === 'at most' ? value <= target.value : value >= target.value;
}

interface FigureSpec {
  id: string;
  label: string;
  unit: string;
  target?: Target | null;
}

/** A figure from one value, or from several runs (reported as their median, runs kept). */
export function measured(
  spec: FigureSpec,
  value: number | readonly number[],
  note?: string,
): MeasuredFigure {
  const runs = typeof value === 'number' ? undefined : [...value];
  const v = runs ? median(runs) : (value as number);
  const target = spec.target ?? null;
  return {
    id: spec.id,
    label: spec.label,
    unit: spec.unit,
    value: v,
    ...(runs ? { runs } : {}),
    target,
    holds: holds(v, target),
    ...(note ? { note } : {}),
  };
}

export function notMeasured(spec: FigureSpec, why: string): UnmeasuredFigure {
  return {
    id: spec.id,
    label: spec.label,
    unit: spec.unit,
    target: spec.target ?? null,
    notMeasured: why,
  };
}

function formatNumber(value: number, unit: string): string {
  const digits =
    unit === 'KB' || unit === 'MB/s' || unit === 's' ? 1 : Math.abs(value) < 10 ? 1 : 0;
  return `${value.toFixed(digits)} ${unit}`.trim();
}

export function formatTarget(target: Target | null, unit: string): string {
  if (target === null) return '';
  return `${target.comparison === 'at most' ? '≤' : '≥'} ${formatNumber(target.value, unit)}`;
}

function verdict(f: Figure): string {
  if (!isMeasured(f)) return 'not measured';
  if (f.holds === null) return 'info';
  return f.holds ? 'holds' : 'MISSES';
}

/** A plain-text table, one figure a line; unmeasured figures say why under the table. */
export function formatTable(figures: readonly Figure[]): string {
  const rows = figures.map((f) => [
    f.label,
    isMeasured(f) ? formatNumber(f.value, f.unit) : '—',
    formatTarget(f.target, f.unit),
    verdict(f),
  ]);
  const header = ['figure', 'value', 'target', 'verdict'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]): string =>
    cells
      .map((c, i) => (i === 1 ? c.padStart(widths[i]!) : c.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd();
  const out = [line(header), widths.map((w) => '-'.repeat(w)).join('  ')];
  out.push(...rows.map(line));
  const notes = figures.flatMap((f) =>
    !isMeasured(f)
      ? [`- ${f.label}: not measured: ${f.notMeasured}`]
      : f.note
        ? [`- ${f.label}: ${f.note}`]
        : [],
  );
  if (notes.length > 0) out.push('', ...notes);
  return out.join('\n');
}

export function summarise(figures: readonly Figure[]): {
  holding: number;
  missing: number;
  unmeasured: number;
  info: number;
} {
  let holding = 0;
  let missing = 0;
  let unmeasured = 0;
  let info = 0;
  for (const f of figures) {
    if (!isMeasured(f)) unmeasured++;
    else if (f.holds === null) info++;
    else if (f.holds) holding++;
    else missing++;
  }
  return { holding, missing, unmeasured, info };
}
