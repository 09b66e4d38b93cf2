/**
 * A built-in article's data (its JSON file), fetched once per page however many ask for it: the
 * reader itself (useDocumentData) and a key pressed before the data arrived (pendingMarks) would
 * otherwise download it twice, on exactly the slow connections where the key is pressed early.
 * The value is returned unchecked: each caller checks it (lib/reader/check.ts) when it needs it.
 */
export type LoadedDocument = { ok: true; value: unknown } | { ok: false; retry: boolean };

/** A request that has not answered by then is given up, so nothing waits on it for ever. */
export const DOCUMENT_LOAD_TIMEOUT_MS = 20_000;

const loads = new Map<string, Promise<LoadedDocument>>();

export function loadDocument(url: string, timeoutMs = DOCUMENT_LOAD_TIMEOUT_MS): Promise<LoadedDocument> {
  const known = loads.get(url);
  if (known) return known;
  const loading = fetch(url, { signal: AbortSignal.timeout(timeoutMs) })
    .then(async (response): Promise<LoadedDocument> => {
      // Gone for good: another deployment no longer has this article.
      if (response.status === 404 || response.status === 410) return { ok: false, retry: false };
      if (!response.ok) return { ok: false, retry: true };
      return { ok: true, value: await response.json() };
    })
    .catch((): LoadedDocument => ({ ok: false, retry: true }));
  loads.set(url, loading);
  // A failure is not kept: the next request tries again.
  void loading.then((result) => !result.ok && loads.delete(url));
  return loading;
}
