// Whether the reader may have documents or concepts kept in this browser, asked of IndexedDB
// without opening it (nor fetching the store's code): the database is made with the first thing
// kept, so a browser that lists its databases without ours keeps nothing of the reader's.

export const DATABASE = 'gdi-explorer';

/**
 * False only when IndexedDB lists its databases and ours is not among them; true where it may be
 * there, or where the browser cannot say (no `databases()`, a refusal, no IndexedDB at all: the
 * store is opened then, and says what it can keep).
 */
export async function mayHaveStoredData(
  factory: IDBFactory | undefined,
  name: string = DATABASE,
): Promise<boolean> {
  if (!factory || typeof factory.databases !== 'function') return true;
  try {
    return (await factory.databases()).some((d) => d.name === name);
  } catch {
    return true;
  }
}
