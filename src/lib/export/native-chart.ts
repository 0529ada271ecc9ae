// A bar chart as data, for programs that draw charts themselves: a PowerPoint slide gets a chart it
// can restyle (its data, colours and the year that rests on a record hatched, as on screen) instead
// of a picture. Pure: the spec is built by a view from what it draws; pptxgenjs turns it into a
// chart part, and colourChartPoints gives each bar its own colour, which pptxgenjs does not do for
// more than one series.

export interface BarSeries {
  /** Legend name, e.g. "2023 (coded from its record)". */
  name: string;
  /** One value per category, in the categories' order. */
  values: number[];
  /** A year known from its record: its bars are hatched, as on screen. */
  coded: boolean;
}

export interface BarChartSpec {
  /** Row labels (themes for the comparison, forum years for the timeline). */
  categories: string[];
  series: BarSeries[];
  /**
   * What gives a bar its colour: `category` (each theme's row its theme's colour: the comparison)
   * or `series` (each series its colour: the timeline's stacked themes).
   */
  colorBy: 'category' | 'series';
  /** Colours as #rrggbb, one per category or per series (see colorBy). */
  colors: string[];
  /** Bars side by side (`clustered`) or one stacked bar per category (`stacked`). */
  grouping: 'clustered' | 'stacked';
  /** `percent`: shares (0–1), shown as whole percentages; `number`: densities, one decimal. */
  format: 'percent' | 'number';
  /** For a stacked chart: which categories rest on a record (hatched across all their series). */
  codedCategories?: boolean[];
}

const hex = (color: string): string => color.replace(/^#/, '').toUpperCase();

/** The data as pptxgenjs takes it: one entry per series, the category labels on each. */
export function pptxChartData(
  spec: BarChartSpec,
): { name: string; labels: string[]; values: number[] }[] {
  return spec.series.map((s) => ({ name: s.name, labels: spec.categories, values: s.values }));
}

/** pptxgenjs options for the chart: horizontal bars, first category on top, values in the spec's format. */
export function pptxChartOptions(
  spec: BarChartSpec,
  box: { x: number; y: number; w: number; h: number },
  font: string,
): Record<string, unknown> {
  return {
    ...box,
    barDir: 'bar',
    barGrouping: spec.grouping === 'stacked' ? 'percentStacked' : 'clustered',
    barGapWidthPct: spec.grouping === 'stacked' ? 60 : 40,
    // Bars draw bottom-up by default: reversed, the first row is on top, as on screen.
    catAxisOrientation: 'maxMin',
    valAxisMinVal: 0,
    valAxisLabelFormatCode: spec.format === 'percent' ? '0%' : '0.0',
    valAxisLabelFontSize: 10,
    valAxisLabelFontFace: font,
    catAxisLabelFontSize: 11,
    catAxisLabelFontFace: font,
    valGridLine: { color: 'E0E0E0', size: 0.5 },
    showValue: spec.grouping === 'clustered',
    dataLabelFormatCode: spec.format === 'percent' ? '0%' : '0.0',
    dataLabelFontSize: 9,
    dataLabelFontFace: font,
    dataLabelPosition: spec.grouping === 'clustered' ? 'outEnd' : undefined,
    showLegend: true,
    legendPos: spec.grouping === 'stacked' ? 'r' : 't',
    legendFontSize: 10,
    legendFontFace: font,
    chartColors: spec.colorBy === 'series' ? spec.colors.map(hex) : ['555555'],
  };
}

/** A fill: solid, or hatched (a record year) in the same colour on white. */
function fill(color: string, hatched: boolean): string {
  return hatched
    ? `<a:pattFill prst="wdUpDiag"><a:fgClr><a:srgbClr val="${hex(color)}"/></a:fgClr><a:bgClr><a:srgbClr val="FFFFFF"/></a:bgClr></a:pattFill>`
    : `<a:solidFill><a:srgbClr val="${hex(color)}"/></a:solidFill>`;
}

function point(index: number, color: string, hatched: boolean): string {
  return `<c:dPt><c:idx val="${index}"/><c:invertIfNegative val="0"/><c:bubble3D val="0"/><c:spPr>${fill(color, hatched)}<a:ln w="6350"><a:solidFill><a:srgbClr val="${hex(color)}"/></a:solidFill></a:ln></c:spPr></c:dPt>`;
}

/**
 * The chart part with each bar's own fill: the category's colour (comparison) or the series'
 * (timeline), hatched where the year rests on a record. Written as `<c:dPt>` elements, in the place
 * the schema gives them in a series (after its fill, before its labels and data).
 */
export function colourChartPoints(xml: string, spec: BarChartSpec): string {
  let seriesIndex = 0;
  return xml.replace(/<c:ser>([\s\S]*?)<\/c:ser>/g, (whole, body: string) => {
    const s = spec.series[seriesIndex];
    const i = seriesIndex;
    seriesIndex += 1;
    if (!s) return whole;
    // pptxgenjs writes dPt only for one series; drop any it wrote, then write ours.
    const cleaned = body.replace(/<c:dPt>[\s\S]*?<\/c:dPt>/g, '');
    const points = s.values
      .map((_, k) => {
        const color = spec.colorBy === 'category' ? spec.colors[k] : spec.colors[i];
        const hatched =
          spec.colorBy === 'category' ? s.coded : (spec.codedCategories?.[k] ?? false);
        return color ? point(k, color, hatched) : '';
      })
      .join('');
    // The series' own fill is its legend key: grey, hatched for a record year, when bars take their
    // category's colour.
    const keyed =
      spec.colorBy === 'category'
        ? cleaned.replace(
            /(<c:spPr>\s*)<a:solidFill>[\s\S]*?<\/a:solidFill>/,
            (_m, open: string) => `${open}${fill('#555555', s.coded)}`,
          )
        : cleaned;
    const at = keyed.search(/<c:dLbls>|<c:cat>/);
    const withPoints = at < 0 ? keyed + points : keyed.slice(0, at) + points + keyed.slice(at);
    return `<c:ser>${withPoints}</c:ser>`;
  });
}

/** The values of each series as a chart part holds them (`<c:val>`'s numbers), for checking. */
export function chartPartValues(xml: string): number[][] {
  return [...xml.matchAll(/<c:ser>[\s\S]*?<\/c:ser>/g)].map((ser) => {
    const val = /<c:val>([\s\S]*?)<\/c:val>/.exec(ser[0])?.[1] ?? '';
    return [...val.matchAll(/<c:pt idx="\d+">\s*<c:v>([^<]*)<\/c:v>/g)].map((m) => Number(m[1]));
  });
}
