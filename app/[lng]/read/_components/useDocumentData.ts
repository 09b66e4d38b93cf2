"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { isReaderDocument } from "@/lib/reader/check";
import { loadDocument } from "@/lib/reader/load-document";
import type { ReaderDocument } from "@/lib/reader/types";
import { holdReady } from "../../_site/ready";
import { afterLoadIdle, nextTask } from "../../_site/idle";

/**
 * A built-in article's data, fetched once from its static JSON file and checked
 * (lib/reader/check.ts) as it crosses that boundary. Its text is already in the HTML, so nothing
 * needs the data while the page loads: it is fetched when the browser is idle after `load`, or
 * earlier when the reader reaches for a word (`request`, on pointer, focus or touch in the text).
 * Until it has arrived the page is not marked ready (the keys and glosses need it), and a word
 * hovered meanwhile opens its gloss as soon as it is there. Pass a stable `onUnavailable`.
 */
export function useDocumentData(url: string | undefined, onUnavailable: () => void): { document: ReaderDocument | undefined; request(): void } {
  const [document, setDocument] = useState<ReaderDocument>();
  const [wanted, setWanted] = useState(false);
  const request = useCallback(() => setWanted(true), []);
  const hold = useRef<() => void>(undefined);

  useEffect(() => {
    if (!url) return;
    hold.current = holdReady();
    const cancelIdle = afterLoadIdle(request);
    return () => {
      cancelIdle();
      hold.current?.();
    };
  }, [url, request]);

  useEffect(() => {
    if (!url || !wanted) return;
    let cancelled = false;
    const settle = () => hold.current?.();
    loadDocument(url)
      // Parsing and checking are separate tasks, so neither blocks the page for long.
      .then(async (loaded) => {
        if (!loaded.ok) return void (!cancelled && onUnavailable());
        await nextTask();
        if (cancelled) return;
        if (isReaderDocument(loaded.value)) setDocument(loaded.value);
        else onUnavailable();
      })
      .finally(() => !cancelled && settle());
    return () => {
      cancelled = true;
    };
  }, [url, wanted, onUnavailable]);

  return { document, request };
}
