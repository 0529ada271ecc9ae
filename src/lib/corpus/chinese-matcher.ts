// Finds the codebook's Chinese phrases in a text, with exact character offsets.
//
// Chinese has no spaces between words, so a phrase is a run of characters matched wherever it
// occurs: every candidate at every position is collected and, where candidates overlap, the longest
// wins (on a tie the earlier), as for English. "数据跨境流动合作倡议" inside "全球数据跨境流动合作倡议"
// is therefore one mention of the initiative, not also a data flow. Characters are compared after
// folding (han-variants.ts): traditional to simplified, full-width Latin letters and digits to
// ASCII, so 數據跨境流動 and ＡＩ match. Latin letters in a phrase (AI, 5G, GDI) match only with the
// same case and only as a whole Latin word: "AI" never matches inside "MAIL" or "AIIB". A phrase
// followed by a bracketed phrase of the same entry, as in 人工智能（AI）, is one mention.

import { foldHanChar } from './han-variants.ts';
import type { LexiconEntry, PhraseMatch } from './phrase-matcher.ts';
import { PhraseConflictError } from './phrase-matcher.ts';

interface Node {
  next: Map<string, Node>;
  refs?: string[];
}

interface Candidate {
  refs: string[];
  start: number;
  end: number;
}

const ASCII_WORD = /[A-Za-z0-9]/;
const OPEN = new Set(['（', '(']);
const CLOSE = new Set(['）', ')']);

export class ChineseMatcher {
  private readonly root: Node = { next: new Map() };
  private readonly shared: boolean;

  constructor(entries: readonly LexiconEntry[], options: { shared?: boolean } = {}) {
    this.shared = options.shared ?? false;
    for (const e of entries) for (const p of e.phrases) this.add(p, e.ref);
  }

  get isEmpty(): boolean {
    return this.root.next.size === 0;
  }

  /** Matches in text[start, end), never reaching across that range. */
  match(text: string, start = 0, end = text.length): PhraseMatch[] {
    const candidates: Candidate[] = [];
    for (let i = start; i < end; i++) {
      let node = this.root.next.get(foldHanChar(text[i]!));
      if (!node) continue;
      if (isAsciiWord(text[i]!) && i > start && isAsciiWord(text[i - 1]!)) continue;
      let j = i + 1;
      for (;;) {
        if (node.refs && !(isAsciiWord(text[j - 1]!) && j < end && isAsciiWord(text[j]!)))
          candidates.push(this.absorbBracketed(text, { refs: node.refs, start: i, end: j }, end));
        if (j >= end) break;
        const child: Node | undefined = node.next.get(foldHanChar(text[j]!));
        if (!child) break;
        node = child;
        j++;
      }
    }
    candidates.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
    const taken: [number, number][] = [];
    const chosen: PhraseMatch[] = [];
    for (const c of candidates) {
      if (taken.some(([s, e]) => c.start < e && s < c.end)) continue;
      taken.push([c.start, c.end]);
      for (const ref of c.refs) chosen.push({ ref, start: c.start, end: c.end });
    }
    return chosen.sort((a, b) => a.start - b.start || (a.ref < b.ref ? -1 : a.ref > b.ref ? 1 : 0));
  }

  /** The phrase key: its folded characters, so that two spellings of one phrase are one phrase. */
  static key(phrase: string): string {
    let k = '';
    for (const c of phrase.trim()) k += foldHanChar(c);
    return k;
  }

  private add(phrase: string, ref: string): void {
    const key = ChineseMatcher.key(phrase);
    if (key === '') return;
    let node = this.root;
    for (const c of key) {
      let child = node.next.get(c);
      if (!child) node.next.set(c, (child = { next: new Map() }));
      node = child;
    }
    if (node.refs === undefined) node.refs = [ref];
    else if (!node.refs.includes(ref)) {
      if (!this.shared) throw new PhraseConflictError(phrase, [node.refs[0]!, ref]);
      node.refs = [...node.refs, ref].sort();
    }
  }

  /** 人工智能（AI）: the bracket and its phrase join the mention when they name the same entry. */
  private absorbBracketed(text: string, c: Candidate, limit: number): Candidate {
    if (c.end >= limit || !OPEN.has(text[c.end]!)) return c;
    let node: Node | undefined = this.root;
    let j = c.end + 1;
    while (j < limit && node && !CLOSE.has(text[j]!)) node = node.next.get(foldHanChar(text[j++]!));
    if (!node?.refs || j >= limit || j === c.end + 1) return c;
    if (!c.refs.every((r) => node.refs!.includes(r))) return c;
    return { ...c, end: j + 1 };
  }
}

function isAsciiWord(c: string): boolean {
  const code = c.charCodeAt(0);
  if (code >= 0xff10 && code <= 0xff5a) return ASCII_WORD.test(String.fromCharCode(code - 0xfee0));
  return ASCII_WORD.test(c);
}
