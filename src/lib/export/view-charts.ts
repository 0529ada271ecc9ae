// The bar charts of the views as data for a native PowerPoint chart (native-chart.ts): the
// comparison's theme shares (two years, each row its theme's colour) and the timeline's theme
// profiles (one stacked bar per forum year, each theme its colour). A year that rests on its record
// is hatched and named so, as on screen.

import type { ThemeProfile } from '../model/theme-profile.ts';
import type { YearComparison } from '../model/year-comparison.ts';
import type { BarChartSpec } from './native-chart.ts';

/** "2023 (coded from its record: 14 concepts)", "2024 (full text: 101 mentions)". */
export function seriesName(p: ThemeProfile): string {
  if (p.basis === 'record') return `${p.year} (coded from its record: ${p.total} concepts)`;
  if (p.basis === 'text') return `${p.year} (text: ${p.total} mentions)`;
  return `${p.year} (nothing to count)`;
}

/** The comparison's paired bars: themes as rows, one series per year, in the comparison's unit. */
export function compareBarSpec(
  comparison: YearComparison,
  colors: ReadonlyMap<string, string>,
): BarChartSpec {
  return {
    categories: comparison.themes.map((t) => t.a.theme.label),
    series: [comparison.a, comparison.b].map((p, side) => ({
      // In the concepts unit a text year is counted by its distinct concepts too, as on screen.
      name:
        comparison.unit === 'concepts' && p.basis === 'text'
          ? `${p.year} (text: ${comparison.conceptTotals[side === 0 ? 'a' : 'b']} distinct concepts)`
          : seriesName(p),
      // The values the bars on screen show, in the comparison's one unit for both sides.
      values: comparison.themes.map((t) => (side === 0 ? t.value.a : t.value.b)),
      coded: p.basis === 'record',
    })),
    colorBy: 'category',
    colors: comparison.themes.map((t) => colors.get(t.themeId) ?? '#999999'),
    grouping: 'clustered',
    format: comparison.unit === 'per1000' ? 'number' : 'percent',
  };
}

/**
 * The timeline's theme profiles: one stacked bar per forum year (its shares add up to the whole),
 * one series per theme shown, record years hatched.
 */
export function timelineBarSpec(
  profiles: readonly ThemeProfile[],
  themes: readonly string[] | null,
  colors: ReadonlyMap<string, string>,
): BarChartSpec | null {
  if (profiles.length === 0) return null;
  const shown = profiles[0]!.rows.filter((r) => !themes || themes.includes(r.theme.id));
  return {
    categories: profiles.map((p) => (p.basis === 'record' ? `${p.year} (coded)` : `${p.year}`)),
    series: shown.map((row) => ({
      name: row.theme.label,
      values: profiles.map((p) => p.rows.find((r) => r.theme.id === row.theme.id)?.share ?? 0),
      coded: false,
    })),
    colorBy: 'series',
    colors: shown.map((r) => colors.get(r.theme.id) ?? r.theme.color),
    grouping: 'stacked',
    format: 'percent',
    codedCategories: profiles.map((p) => p.basis === 'record'),
  };
}
