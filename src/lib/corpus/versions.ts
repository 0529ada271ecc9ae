// Language versions of one document (a Chinese original and its English translation): which one
// the charts count. A year with two versions counts once: the version in the interface's language,
// falling back to the original (the document the others are versions of), then to the first id.

import { languageRules } from './language.ts';
import type { SourceHeader } from './types.ts';

/** The document a version belongs with: the one it is a version of, when that one is present. */
export function versionGroupOf(header: SourceHeader, ids: ReadonlySet<string>): string {
  return header.versionOf !== undefined && ids.has(header.versionOf) ? header.versionOf : header.id;
}

/**
 * For each document that is not counted, the id of the version counted in its place. Documents
 * with no other version are always counted.
 */
export function uncountedVersions(
  headers: readonly SourceHeader[],
  interfaceLanguage = 'en',
): Map<string, string> {
  const ids = new Set(headers.map((h) => h.id));
  const groups = new Map<string, SourceHeader[]>();
  for (const h of headers) {
    const g = versionGroupOf(h, ids);
    groups.set(g, [...(groups.get(g) ?? []), h]);
  }
  const wanted = languageRules(interfaceLanguage);
  const out = new Map<string, string>();
  for (const [root, members] of groups) {
    if (members.length < 2) continue;
    const rank = (h: SourceHeader): number =>
      (languageRules(h.language) === wanted ? 0 : 2) + (h.id === root ? 0 : 1);
    const counted = [...members].sort(
      (a, b) => rank(a) - rank(b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
    )[0]!;
    for (const m of members) if (m.id !== counted.id) out.set(m.id, counted.id);
  }
  return out;
}
