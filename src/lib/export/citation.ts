// Citations for a chart or a sentence, in three styles: APA (7th edition), Chicago (notes and
// bibliography, bibliography entry) and GB/T 7714-2015. Pure: the caller passes the permalink and
// the access date, so the same input always gives the same citation.
//
// A sentence is cited as its source document (title, date, paragraph, the published text's URL),
// then as found in the explorer (its permalink to the sentence, the access date). A chart is cited
// as a page of the explorer (its title as on screen, the codebook version, permalink, access date).
// The source documents name no author, so every style starts with the title, as each style asks
// for works without an author. Italic parts are marked so that a page can show them; `text` is
// the same citation as plain text for the clipboard.

import type { MessageKey } from '../i18n/catalogue.ts';
import type { Translator } from '../i18n/translator.ts';
import { MONTH_NAMES } from '../text/dates.ts';

// The day a citation is accessed on; with the dates, so that the share tools' buttons need not
// load the citations.
export { isoDay } from '../text/dates.ts';

export type CitationStyle = 'apa' | 'chicago' | 'gbt';

export const CITATION_STYLES = [
  { id: 'apa', label: 'share.style.apa' },
  { id: 'chicago', label: 'share.style.chicago' },
  { id: 'gbt', label: 'share.style.gbt' },
] as const satisfies readonly { id: CitationStyle; label: MessageKey }[];
export interface SentenceCitation {
  kind: 'sentence';
  /** The source document's title. */
  title: string;
  /** Its title in the original language, when `title` is our translation of it. */
  originalTitle?: string;
  /** The document's date, ISO YYYY-MM-DD. */
  date: string;
  /** The paragraph's number in the document (p5 → 5). */
  paragraph: number;
  /** URL of the published text ('' for a reader's own document). */
  source: string;
  /** The explorer's link to this sentence. */
  permalink: string;
  /** When the reader looked, ISO YYYY-MM-DD. */
  accessed: string;
}

export interface ChartCitation {
  kind: 'chart';
  /** The chart's title as on screen. */
  title: string;
  codebookVersion: string;
  permalink: string;
  accessed: string;
}

/** A whole source document, as found in the explorer's reader. */
export interface DocumentCitation {
  kind: 'document';
  title: string;
  originalTitle?: string;
  date: string;
  source: string;
  permalink: string;
  accessed: string;
}

export type CitationTarget = SentenceCitation | DocumentCitation | ChartCitation;

export interface CitationPart {
  text: string;
  italic?: boolean;
}

export interface Citation {
  style: CitationStyle;
  parts: CitationPart[];
  text: string;
}

interface DateParts {
  y: number;
  m: number;
  d: number;
}

function dateParts(iso: string): DateParts {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) throw new Error(`not an ISO date: ${iso}`);
  return { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) };
}

/** "November 21, 2024"; in Chinese "2024年11月21日". */
function longDate(iso: string, tr: Translator): string {
  const { y, m, d } = dateParts(iso);
  return tr.lang === 'zh' ? tr.date(iso) : `${MONTH_NAMES[m - 1]} ${d}, ${y}`;
}

/** "2024, November 21" (APA); in Chinese "2024年11月21日". */
function apaDate(iso: string, tr: Translator): string {
  const { y, m, d } = dateParts(iso);
  return tr.lang === 'zh' ? tr.date(iso) : `${y}, ${MONTH_NAMES[m - 1]} ${d}`;
}

/** Ends a part with a period unless it already ends with terminal punctuation. */
function period(s: string): string {
  return /[.?!。？！]$/.test(s) ? s : `${s}.`;
}

const plain = (text: string): CitationPart => ({ text });
const italic = (text: string): CitationPart => ({ text, italic: true });

/**
 * A translated title cites the original first, then the translation in brackets, as APA, Chicago
 * and GB/T 7714 all ask: "2024年…主席声明 [Chair's Statement of …; our translation]".
 */
function citedTitle(target: SentenceCitation | DocumentCitation, tr: Translator): string {
  return target.originalTitle
    ? tr.t('share.cite.translatedTitle', {
        original: target.originalTitle,
        title: target.title,
        name: tr.t('shell.appName'),
      })
    : target.title;
}

