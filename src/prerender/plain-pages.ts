// Pages that need no script, written at build time: every shipped text with its paragraph and
// sentence ids (the ids the explorer's links use), and the data behind each chart. The <noscript>
// of index.html and the explorer's footer link to them. Text is escaped; the tables come already
// escaped from the views' own server rendering (src/prerender/render.ts).

import type { Corpus, CorpusDocument } from '../lib/corpus/types.ts';
import { escapeXml as esc } from '../lib/text/escape.ts';
import type { Route } from '../lib/state/url-state.ts';

export const PLAIN_DIR = 'plain';

/** Where a document's plain page is, relative to the site's root. */
export function plainTextPath(doc: { id: string }): string {
  return `${PLAIN_DIR}/${doc.id}.html`;
}
export const PLAIN_DATA = `${PLAIN_DIR}/data.html`;
export const PLAIN_INDEX = `${PLAIN_DIR}/index.html`;

const STYLE = `body{font:17px/1.6 Charter,Georgia,serif;color:#1b1b1b;max-width:44rem;margin:0 auto;padding:1rem}
header,footer,dl,.note{font-family:system-ui,sans-serif;font-size:.9rem;color:#555}
a{color:#0a58a8}h1{line-height:1.25}dt{font-weight:600}dd{margin:0 0 .4rem}
.sid{font:.7rem system-ui,sans-serif;color:#767676;vertical-align:super;text-decoration:none}
table{border-collapse:collapse;font:.85rem system-ui,sans-serif;margin:.5rem 0 1.5rem}
caption{text-align:left;font-weight:600;padding:.25rem 0}th,td{border:1px solid #d4d4d0;padding:.2rem .5rem;text-align:left}
td.num,th.num{text-align:right}`;

function page(title: string, lang: string, body: string): string {
  return `<!doctype html>
<html lang="${esc(lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)} · GDI Digital Cooperation Explorer</title>
<style>${STYLE}</style>
</head>
<body>
<header><a href="../index.html">GDI Digital Cooperation Explorer</a> · <a href="index.html">Plain pages (no script)</a></header>
<main>
${body}
</main>
</body>
</html>
`;
}

function textPage(doc: CorpusDocument): string {
  const paragraphs = doc.paragraphs.map((p) => {
    const sentences = doc.sentences
      .filter((s) => s.paragraph === p.id)
      .map(
        (s) =>
          `<span id="${esc(s.id)}">${esc(doc.text.slice(s.start, s.end))}</span> <a class="sid" href="#${esc(s.id)}">${esc(s.id)}</a>`,
      )
      .join(' ');
    const inner = sentences || esc(doc.text.slice(p.start, p.end));
    return p.kind === 'heading'
      ? `<h2 id="${esc(p.id)}">${inner}</h2>`
      : `<p id="${esc(p.id)}">${inner}</p>`;
  });
  const facts = [
    ['Date', doc.date],
    ['Forum year', String(doc.year)],
    ['Kind', doc.kind],
    ['Text', doc.complete ? 'complete' : 'an excerpt'],
  ]
    .map(([k, v]) => `<dt>${esc(k!)}</dt><dd>${esc(v!)}</dd>`)
    .join('');
  const source = doc.source
    ? `<dt>Published at</dt><dd><a href="${esc(doc.source)}">${esc(doc.source)}</a></dd>`
    : '';
  const explorer = `../index.html#/read?doc=${encodeURIComponent(doc.id)}`;
  return page(
    doc.title,
    doc.language,
    `<h1>${esc(doc.title)}</h1>
<dl>${facts}${source}</dl>
<p class="note">Each sentence is followed by its id (p5.s2: paragraph 5, sentence 2), the id the explorer's links use. <a href="${esc(explorer)}">Read it in the explorer</a>, with themes marked.</p>
${paragraphs.join('\n')}`,
  );
}

const VIEW_NAMES: Record<Exclude<Route, 'read'>, string> = {
  graph: 'Concept graph',
  timeline: 'Timeline',
  compare: 'Compare years',
  map: 'Map',
};

function dataPage(tables: Partial<Record<Route, string[]>>): string {
  const sections = (Object.keys(VIEW_NAMES) as (keyof typeof VIEW_NAMES)[])
    .filter((r) => (tables[r]?.length ?? 0) > 0)
    .map(
      (r) =>
        `<section><h2 id="${r}">${VIEW_NAMES[r]}</h2>\n<p class="note"><a href="../index.html#/${r}">The chart in the explorer</a></p>\n${tables[r]!.join('\n')}</section>`,
    );
  return page(
    "The charts' data",
    'en',
    `<h1>The charts' data</h1>
<p class="note">The data behind each chart of the explorer, in its default state, as tables.</p>
${sections.join('\n')}`,
  );
}

function indexPage(corpus: Corpus): string {
  const texts = corpus.documents
    .map(
      (d) =>
        `<li><a href="${esc(d.id)}.html">${esc(d.title)}</a> (${esc(d.date)}${d.complete ? '' : ', an excerpt'})</li>`,
    )
    .join('\n');
  return page(
    'Plain pages',
    'en',
    `<h1>Plain pages</h1>
<p class="note">The explorer's texts and data as plain pages that need no script.</p>
<h2>Texts</h2>
<ul>
${texts}
</ul>
<h2>Data</h2>
<ul><li><a href="data.html">The charts' data</a>: concepts and links, the forums in time, years compared, places.</li></ul>`,
  );
}

/** The plain pages, by path relative to the site's root. */
export function plainPages(
  corpus: Corpus,
  tables: Partial<Record<Route, string[]>>,
): Map<string, string> {
  const files = new Map<string, string>();
  files.set(PLAIN_INDEX, indexPage(corpus));
  files.set(PLAIN_DATA, dataPage(tables));
  for (const doc of corpus.documents) files.set(plainTextPath(doc), textPage(doc));
  return files;
}
