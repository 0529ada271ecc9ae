// What a chart rests on, for its source line, its README and its citation: the source texts of
// the years shown, and for years without a text, the forum records whose concepts were coded.

import type { CorpusIndex } from '../model/corpus-index.ts';
import { yearBasis } from '../model/corpus-index.ts';
import { defaultComparedYears } from '../model/forum-years.ts';
import type { UrlState } from '../state/url-state.ts';
import { forumDay } from '../model/forum-timeline.ts';
import type { Translator } from '../i18n/translator.ts';
import { MONTH_NAMES } from '../text/dates.ts';
import type { DataSource } from './data-export.ts';

// Where the share tools have always found it; it lives with the script runs it rests on.
export { languageRuns, type TextRun } from '../text/script-runs.ts';

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

/** The sources of the given years (all years when null), in year order, described in `tr`'s language. */
export function chartSources(
  index: CorpusIndex,
  years: number | readonly number[] | null,
  tr: Translator,
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
          title: d.originalTitle
            ? tr.t('share.source.translatedTitle', { title: d.title, original: d.originalTitle })
            : d.title,
          date: d.date,
          url: d.source,
          basis: tr.t(d.complete ? 'share.basis.fullText' : 'share.basis.excerpt'),
        });
    } else if (basis.kind === 'record' && basis.forum.record) {
      out.push({
        // A Chinese page names the outcome by its original (Chinese) title where it has one.
        title:
          tr.lang === 'zh' && basis.forum.outcome.originalTitle
            ? basis.forum.outcome.originalTitle
            : basis.forum.outcome.title,
        date: forumDay(basis.forum),
        url: basis.forum.record.source,
        basis: tr.t('share.basis.record'),
      });
    }
  }
  return out;
}

/** A short date for a source line: "21 Nov 2024", "2024年11月21日". */
function shortDate(iso: string, tr: Translator): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  if (tr.lang === 'zh') return tr.date(iso);
  return `${Number(m[3])} ${MONTH_NAMES[Number(m[2]) - 1]!.slice(0, 3)} ${m[1]}`;
}

/**
 * One line naming what the chart rests on, for under the chart:
 * "Source: Chair's Statement … (21 Nov 2024, full text); … · GDI Digital Cooperation Explorer, codebook 1.0.0".
 */
export function sourceLine(
  sources: readonly DataSource[],
  codebookVersion: string,
  tr: Translator,
): string {
  const list = sources
    .map((s) =>
      tr.t('share.source.item', { title: s.title, date: shortDate(s.date, tr), basis: s.basis }),
    )
    .join(tr.t('share.source.separator'));
  return tr.t('share.source.line', {
    list: list || tr.t('share.source.none'),
    name: tr.t('shell.appName'),
    version: codebookVersion,
  });
}