function parts(target: CitationTarget, style: CitationStyle, tr: Translator): CitationPart[] {
  const name = tr.t('shell.appName');
  if (target.kind === 'sentence' || target.kind === 'document') {
    const { date, source, permalink: url, accessed } = target;
    const title = citedTitle(target, tr);
    const paragraph = target.kind === 'sentence' ? target.paragraph : null;
    const n = String(paragraph);
    switch (style) {
      case 'apa':
        return [
          italic(title),
          plain(
            `${paragraph === null ? '' : tr.t('share.cite.apaParagraph', { n })}. (${apaDate(date, tr)}).${source ? ` ${source}.` : ''}`,
          ),
          plain(tr.t('share.cite.apaRetrieved', { date: longDate(accessed, tr), name, url })),
        ];
      case 'chicago':
        return [
          plain(
            `${paragraph === null ? tr.t('share.cite.chicagoTitle', { title: tr.lang === 'zh' ? title : period(title) }) : tr.t('share.cite.chicagoParagraph', { title, n })}${tr.t('share.cite.chicagoDate', { date: longDate(date, tr) })}${source ? ` ${source}.` : ''}`,
          ),
          plain(tr.t('share.cite.chicagoAccessed', { date: longDate(accessed, tr) })),
          italic(name),
          plain(tr.t('share.cite.chicagoLink', { url })),
        ];
      case 'gbt':
        return [
          plain(
            `${title}[EB/OL]. (${date})[${accessed}].${source ? ` ${source}.` : ''} ${paragraph === null ? tr.t('share.cite.gbtVia', { name, url }) : tr.t('share.cite.gbtParagraphVia', { n, name, url })}`,
          ),
        ];
    }
  }
  const { title, codebookVersion: version, permalink: url, accessed } = target;
  const date = longDate(accessed, tr);
  switch (style) {
    case 'apa':
      return [
        plain(`${name}. (${dateParts(accessed).y}). `),
        italic(title),
        plain(tr.t('share.cite.apaChart', { version, date, url })),
      ];
    case 'chicago':
      return [
        plain(
          tr.t('share.cite.chicagoChart', {
            name,
            title: tr.lang === 'zh' ? title : period(title),
            version,
            date,
            url,
          }),
        ),
      ];
    case 'gbt':
      return [
        plain(
          tr.t('share.cite.gbtChart', { name, title, version, type: '[DB/OL]', accessed, url }),
        ),
      ];
  }
}

/** The citation of `target` in `style`, its fixed words in the translator's language. */
export function formatCitation(
  target: CitationTarget,
  style: CitationStyle,
  tr: Translator,
): Citation {
  const merged: CitationPart[] = [];
  for (const p of parts(target, style, tr)) {
    const last = merged[merged.length - 1];
    if (last && Boolean(last.italic) === Boolean(p.italic)) last.text += p.text;
    else merged.push({ ...p });
  }
  return { style, parts: merged, text: merged.map((p) => p.text).join('') };
}

/** "p12" → 12. */
export function paragraphNumber(paragraphId: string): number {
  const n = Number(paragraphId.replace(/^p/, ''));
  return Number.isInteger(n) && n > 0 ? n : 0;
}

/** What a sentence's citation needs, from the sentence as the corpus index holds it. */
export function sentenceCitation(
  s: {
    doc: { title: string; originalTitle?: string; date: string; source: string };
    sentence: { paragraph: string };
  },
  permalink: string,
  accessed: string,
): SentenceCitation {
  return {
    kind: 'sentence',
    title: s.doc.title,
    ...(s.doc.originalTitle ? { originalTitle: s.doc.originalTitle } : {}),
    date: s.doc.date,
    paragraph: paragraphNumber(s.sentence.paragraph),
    source: s.doc.source,
    permalink,
    accessed,
  };
}

/** What a document's citation needs, from the document as the corpus holds it. */
export function documentCitation(
  doc: { title: string; originalTitle?: string; date: string; source: string },
  permalink: string,
  accessed: string,
): DocumentCitation {
  return {
    kind: 'document',
    title: doc.title,
    ...(doc.originalTitle ? { originalTitle: doc.originalTitle } : {}),
    date: doc.date,
    source: doc.source,
    permalink,
    accessed,
  };
}
