"use client";

import { useEffect, useState } from "react";
import { importRunning } from "@/lib/texts/import-lock";
import type { TextMeta } from "@/lib/texts/store-idb";

/**
 * Whether this text's import is running in some tab now; undefined until known. Asked again
 * whenever the stored analysis state changes (a running import writes it as it goes).
 */
export function useImportRunning(id: string | null, meta: TextMeta | undefined): boolean | undefined {
  const [running, setRunning] = useState<boolean>();
  const pending = meta?.pending.length ?? 0;
  useEffect(() => {
    let current = true;
    if (!id || !meta || pending === 0) return;
    void importRunning(id, meta).then((value) => current && setRunning(value));
    return () => {
      current = false;
    };
  }, [id, meta, pending]);
  return pending === 0 ? false : running;
}
