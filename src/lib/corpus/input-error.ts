// Problems in input files, reported as `path:line: what is wrong` so an editor can jump to them.

import type { Localized } from '../i18n/catalogue.ts';

export interface InputProblem {
  path: string;
  line: number;
  /** In English, for the build's output and logs. */
  message: string;
  /** The same in the interface's words, where the browser shows it (the add-document form). */
  said?: Localized;
}

export class InputError extends Error {
  readonly problems: InputProblem[];

  constructor(problems: InputProblem[]) {
    super(problems.map(formatProblem).join('\n'));
    this.name = 'InputError';
    this.problems = problems;
  }
}

export function formatProblem(p: InputProblem): string {
  return `${p.path}:${p.line}: ${p.message}`;
}

/** 1-based line number of a character offset. */
export function lineOfOffset(text: string, offset: number): number {
  let line = 1;
  const end = Math.min(offset, text.length);
  for (let i = 0; i < end; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/**
 * The line on which a JSON file states `"key": "value"` (or, without a key, the quoted value),
 * so that a problem found after parsing can still point at its line. Falls back to line 1.
 */
export function lineOfJsonValue(raw: string, value: string, key?: string): number {
  const quoted = JSON.stringify(value);
  let at = -1;
  if (key !== undefined) {
    const pattern = new RegExp(
      `${escapeRegExp(JSON.stringify(key))}\\s*:\\s*${escapeRegExp(quoted)}`,
    );
    at = pattern.exec(raw)?.index ?? -1;
  }
  if (at < 0) at = raw.indexOf(quoted);
  return at < 0 ? 1 : lineOfOffset(raw, at);
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Decodes bytes as strict UTF-8. A file that is not UTF-8 (or is binary) is a problem with the
 * line where the first bad byte sits.
 */
export function decodeUtf8(path: string, content: string | Uint8Array): string {
  if (typeof content === 'string') return content;
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(content);
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  } catch {
    const bad = firstInvalidUtf8Byte(content);
    let line = 1;
    for (let i = 0; i < bad; i++) if (content[i] === 10) line++;
    throw new InputError([
      {
        path,
        line,
        message: `not valid UTF-8 text (first bad byte at offset ${bad}); save the file as UTF-8`,
        // The offset as a string: a byte offset is not a quantity to write as 1,204.
        said: { key: 'reader.draft.notUtf8', params: { offset: String(bad), encoding: 'UTF-8' } },
      },
    ]);
  }
}

function firstInvalidUtf8Byte(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const len =
      b < 0x80
        ? 1
        : b >= 0xc2 && b <= 0xdf
          ? 2
          : b >= 0xe0 && b <= 0xef
            ? 3
            : b >= 0xf0 && b <= 0xf4
              ? 4
              : 0;
    if (len === 0 || i + len > bytes.length) return i;
    for (let k = 1; k < len; k++) if ((bytes[i + k]! & 0xc0) !== 0x80) return i;
    i += len;
  }
  return 0;
}
