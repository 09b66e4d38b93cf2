import type { TextMeta } from "./store-idb";

/**
 * Whether a text's import is still running somewhere: a Web Lock named after the text is held
 * for as long as its stream is read, in whichever tab, and let go when that tab closes — so a
 * reader can tell an import that is running from one that died with its tab.
 */
const lockName = (id: string) => `samhlida-import:${id}`;

const locks = (): LockManager | undefined => (typeof navigator !== "undefined" && "locks" in navigator ? navigator.locks : undefined);

export async function withImportLock<T>(id: string, work: () => Promise<T>): Promise<T> {
  const manager = locks();
  if (!manager) return work();
  return manager.request(lockName(id), () => work());
}

/** Browsers without Web Locks: an import that has written nothing for this long is taken as stopped. */
export const SILENT_IMPORT_MS = 60_000;

export async function importRunning(id: string, meta: Pick<TextMeta, "state" | "updatedAt">, now = Date.now()): Promise<boolean> {
  const manager = locks();
  if (!manager) return meta.state === "analysing" && now - Date.parse(meta.updatedAt) < SILENT_IMPORT_MS;
  const { held = [] } = await manager.query();
  return held.some((lock) => lock.name === lockName(id));
}
