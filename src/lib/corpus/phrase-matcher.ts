// Finds codebook phrases in text with exact character offsets.
//
// Text and phrases are cut into word tokens. Tokens compare case-insensitively and with regular
// plurals folded ("flows" = "flow", "technologies" = "technology"), except all-capital acronyms in a
// phrase ("AI", "UN"), which match only in capitals so that "un-" or "ai" in other words never
// match. Between two tokens, spaces and hyphens are interchangeable ("cross-border" = "cross
// border"); other punctuation must be the same ("laws, and regulations"). Where candidate matches
// overlap, the longest wins. "artificial intelligence (AI)" is one mention when "AI" is a phrase of
// the same entry. A phrase belongs to one entry (a phrase given twice is an error) unless the
// matcher is built with `shared: true`, where one phrase may name several entries (two milestones
// named by the same words), and a match is reported once for each.

export interface LexiconEntry {
  ref: string;
  phrases: string[];
}

export interface PhraseMatch {
  ref: string;
  start: number;
  end: number;
}

interface TrieNode {
  children: Map<string, TrieNode>;
  refs?: string[];
  /** Punctuation that ends the phrase after its last word ("U.N." ends in "."), taken when present. */
  tail?: string;
}

interface Candidate {
  refs: string[];
  first: number;
  last: number;
  start: number;
  end: number;
}

interface Token {
  start: number;
  end: number;
  raw: string;
}

const TOKEN = /[\p{L}\p{N}]+/gu;
const GAP_SEPARATOR = '\u0001';

export class PhraseConflictError extends Error {
  constructor(
    readonly phrase: string,
    readonly refs: [string, string],
  ) {
    super(`the phrase "${phrase}" belongs to both "${refs[0]}" and "${refs[1]}"`);
    this.name = 'PhraseConflictError';
  }
}

export class PhraseMatcher {
  private readonly root: TrieNode = { children: new Map() };
  private readonly normCache = new Map<string, string>();

  private readonly shared: boolean;

  constructor(entries: readonly LexiconEntry[], options: { shared?: boolean } = {}) {
    this.shared = options.shared ?? false;
    for (const entry of entries) {
      for (const phrase of entry.phrases) this.add(phrase, entry.ref);
    }
  }

  /** Matches in text[start, end), never reaching across that range. */
  match(text: string, start = 0, end = text.length): PhraseMatch[] {
    const tokens = tokenize(text, start, end);
    const candidates: Candidate[] = [];

    for (let i = 0; i < tokens.length; i++) {
      const walk = (node: TrieNode, at: number): void => {
        if (node.refs !== undefined) {
          let matchEnd = tokens[at - 1]!.end;
          if (
            node.tail &&
            text.startsWith(node.tail, matchEnd) &&
            matchEnd + node.tail.length <= end
          )
            matchEnd += node.tail.length;
          const c = {
            refs: node.refs,
            first: i,
            last: at - 1,
            start: tokens[i]!.start,
            end: matchEnd,
          };
          this.absorbAcronym(text, tokens, c, end);
          candidates.push(c);
        }
        if (at >= tokens.length || node.children.size === 0) return;
        const gap = gapClass(text.slice(tokens[at - 1]!.end, tokens[at]!.start));
        for (const key of this.tokenKeys(tokens[at]!.raw)) {
          const child = node.children.get(gap + GAP_SEPARATOR + key);
          if (child) walk(child, at + 1);
        }
      };
      for (const key of this.tokenKeys(tokens[i]!.raw)) {
        const child = this.root.children.get(key);
        if (child) walk(child, i + 1);
      }
    }

    // Longest first; on a tie the earlier start, so the result never depends on entry order.
    candidates.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
    const taken = new Uint8Array(tokens.length);
    const chosen: PhraseMatch[] = [];
    for (const c of candidates) {
      let free = true;
      for (let t = c.first; t <= c.last && free; t++) free = taken[t] === 0;
      if (!free) continue;
      taken.fill(1, c.first, c.last + 1);
      for (const ref of c.refs) chosen.push({ ref, start: c.start, end: c.end });
    }
    return chosen.sort((a, b) => a.start - b.start || (a.ref < b.ref ? -1 : a.ref > b.ref ? 1 : 0));
  }

