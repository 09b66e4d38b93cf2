/** Where the client route looks for stored reader documents: the same as lib/texts/store-idb.ts (a unit test checks). */
export const TEXTS_DB = { name: "samhlida-texts", version: 1, store: "documents" } as const;

/**
 * Puts a reader document into the browser's IndexedDB as the import feature will. Runs inside the
 * page (page.evaluate), so it is self-contained: plain IndexedDB, no imports.
 */
export function storeDocument({ db, document }: { db: { name: string; version: number; store: string }; document: { id: string } }) {
  return new Promise<void>((resolve, reject) => {
    const request = indexedDB.open(db.name, db.version);
    request.onupgradeneeded = () => request.result.createObjectStore(db.store, { keyPath: "id" });
    request.onerror = () => reject(request.error);
    request.onsuccess = () => {
      const connection = request.result;
      const tx = connection.transaction(db.store, "readwrite");
      tx.objectStore(db.store).put({ id: document.id, savedAt: new Date().toISOString(), document });
      tx.oncomplete = () => {
        connection.close();
        resolve();
      };
      tx.onerror = () => reject(tx.error);
    };
  });
}
