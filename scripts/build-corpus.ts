// npm run corpus: reads data/, writes public/data/corpus.json, data/coverage.md and, next to the
// corpus, graph-layout.json (the concept graph's node positions, so the page never lays it out)
// and world-map.json (the countries' outlines projected, so the page loads no projection code).
// On any input problem it prints `path:line: what is wrong` for each, exits 1 and leaves the
// previous outputs untouched (outputs are written to a temporary file, then renamed).
//
// Options (for tests and for building elsewhere): --data DIR (default data), --out FILE
// (default public/data/corpus.json), --coverage FILE (default DIR/coverage.md), --layout FILE
// (default graph-layout.json next to the corpus), --map FILE (default world-map.json next to the
// corpus), --quiet.

import { readFileSync, readdirSync, renameSync, writeFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { InputError, formatProblem } from '../src/lib/corpus/input-error.ts';
import { buildCorpusFromFiles } from '../src/lib/corpus/load-inputs.ts';
import { formatCoverageReport } from '../src/lib/corpus/coverage-report.ts';
import { serializeCorpus } from '../src/lib/corpus/serialize.ts';
import { buildGraphLayoutFile } from '../src/lib/layout/compute-layout.ts';
import { serializeGraphLayout } from '../src/lib/layout/graph-layout.ts';
import { buildWorldMapFile, serializeWorldMapFile } from '../src/lib/layout/map-projection.ts';
import { countryFeatures, type CountriesTopology } from '../src/lib/model/world-atlas.ts';

function option(name: string, fallback: string): string {
  const i = process.argv.indexOf(name);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1]! : fallback;
}

const dataDir = option('--data', 'data');
const out = option('--out', 'public/data/corpus.json');
const coverageOut = option('--coverage', join(dataDir, 'coverage.md'));
const layoutOut = option('--layout', join(dirname(out), 'graph-layout.json'));
const mapOut = option('--map', join(dirname(out), 'world-map.json'));
// The atlas is a package of this project, found from here whatever the working folder.
const atlasPath = createRequire(import.meta.url).resolve('world-atlas/countries-110m.json');
const quiet = process.argv.includes('--quiet');

const file = (path: string) => ({
  path: relative(process.cwd(), path) || path,
  content: readFileSync(path),
});
const sourcesDir = join(dataDir, 'sources');

try {
  const sources = readdirSync(sourcesDir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => file(join(sourcesDir, name)));
  const corpus = buildCorpusFromFiles({
    codebook: file(join(dataDir, 'codebook.json')),
    forums: file(join(dataDir, 'forums.json')),
    milestones: file(join(dataDir, 'milestones.json')),
    places: file(join(dataDir, 'places.json')),
    sources,
  });
  writeAtomically(out, serializeCorpus(corpus));
  writeAtomically(coverageOut, formatCoverageReport(corpus));
  writeAtomically(layoutOut, serializeGraphLayout(buildGraphLayoutFile(corpus)));
  const atlas = JSON.parse(readFileSync(atlasPath, 'utf8')) as CountriesTopology;
  writeAtomically(mapOut, serializeWorldMapFile(buildWorldMapFile(countryFeatures(atlas))));
  if (!quiet) {
    const sentences = corpus.coverage.reduce((n, c) => n + c.sentences, 0);
    const matched = corpus.coverage.reduce((n, c) => n + c.matched, 0);
    console.log(
      `corpus: ${corpus.documents.length} documents, ${sentences} sentences (${matched} match a concept), ` +
        `${corpus.codebook.concepts.length} concepts, ${corpus.mentions.length} mentions, ` +
        `${corpus.edges.sentence.length} links by sentence, ${corpus.edges.paragraph.length} by paragraph`,
    );
    console.log(`wrote ${out}, ${coverageOut}, ${layoutOut} and ${mapOut}`);
  }
} catch (e) {
  if (e instanceof InputError) {
    for (const p of e.problems) console.error(formatProblem(p));
    console.error(`corpus: ${e.problems.length} problem(s); ${out} left as it was`);
  } else if (e instanceof Error && 'code' in e && e.code === 'ENOENT') {
    console.error(`${(e as NodeJS.ErrnoException).path}:1: file or folder not found`);
  } else {
    console.error(e);
  }
  process.exit(1);
}

function writeAtomically(path: string, content: string): void {
  mkdirSync(dirname(path), { recursive: true });
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, content);
  renameSync(tmp, path);
}