  private add(phrase: string, ref: string): void {
    const tokens = tokenize(phrase, 0, phrase.length);
    if (tokens.length === 0) return;
    let node = this.root;
    tokens.forEach((t, k) => {
      const tokenKey = isAcronym(t.raw) ? `=${t.raw}` : this.norm(t.raw);
      const key =
        k === 0
          ? tokenKey
          : gapClass(phrase.slice(tokens[k - 1]!.end, t.start)) + GAP_SEPARATOR + tokenKey;
      let child = node.children.get(key);
      if (!child) {
        child = { children: new Map() };
        node.children.set(key, child);
      }
      node = child;
    });
    const tail = phrase.slice(tokens[tokens.length - 1]!.end).trim();
    if (tail !== '' && !/\s/.test(tail)) node.tail = tail;
    if (node.refs === undefined) node.refs = [ref];
    else if (!node.refs.includes(ref)) {
      if (!this.shared) throw new PhraseConflictError(phrase, [node.refs[0]!, ref]);
      node.refs = [...node.refs, ref].sort();
    }
  }

  /** "artificial intelligence" followed by "(AI)", where AI is a phrase of the same entry. */
  private absorbAcronym(text: string, tokens: Token[], c: Candidate, limit: number): void {
    const next = tokens[c.last + 1];
    if (!next || gapClass(text.slice(c.end, next.start)) !== '(') return;
    const close = /^\s*\)/.exec(text.slice(next.end, limit));
    if (!close) return;
    const alone = this.tokenKeys(next.raw).some((k) => {
      const refs = this.root.children.get(k)?.refs;
      return refs !== undefined && c.refs.every((r) => refs.includes(r));
    });
    if (!alone) return;
    c.last += 1;
    c.end = next.end + close[0].length;
  }

  private tokenKeys(raw: string): string[] {
    const norm = this.norm(raw);
    return isAcronym(raw) ? [norm, `=${raw}`] : [norm];
  }

  private norm(raw: string): string {
    let n = this.normCache.get(raw);
    if (n === undefined) {
      n = foldPlural(raw.toLowerCase());
      this.normCache.set(raw, n);
    }
    return n;
  }
}

/** Key under which a phrase is stored: two phrases with one key are the same phrase. */
export function phraseKey(phrase: string): string {
  const tokens = tokenize(phrase, 0, phrase.length);
  return tokens
    .map((t, k) => {
      const key = isAcronym(t.raw) ? `=${t.raw}` : foldPlural(t.raw.toLowerCase());
      return k === 0
        ? key
        : gapClass(phrase.slice(tokens[k - 1]!.end, t.start)) + GAP_SEPARATOR + key;
    })
    .join('');
}

function tokenize(text: string, start: number, end: number): Token[] {
  const out: Token[] = [];
  TOKEN.lastIndex = start;
  let m: RegExpExecArray | null;
  while ((m = TOKEN.exec(text)) !== null) {
    const tokenEnd = m.index + m[0].length;
    if (tokenEnd > end) break;
    out.push({ start: m.index, end: tokenEnd, raw: m[0] });
  }
  return out;
}

function isAcronym(raw: string): boolean {
  return raw.length >= 2 && /^[\p{Lu}\p{N}]+$/u.test(raw) && /\p{Lu}/u.test(raw);
}

/** What lies between two tokens, as far as matching cares: ' ' for space or hyphen, else the marks. */
function gapClass(gap: string): string {
  const marks = gap
    .replace(/[\s\-\u2010-\u2015]+/g, '')
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201c\u201d]/g, '"');
  return marks === '' ? ' ' : marks;
}

/** Regular English plurals to the singular; irregular ones are listed as phrases. */
export function foldPlural(word: string): string {
  if (word.length <= 3) return word;
  if (word.endsWith('ies') && word.length > 4) return `${word.slice(0, -3)}y`;
  if (/(?:ss|x|z|ch|sh)es$/.test(word)) return word.slice(0, -2);
  if (word.endsWith('s') && !/(?:ss|us|is)$/.test(word)) return word.slice(0, -1);
  return word;
}
