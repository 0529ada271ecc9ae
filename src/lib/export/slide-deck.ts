// The presenter's deck as a file: a list of saved views that can be downloaded, kept, shared and
// loaded again. Each slide is a link (the canonical hash of its view), so a deck file opens the
// same views the URL's `slides` parameter does, and old decks migrate like old links.

import type { Localized } from '../i18n/catalogue.ts';
import {
  MAX_SLIDES,
  paramProblem,
  parseUrl,
  slideHash,
  type ParamProblem,
  type UrlVocabulary,
} from '../state/url-state.ts';

export const DECK_FORMAT = 'gdi-explorer-slides';
export const DECK_VERSION = 1;

export interface DeckFile {
  format: typeof DECK_FORMAT;
  version: number;
  exported: string;
  /** The page the deck was made on, so that the links can be opened from the file. */
  base: string;
  slides: { title: string; link: string }[];
}

export function deckToJson(
  slides: readonly string[],
  titleOf: (hash: string) => string,
  base: string,
  exported: string,
): string {
  const file: DeckFile = {
    format: DECK_FORMAT,
    version: DECK_VERSION,
    exported,
    base,
    slides: slides.map((link) => ({ title: titleOf(link), link })),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

export type DeckRead =
  { ok: true; slides: string[]; problems: ParamProblem[] } | { ok: false; reason: Localized };

/** Reads a deck file; every link is parsed like a URL, so what it cannot use is said, not fatal. */
export function deckFromJson(text: string, vocab: UrlVocabulary): DeckRead {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, reason: { key: 'share.deck.notJson' } };
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json))
    return { ok: false, reason: { key: 'share.deck.notDeck' } };
  const file = json as Partial<Record<keyof DeckFile, unknown>>;
  if (file.format !== DECK_FORMAT)
    return {
      ok: false,
      reason: { key: 'share.deck.wrongFormat', params: { format: DECK_FORMAT } },
    };
  if (typeof file.version !== 'number' || file.version > DECK_VERSION)
    return {
      ok: false,
      reason: { key: 'share.deck.newer', params: { version: String(file.version) } },
    };
  if (!Array.isArray(file.slides)) return { ok: false, reason: { key: 'share.deck.noSlides' } };
  const slides: string[] = [];
  const problems: ParamProblem[] = [];
  file.slides.slice(0, MAX_SLIDES).forEach((s: unknown, i) => {
    const link = typeof s === 'object' && s !== null ? (s as { link?: unknown }).link : s;
    if (typeof link !== 'string') {
      problems.push({
        ...paramProblem(`slide ${i + 1}`, '', { key: 'url.noLinkSlide' }),
        paramMessage: { key: 'url.slideN', params: { n: i + 1 } },
      });
      return;
    }
    const hash = link.slice(Math.max(0, link.indexOf('#')));
    const parsed = parseUrl(hash, vocab);
    if (parsed.route !== 'valid' && parsed.route !== 'migrated') {
      problems.push({
        ...paramProblem(`slide ${i + 1}`, link.slice(0, 80), { key: 'url.unknownViewSlide' }),
        paramMessage: { key: 'url.slideN', params: { n: i + 1 } },
      });
      return;
    }
    for (const p of parsed.problems)
      problems.push({
        ...p,
        param: `slide ${i + 1}: ${p.param}`,
        paramMessage: { key: 'url.slideParam', params: { n: i + 1, param: p.param } },
      });
    slides.push(slideHash(parsed.state));
  });
  if (file.slides.length > MAX_SLIDES)
    problems.push(
      paramProblem('slides', `${file.slides.length} slides`, {
        key: 'url.firstSlidesKept',
        params: { max: MAX_SLIDES },
      }),
    );
  return { ok: true, slides, problems };
}

/** Moves the slide at `from` to `to` (both 0-based); indexes out of range leave the deck as it is. */
export function moveSlide(slides: readonly string[], from: number, to: number): string[] {
  const out = [...slides];
  if (from < 0 || from >= out.length || to < 0 || to >= out.length) return out;
  const [s] = out.splice(from, 1);
  out.splice(to, 0, s!);
  return out;
}
