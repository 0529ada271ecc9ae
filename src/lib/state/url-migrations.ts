// Keeping old links working. A link carries its URL version in `v` (absent = 1). When the URL
// format changes, URL_VERSION goes up and a migration from the old version is added here; parseUrl
// runs every migration from the link's version onwards, so a link from any past version still opens
// the view it showed. Renamed concepts are migrated from the codebook's "renamed" list instead, so
// that a codebook edit needs no code change.

export interface UrlMigration {
  /** The version this migration reads; it writes version `from + 1`. */
  from: number;
  description: string;
  migrate(route: string, params: URLSearchParams): string;
}

/** Version 1 is the first published format, so there is nothing to migrate from yet. */
export const URL_MIGRATIONS: readonly UrlMigration[] = [];

/** Other names people type or write for a view. */
export const ROUTE_ALIASES: Readonly<Record<string, string>> = {
  reader: 'read',
  text: 'read',
  comparison: 'compare',
  concepts: 'graph',
};

export interface MigratedUrl {
  route: string;
  params: URLSearchParams;
  /** Parameters a migration added, removed or rewrote. */
  changedParams: Set<string>;
}

export function migrateUrl(
  route: string,
  params: URLSearchParams,
  migrations: readonly UrlMigration[],
): MigratedUrl {
  const v = Number(params.get('v') ?? '1');
  let version = Number.isInteger(v) && v >= 1 ? v : 1;
  let current = new URLSearchParams(params);
  let currentRoute = route;
  const before = new Map([...params.entries()]);
  for (const m of [...migrations].sort((a, b) => a.from - b.from)) {
    if (m.from !== version) continue;
    const next = new URLSearchParams(current);
    currentRoute = m.migrate(currentRoute, next);
    current = next;
    version = m.from + 1;
  }
  const changedParams = new Set<string>();
  for (const [k, val] of current.entries()) if (before.get(k) !== val) changedParams.add(k);
  for (const k of before.keys()) if (!current.has(k)) changedParams.add(k);
  current.delete('v');
  changedParams.delete('v');
  return { route: currentRoute, params: current, changedParams };
}
