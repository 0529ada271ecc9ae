// npm run bench:serve-synthetic [-- --concepts N --links M --seed S]
//
// Serves the built app (dist/, after `npm run build`) on 127.0.0.1 with a synthetic corpus in
// place of data/corpus.json, to look at the concept graph at scale. Nothing in dist/ changes: the
// synthetic corpus exists only in this server's memory; the app sees that the build-time layout file
// does not fit it and lays it out in its worker. Stop it with Ctrl+C.

import { SYNTHETIC_DEFAULTS, syntheticGraphCorpus } from './synthetic-graph-corpus.ts';
import { serveWithCorpus } from './synthetic-server.ts';

const arg = (name: string, fallback: number): number => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};
const corpus = syntheticGraphCorpus({
  concepts: arg('--concepts', SYNTHETIC_DEFAULTS.concepts),
  links: arg('--links', SYNTHETIC_DEFAULTS.links),
  seed: arg('--seed', SYNTHETIC_DEFAULTS.seed),
});
const server = await serveWithCorpus('dist', corpus, { port: arg('--port', 0) });
console.log(
  `synthetic corpus: ${corpus.codebook.concepts.length} concepts, ${corpus.edges.sentence.length} links`,
);
console.log(`open ${server.url}#/graph  (Ctrl+C to stop)`);
