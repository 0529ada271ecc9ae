// Embedding a view in another page: the iframe code a reader copies, and the message the embed
// sends its host page whenever its height changes, so that the iframe can fit it exactly.

import { escapeXml } from '../text/escape.ts';

export const HEIGHT_MESSAGE = 'gdi-explorer:height';

/** What an embed posts to its parent window: `{ type: 'gdi-explorer:height', height, url }`. */
export interface HeightMessage {
  type: typeof HEIGHT_MESSAGE;
  /** The embed's content height in CSS pixels (a whole number). */
  height: number;
  /** The embed's own address, so a page with several embeds can tell them apart. */
  url: string;
}

export function heightMessage(height: number, url: string): HeightMessage {
  return { type: HEIGHT_MESSAGE, height: Math.ceil(height), url };
}

export function isHeightMessage(data: unknown): data is HeightMessage {
  if (typeof data !== 'object' || data === null) return false;
  const m = data as Record<string, unknown>;
  return (
    m['type'] === HEIGHT_MESSAGE &&
    typeof m['height'] === 'number' &&
    Number.isFinite(m['height']) &&
    m['height'] >= 0 &&
    typeof m['url'] === 'string'
  );
}

/** The embed link for a page link: the same state with `embed=1` (no deck, no presentation). */
export function embedUrl(pageUrl: string, embedHash: string): string {
  const hashAt = pageUrl.indexOf('#');
  return `${hashAt < 0 ? pageUrl : pageUrl.slice(0, hashAt)}${embedHash}`;
}

export interface SnippetInput {
  src: string;
  title: string;
  /** Height before the first message arrives. */
  height: number;
}

/**
 * The code to paste into a page: a full-width iframe and a ten-line script that sets its height
 * from the embed's messages. The script checks that a message comes from this iframe and, for an
 * http(s) embed, from the explorer's origin; it works in a page opened from a file too.
 */
export function embedSnippet({ src, title, height }: SnippetInput): string {
  let origin: string | null = null;
  try {
    const u = new URL(src);
    if (u.protocol === 'http:' || u.protocol === 'https:') origin = u.origin;
  } catch {
    origin = null;
  }
  const check = origin ? ` || e.origin !== ${JSON.stringify(origin)}` : '';
  return [
    `<iframe src="${escapeXml(src)}" title="${escapeXml(title)}" width="100%" height="${Math.round(height)}" style="border:0;width:100%;max-width:100%" loading="lazy"></iframe>`,
    '<script>',
    '(function () {',
    "  var frames = document.getElementsByTagName('iframe');",
    "  window.addEventListener('message', function (e) {",
    `    if (!e.data || e.data.type !== '${HEIGHT_MESSAGE}'${check}) return;`,
    '    for (var i = 0; i < frames.length; i++)',
    "      if (frames[i].contentWindow === e.source) frames[i].style.height = e.data.height + 'px';",
    '  });',
    '})();',
    '</script>',
  ].join('\n');
}

/**
 * The code for a frame of fixed size (a slide tool, a deck with no script): the iframe alone, at
 * the given size. The embed sees that no page answers its height message and fits the chart to the
 * box, whole.
 */
export function fixedEmbedSnippet({
  src,
  title,
  width,
  height,
}: {
  src: string;
  title: string;
  width: number;
  height: number;
}): string {
  return `<iframe src="${escapeXml(src)}" title="${escapeXml(title)}" width="${Math.round(width)}" height="${Math.round(height)}" style="border:0" loading="lazy"></iframe>`;
}
