// What a chart rests on, for its source line, its README and its citation: the source texts of
// the years shown, and for years without a text, the forum records whose concepts were coded.

import { scriptRuns } from '../text/script-runs.ts';
import type { CorpusIndex } from '../model/corpus-index.ts';
import { yearBasis } from '../model/corpus-index.ts';
import { defaultComparedYears } from '../model/forum-years.ts';
import type { UrlState } from '../state/url-state.ts';
import { forumDay } from '../model/forum-timeline.ts';
import type { Translator } from '../i18n/translator.ts';
import { MONTH_NAMES } from '../text/dates.ts';
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

/** A stretch of a line, with its language when it is not the page's. */
export interface TextRun {
  text: string;
  lang?: 'en' | 'zh-CN';
}

/** A Latin stretch: from a letter to the last letter, digit or closing mark before other script. */
const LATIN_RUN = /[A-Za-z][A-Za-z0-9'’.,:;&()/\- ]*[A-Za-z0-9’)]|[A-Za-z]/g;

/**
 * A line with the titles it quotes in the other language marked, so that a page can say so
 * (`<span lang="en">`): in a Chinese line each Latin stretch (the titles of English documents and
 * records), in an English line each Chinese one (the 2024 statement's Chinese title).
 */
export function languageRuns(text: string, tr: Translator): TextRun[] {
  if (tr.lang !== 'zh')
    return scriptRuns(text).map((r) =>
      r.han ? { text: r.text, lang: 'zh-CN' } : { text: r.text },
    );
  const runs: TextRun[] = [];
  let at = 0;
  for (const m of text.matchAll(LATIN_RUN)) {
    if (m.index > at) runs.push({ text: text.slice(at, m.index) });
    runs.push({ text: m[0], lang: 'en' });
    at = m.index + m[0].length;
  }
  if (at < text.length) runs.push({ text: text.slice(at) });
  return runs;
}
