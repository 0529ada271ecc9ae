// A seeded synthetic corpus for the concept graph at scale: N concepts in 8 themes and exactly M
// links by sentence. Each link is said by one sentence of its own, one sentence a paragraph, so
// that the graph has exactly M links by sentence and by paragraph. Made-up two-word concept names
// (consonant–vowel syllables, no "s" so that no word is another's plural) match only where they
// are written. It goes through the real pipeline (buildCorpus), so the app reads it like the
// shipped corpus. The same options always give the same corpus.

import { buildCorpus, type DocumentInput } from '../src/lib/corpus/build-corpus.ts';
import type { Codebook, Concept, Corpus, Theme } from '../src/lib/corpus/types.ts';
import { seededRandom } from '../src/lib/layout/random.ts';

export interface SyntheticGraphOptions {
  concepts: number;
  links: number;
  seed?: number;
  /** Share of links within one theme (default 0.7): themes stay readable as regions. */
  withinTheme?: number;
  /** Forum years; the sentences are dealt round-robin to one document per year. */
  years?: readonly number[];
}

export const SYNTHETIC_DEFAULTS = { concepts: 2000, links: 5000, seed: 1 } as const;

// Okabe–Ito, as the real codebook.
const COLORS = [
  '#0072B2',
  '#009E73',
  '#CC79A7',
  '#E69F00',
  '#56B4E9',
  '#D55E00',
  '#5C5C5C',
  '#8C6D1F',
];
const CONSONANTS = 'bdfgklmnprtvz';
const VOWELS = 'aeiou';

export function syntheticGraphCorpus(options: SyntheticGraphOptions): Corpus {
  const random = seededRandom(options.seed ?? SYNTHETIC_DEFAULTS.seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const n = options.concepts;
  const years = options.years ?? [2022, 2023, 2024];
  const maxLinks = (n * (n - 1)) / 2;
  if (options.links < n - 1 || options.links > maxLinks)
    throw new Error(`links must be between ${n - 1} and ${maxLinks} for ${n} concepts`);

  const themes: Theme[] = COLORS.map((color, i) => ({
    id: `theme-${i + 1}`,
    label: `Theme ${String.fromCharCode(65 + i)}`,
    definition: `Synthetic theme ${i + 1}.`,
    color,
  }));

  const words = new Set<string>();
  const word = (): string => {
    for (;;) {
      let w = '';
      const syllables = 2 + Math.floor(random() * 2);
      for (let i = 0; i < syllables; i++) w += pick([...CONSONANTS]) + pick([...VOWELS]);
      if (!words.has(w)) {
        words.add(w);
        return w;
      }
    }
  };
  const cap = (w: string): string => w[0]!.toUpperCase() + w.slice(1);
  const concepts: Concept[] = Array.from({ length: n }, (_, i) => {
    const label = `${cap(word())} ${word()}`;
    return {
      id: `c${String(i + 1).padStart(4, '0')}`,
      theme: themes[i % themes.length]!.id,
      label,
      definition: `Synthetic concept ${i + 1}.`,
      phrases: [label.toLowerCase()],
    };
  });
  const byTheme = themes.map((t) => concepts.filter((c) => c.theme === t.id));

  // Links: first one for every concept (so each is said somewhere), then the rest, most of them
  // within a theme, with a skew towards the first concepts of each theme (a few hubs, many leaves).
  const within = options.withinTheme ?? 0.7;
  const seen = new Set<string>();
  const pairs: [Concept, Concept][] = [];
  const add = (a: Concept, b: Concept): boolean => {
    if (a.id === b.id) return false;
    const key = a.id < b.id ? `${a.id}~${b.id}` : `${b.id}~${a.id}`;
    if (seen.has(key)) return false;
    seen.add(key);
    pairs.push([a, b]);
    return true;
  };
  const partnerOf = (a: Concept): Concept => {
    const group =
      random() < within ? byTheme[themes.findIndex((t) => t.id === a.theme)]! : pick(byTheme);
    return group[Math.floor(group.length * random() ** 2)]!;
  };
  for (const c of concepts) while (!add(c, partnerOf(c)));
  while (pairs.length < options.links) {
    const a = concepts[Math.floor(n * random() ** 1.5)]!;
    add(a, partnerOf(a));
  }

  const verbs = ['linked', 'tied', 'joined', 'paired', 'related'];
  const lines = years.map(() => [] as string[]);
  pairs.forEach(([a, b], i) => {
    lines[i % years.length]!.push(`Participants ${pick(verbs)} ${a.label} with ${b.label}.`);
  });
  const documents: DocumentInput[] = years.map((year, i) => ({
    header: {
      id: `synthetic-${year}`,
      title: `Synthetic statement ${year}`,
      year,
      date: `${year}-11-0${1 + (i % 9)}`,
      language: 'en',
      kind: 'synthetic',
      source: '',
      complete: true,
    },
    text: `${lines[i]!.join('\n')}\n`,
    origin: 'project',
  }));
  const codebook: Codebook = { version: 'synthetic', themes, concepts, renamed: {}, names: [] };
  return buildCorpus(codebook, { forums: [], milestones: [], places: [] }, documents);
}
