// Keeps data/sources.md, the fact → source table the README links, in step with data/: when it
// is stale the test writes the fresh table and fails, so the change shows up for review.

import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatFactSources } from '../../../src/lib/corpus/fact-sources.ts';
import { SOURCE_URL } from '../../../src/lib/corpus/records.ts';
import { miniCorpus, realCorpus } from '../../support/mini-corpus.ts';

const TABLE = 'data/sources.md';

describe('data/sources.md', () => {
  const corpus = realCorpus();
  const fresh = formatFactSources(corpus);

  it('lists every forum fact, coded entry, milestone and place of the data', () => {
    const rows = fresh.split('\n').filter((l) => /^\| (forums|milestones|places)\.json /.test(l));
    const forumFacts = corpus.forums.reduce(
      (n, f) =>
        n +
        5 +
        (f.outcome.originalTitle ? 1 : 0) +
        (f.document ? 1 : 0) +
        (f.record ? 1 + f.record.coded.length : 0) +
        [f.date, f.venue, f.hosts, f.theme].filter((x) => x.valueZh).length,
      0,
    );
    const milestoneRows = corpus.milestones.reduce((n, m) => n + (m.labelZh ? 2 : 1), 0);
    const placeRows = corpus.places.reduce((n, p) => n + (p.nameZh ? 2 : 1), 0);
    expect(rows.length).toBe(forumFacts + milestoneRows + placeRows);
    // Every row cites at least one http(s) page (a place named in a text cites its page too).
    for (const row of rows) {
      const sources = row.split(' | ').at(-1)!;
      expect(
        sources.split('<br>').some((s) => SOURCE_URL.test(s.split(' ')[0]!)),
        row,
      ).toBe(true);
    }
  });

  it('lists each Chinese form as a fact of its own, citing the Chinese page that states it', () => {
    const zhRows = fresh.split('\n').filter((l) => / \| [a-z]+ \(Chinese\) \| /.test(l));
    const forms = [
      ...corpus.forums.flatMap((f) =>
        [f.date, f.venue, f.hosts, f.theme].flatMap((x) =>
          x.valueZh ? [[x.valueZh, x.sourceZh]] : [],
        ),
      ),
      ...corpus.milestones.flatMap((m) => (m.labelZh ? [[m.labelZh, m.labelZhSource]] : [])),
      ...corpus.places.flatMap((p) => (p.nameZh ? [[p.nameZh, p.nameZhSource]] : [])),
    ];
    expect(zhRows).toHaveLength(forms.length);
    for (const [form, source] of forms)
      expect(zhRows.some((r) => r.includes(`| ${form} | ${source} |`))).toBe(true);
  });

  it('shows an unknown fact as unknown, with the reason, never as a value', () => {
    const forum2025 = fresh.split('\n').filter((l) => l.startsWith('| forums.json | forum 2025 |'));
    expect(forum2025.find((l) => l.includes('| theme |'))).toContain(
      'unknown: not stated in the available record',
    );
    expect(forum2025.find((l) => l.includes('| date |'))).toContain('unknown: not stated');
  });

  it('is written in full from the fixture data too (no fact is skipped for its shape)', () => {
    const mini = formatFactSources(miniCorpus());
    expect(mini).toContain('| forums.json | forum 2029 | hosts | unknown: not stated |');
    expect(mini).toContain('| coded: coded-only |');
    expect(mini).toContain('resting on “a made-up phrase”');
  });

  it('is up to date with data/ (rewritten and failing when stale: commit the new table)', () => {
    const current = existsSync(TABLE) ? readFileSync(TABLE, 'utf8') : '';
    if (current !== fresh) writeFileSync(TABLE, fresh);
    expect(current, `${TABLE} was stale and has been rewritten: review and commit it`).toBe(fresh);
  });
});
