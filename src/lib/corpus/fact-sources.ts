// Every fact in data/ beside the page it rests on, as one Markdown table (data/sources.md), so that
// a reviewer can follow each link and check each fact in one sitting. Pure: records in, text out.

import type { Codebook, ForumRecord, Milestone, Place } from './types.ts';

interface Row {
  file: string;
  entry: string;
  fact: string;
  value: string;
  sources: string[];
}

/** A table cell: one line, pipes escaped. */
const cell = (s: string): string => s.replace(/\s+/g, ' ').replace(/\|/g, '\\|').trim();
const unknown = (note: string | undefined): string => `unknown: ${note ?? 'not stated'}`;

function forumRows(f: ForumRecord, codebook: Codebook): Row[] {
  const entry = `forum ${f.year}`;
  const row = (fact: string, value: string, sources: string[]): Row => ({
    file: 'forums.json',
    entry,
    fact,
    value,
    sources,
  });
  const sourced = (
    fact: string,
    x: {
      value: unknown;
      note?: string;
      source: string;
      citation?: string;
      also?: { url: string; about: string }[];
    },
    shown: string | null,
  ): Row =>
    row(fact, shown === null ? unknown(x.note) : x.note ? `${shown} (${x.note})` : shown, [
      x.citation ? `${x.source} (${x.citation})` : x.source,
      ...(x.also ?? []).map((a) => `${a.url} (${a.about})`),
    ]);
  const facts = { date: f.date, venue: f.venue, hosts: f.hosts, theme: f.theme };
  const rows = [
    sourced('date', f.date, f.date.value ?? null),
    sourced('venue', f.venue, f.venue.value),
    sourced('hosts', f.hosts, f.hosts.value ? f.hosts.value.join(', ') : null),
    sourced('theme', f.theme, f.theme.value),
    // A Chinese form is a fact of its own, with the Chinese page that states it.
    ...Object.entries(facts).flatMap(([name, x]) =>
      x.valueZh && x.sourceZh ? [row(`${name} (Chinese)`, x.valueZh, [x.sourceZh])] : [],
    ),
    row('outcome title', f.outcome.title, [f.outcome.source]),
  ];
  if (f.outcome.originalTitle)
    rows.push(
      row('outcome title (original)', `${f.outcome.originalTitle} (${f.outcome.titleNote ?? ''})`, [
        f.outcome.originalSource ?? f.outcome.source,
      ]),
    );
  if (f.document) rows.push(row('outcome text', `source document ${f.document}`, [f.outcome.url]));
  if (f.record) {
    rows.push(row('record extent', f.record.extent, [f.record.source]));
    for (const c of f.record.coded) {
      const label = codebook.concepts.find((k) => k.id === c.concept)?.label ?? c.concept;
      rows.push(row(`coded: ${c.concept}`, `${label}, resting on “${c.words}”`, [f.record.source]));
    }
  }
  return rows;
}

function milestoneRows(m: Milestone): Row[] {
  const when = m.dateEnd ? `${m.date} to ${m.dateEnd}` : m.date;
  const where = m.place ?? `no place: ${m.placeNote ?? 'not stated'}`;
  const row = (fact: string, value: string, sources: string[]): Row => ({
    file: 'milestones.json',
    entry: m.id,
    fact,
    value,
    sources,
  });
  return [
    row('date, event, place', `${when}: ${m.description} (${where})`, m.sources),
    ...(m.labelZh && m.labelZhSource ? [row('label (Chinese)', m.labelZh, [m.labelZhSource])] : []),
  ];
}

function placeRows(p: Place): Row[] {
  const zh =
    p.nameZh && p.nameZhSource
      ? [
          {
            file: 'places.json',
            entry: p.id,
            fact: 'name (Chinese)',
            value: p.nameZh,
            sources: [p.nameZhSource],
          },
        ]
      : [];
  return [placeRow(p), ...zh];
}

function placeRow(p: Place): Row {
  const coords = p.lat !== undefined && p.lon !== undefined ? `${p.lat}, ${p.lon}; ` : '';
  const named = p.namedIn
    ? [`named in ${p.namedIn.document} ${p.namedIn.sentences.join(', ')} (reader links)`]
    : [];
  return {
    file: 'places.json',
    entry: p.id,
    fact: p.lat !== undefined ? 'coordinates, detail' : 'detail',
    value: `${coords}${p.name}${p.detail ? `: ${p.detail}` : ''}`,
    sources: [p.source, ...(p.also ?? []).map((a) => `${a.url} (${a.about})`), ...named],
  };
}

export function formatFactSources(records: {
  codebook: Codebook;
  forums: readonly ForumRecord[];
  milestones: readonly Milestone[];
  places: readonly Place[];
}): string {
  const rows = [
    ...records.forums.flatMap((f) => forumRows(f, records.codebook)),
    ...records.milestones.flatMap(milestoneRows),
    ...records.places.flatMap(placeRows),
  ];
  const lines = [
    '# Facts and their sources',
    '',
    'Written by `test/lib/corpus/fact-sources.test.ts` from data/forums.json, milestones.json and',
    'places.json; do not edit by hand. Each row is one fact and the pages it rests on: follow the',
    'link and check that the page says it. “unknown” marks a fact no available page states.',
    '',
    '| file | entry | fact | value | sources |',
    '| --- | --- | --- | --- | --- |',
    ...rows.map(
      (r) =>
        `| ${r.file} | ${cell(r.entry)} | ${cell(r.fact)} | ${cell(r.value)} | ${r.sources.map(cell).join('<br>')} |`,
    ),
  ];
  return `${lines.join('\n')}\n`;
}
