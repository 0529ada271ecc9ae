// How a language's text is cut into the words that uncoded terms are made of. The term extractor
// (uncoded-terms.ts) knows nothing of English: it asks a TermTokenizer for the words of a sentence,
// each with its offsets, a key that folds its variants, and whether it is a stop word; and for
// whether the gap between two words breaks a phrase. Another language plugs in by adding a
// tokenizer to TERM_TOKENIZERS under its language code (a Chinese one would cut words with
// Intl.Segmenter and join keys with '' instead of ' ').

import { foldPlural } from './phrase-matcher.ts';

export interface TermToken {
  start: number;
  end: number;
  /** The word as compared: variants (case, regular plurals) folded to one key. */
  key: string;
  /** A word that never starts, ends or sits inside a term (function words, numbers, letters). */
  stop: boolean;
  /** Whether the word is a term on its own ("protectionism", "WTO"; not "global", "balanced"). */
  alone: boolean;
  /** Whether a term may end with it (not "proposed" in "President Xi proposed"). */
  ends: boolean;
}

export interface TermTokenizer {
  readonly language: string;
  /** Words of text[start, end), in order, with exact offsets. */
  words(text: string, start: number, end: number): TermToken[];
  /** Whether what lies between two words (text between them) ends a phrase. */
  breaks(gap: string): boolean;
  /** Joins word keys into a term key (' ' in English). */
  readonly joiner: string;
}

// Function words, auxiliaries, pronouns, quantifiers and the vaguest verbs and adverbs of formal
// statements: none of them names a theme on its own, and a term never starts or ends with one.
const ENGLISH_STOP = new Set(
  `a about above across after again against all also am among an and another any are around as at
  be been before being below between both but by can could did do does doing done during each
  either etc every few for from further had has have having he her here hers him his how however
  i if in into is it its itself just least less made make many may me might more most much must my
  neither no nor not of off on once one only onto or other others otherwise our ours ourselves out
  over own per rather same several shall she should since so some such than that the their theirs
  them themselves then there these they this those though through thus to too toward towards under
  until upon us very via was we were what whatever when where whether which while who whom whose
  why will with within without would yet you your yours well including include includes included
  like use used using new further
  jointly together continue continued continues continuing make makes making take takes taking
  give gives given giving also already always ever still everyone everything anyone anything
  someone something nothing s t`
    .split(/\s+/)
    .filter((w) => w !== ''),
);

// The verbs a statement's calls are made with, and their forms: "promote" and "strengthen" open
// what is called for rather than name it, so they end a term like a function word.
const STATEMENT_VERBS = `accelerate achieve address advance agree aim bring build call carry
  commit contribute create deepen discuss enable encourage enhance ensure establish expand explore
  facilitate foster help highlight hold improve jointly launch lead note offer promote provide
  push reach recognize recognise respect seek share stress strengthen support uphold urge welcome
  work`
  .split(/\s+/)
  .filter((w) => w !== '');

for (const verb of STATEMENT_VERBS) {
  const stem = verb.endsWith('e') ? verb.slice(0, -1) : verb;
  for (const form of [verb, `${verb}s`, `${stem}ed`, `${stem}ing`, `${verb}es`])
    ENGLISH_STOP.add(form);
}

// Too general to be a term alone, though they make terms with other words: "global" no,
// "global development" yes.
const ENGLISH_WEAK = new Set(
  `global international digital cooperation development country world open common inclusive
  important key relevant various different all-round comprehensive effective practical concrete
  active positive better great greater broad wide level area field aspect way part party side
  people member initiative effort efforts measure action`
    .split(/\s+/)
    .filter((w) => w !== ''),
);

// A word alone is a term when it reads as a noun of its own: an acronym, or a word with a noun's
// ending ("unilateralism", "connectivity", "governance"). Bare adjectives, participles and short
// common nouns ("deep", "hosted", "landscape") say too little without the words around them.
const NOUN_ENDING = /(?:ism|ist|ity|tion|sion|ment|ance|ence|ness|ship|ure|age|ogy|ics|cy|ery)$/;
const ACRONYM = /^[\p{Lu}\p{N}]*\p{Lu}[\p{Lu}\p{N}]*$/u;

// Adverbs in -ly ("actively", "vigorously") modify calls; the few nouns that end so are listed.
const NOT_ADVERBS = new Set([
  'supply',
  'family',
  'assembly',
  'italy',
  'monopoly',
  'anomaly',
  'july',
]);

// A word: letters and digits, joined by single hyphens or apostrophes ("cross-border", "one's").
const ENGLISH_WORD = /[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu;

export const englishTokenizer: TermTokenizer = {
  language: 'en',
  joiner: ' ',
  words(text, start, end) {
    const out: TermToken[] = [];
    ENGLISH_WORD.lastIndex = start;
    let m: RegExpExecArray | null;
    while ((m = ENGLISH_WORD.exec(text)) !== null) {
      let wordEnd = m.index + m[0].length;
      if (wordEnd > end) break;
      let raw = m[0];
      // A possessive is the word it belongs to: "China's" counts as "China".
      if (/['’]s$/i.test(raw)) {
        raw = raw.slice(0, -2);
        wordEnd -= 2;
      }
      const lower = raw.toLowerCase();
      const stop =
        ENGLISH_STOP.has(lower) ||
        raw.length < 2 ||
        !/\p{L}/u.test(raw) ||
        (lower.length > 4 && lower.endsWith('ly') && !NOT_ADVERBS.has(lower));
      const key = foldHyphenated(lower);
      const alone =
        !ENGLISH_WEAK.has(key) && ((raw.length >= 2 && ACRONYM.test(raw)) || NOUN_ENDING.test(key));
      const ends = !/(?:ed|ing)$/.test(lower) || NOUN_ENDING.test(key) || ACRONYM.test(raw);
      out.push({ start: m.index, end: wordEnd, key, stop, alone, ends });
    }
    return out;
  },
  // Only spaces join words into a phrase: any punctuation (comma, full stop, bracket, quote,
  // colon, dash) separates what is said on either side of it.
  breaks(gap) {
    return !/^\s+$/.test(gap);
  },
};

/** "data-flows" → "data-flow": the plural folded on the last part of a hyphenated word. */
function foldHyphenated(lower: string): string {
  const cut = lower.lastIndexOf('-');
  return cut < 0 ? foldPlural(lower) : lower.slice(0, cut + 1) + foldPlural(lower.slice(cut + 1));
}

/** Tokenizers by language code: a document in a language with none has no uncoded terms. */
export const TERM_TOKENIZERS: Readonly<Record<string, TermTokenizer>> = { en: englishTokenizer };
