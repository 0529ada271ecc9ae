// What a chart rests on, for its source line, its README and its citation: the source texts of
// the years shown, and for years without a text, the forum records whose concepts were coded.

import type { CorpusIndex } from '../model/corpus-index.ts';
import { yearBasis } from '../model/corpus-index.ts';
import { defaultComparedYears } from '../model/year-comparison.ts';
import type { UrlState } from '../state/url-state.ts';
import { forumDay } from '../model/forum-timeline.ts';
import { MONTH_NAMES } from '../text/dates.ts';
import { EXPLORER_NAME } from './citation.ts';
import type { DataSource } from './data-export.ts';

/**
 * The years a chart on screen rests on: the two compared years on Compare, the chosen year where
 * the view has one, otherwise all (null). A source line lists only these years' documents.
 */
export function chartYears(
  index: CorpusIndex,
  url: Pick<UrlState, 'route' | 'year' | 'a' | 'b'>,
): number[] | null {
  if (url.route === 'compare') {
    const d = defaultComparedYears(index);
    return [...new Set([url.a ?? d.a, url.b ?? d.b])];
  }
  return url.year === null ? null : [url.year];
}

/** The sources of the given years (all years when null), in year order. */
export function chartSources(
  index: CorpusIndex,
  years: number | readonly number[] | null = null,
): DataSource[] {
  const keep = years === null ? null : typeof years === 'number' ? [years] : years;
  const out: DataSource[] = [];
  for (const y of index.years) {
    if (keep !== null && !keep.includes(y)) continue;
    const basis = yearBasis(index, y);
    if (basis.kind === 'text') {
      for (const d of basis.documents)
        out.push({
          // A translated title carries its original, as the citations do.
          title: d.originalTitle ? `${d.title} (${d.originalTitle})` : d.title,
          date: d.date,
          url: d.source,
          basis: d.complete ? 'full text' : 'excerpt',
        });
    } else if (basis.kind === 'record' && basis.forum.record) {
      out.push({
        title: basis.forum.outcome.title,
        date: forumDay(basis.forum),
        url: basis.forum.record.source,
        basis: 'record: concepts coded by hand',
      });
    }
  }
  return out;
}

/** A short date for a source line: "21 Nov 2024". */
function shortDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  return `${Number(m[3])} ${MONTH_NAMES[Number(m[2]) - 1]!.slice(0, 3)} ${m[1]}`;
}

/**
 * One line naming what the chart rests on, for under the chart:
 * "Source: Chair's Statement … (21 Nov 2024, full text); … · GDI Digital Cooperation Explorer, codebook 1.0.0".
 */
export function sourceLine(sources: readonly DataSource[], codebookVersion: string): string {
  const list = sources.map((s) => `${s.title} (${shortDate(s.date)}, ${s.basis})`).join('; ');
  return `Source: ${list || 'no source texts'} · ${EXPLORER_NAME}, codebook ${codebookVersion}`;
}
