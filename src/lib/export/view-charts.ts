// The bar charts of the views as data for a native PowerPoint chart (native-chart.ts): the
// comparison's theme shares (two years, each row its theme's colour) and the timeline's theme
// profiles (one stacked bar per forum year, each theme its colour). A year that rests on its record
// is hatched and named so, as on screen.

import { labelIn } from '../i18n/labels.ts';
import type { Translator } from '../i18n/translator.ts';
import type { ThemeProfile } from '../model/theme-profile.ts';
import type { YearComparison } from '../model/year-comparison.ts';
import type { BarChartSpec } from './native-chart.ts';

/** "2023 (coded from its record: 14 concepts)", "2024 (text: 101 mentions)"; 2024年（文本：101次提及）. */
export function seriesName(p: ThemeProfile, tr: Translator): string {
  const year = String(p.year);
  if (p.basis === 'record') return tr.t('share.series.record', { year, total: p.total });
  if (p.basis === 'text') return tr.t('share.series.text', { year, total: p.total });
  return tr.t('share.series.none', { year });
}

/** The comparison's paired bars: themes as rows, one series per year, in the comparison's unit. */
export function compareBarSpec(
  comparison: YearComparison,
  colors: ReadonlyMap<string, string>,
  tr: Translator,
): BarChartSpec {
  return {
    categories: comparison.themes.map((t) => labelIn(t.a.theme, tr.lang)),
    series: [comparison.a, comparison.b].map((p, side) => ({
      // In the concepts unit a text year is counted by its distinct concepts too, as on screen.
      name:
        comparison.unit === 'concepts' && p.basis === 'text'
          ? tr.t('share.series.textConcepts', {
              year: String(p.year),
              total: comparison.conceptTotals[side === 0 ? 'a' : 'b'],
            })
          : seriesName(p, tr),
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
  tr: Translator,
): BarChartSpec | null {
  if (profiles.length === 0) return null;
  const shown = profiles[0]!.rows.filter((r) => !themes || themes.includes(r.theme.id));
  return {
    categories: profiles.map((p) =>
      tr.t(p.basis === 'record' ? 'share.series.coded' : 'share.series.year', {
        year: String(p.year),
      }),
    ),
    series: shown.map((row) => ({
      name: labelIn(row.theme, tr.lang),
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
