"use client";

import Link from "next/link";
import { useEffect, useState } from "react";
import type { ReaderDocument } from "@/lib/reader/types";
import { holdReady } from "../../_site/ready";
import { openTextStore, TextStoreError } from "@/lib/texts/store-idb";
import type { ReaderLabels } from "../_components/labels";
import { ReaderView } from "../_components/ReaderView";

interface Messages {
  loading: string;
  missing: string;
  invalid: string;
  unavailable: string;
  back: string;
}

type Loaded = { state: "loading" } | { state: "ready"; document: ReaderDocument } | { state: "missing" | "invalid" | "unavailable" };

async function load(id: string | null): Promise<Loaded> {
  if (!id) return { state: "missing" };
  try {
    const store = await openTextStore();
    const result = await store.get(id);
    store.close();
    return result.status === "found" ? { state: "ready", document: result.document } : { state: result.status };
  } catch (error) {
    return { state: error instanceof TextStoreError && error.code !== "storage-unavailable" ? "invalid" : "unavailable" };
  }
}

/** Reads ?id= in the browser, loads that document from IndexedDB, and renders it with the same ReaderView. */
export function LocalReader({ labels, messages, libraryHref }: { labels: ReaderLabels; messages: Messages; libraryHref: string }) {
  const [loaded, setLoaded] = useState<Loaded>({ state: "loading" });

  useEffect(() => {
    let cancelled = false;
    const release = holdReady();
    void load(new URLSearchParams(window.location.search).get("id")).then((result) => {
      if (cancelled) return;
      if (result.state === "ready") window.document.title = `${result.document.title.is} · Samhliða`;
      setLoaded(result);
    }).finally(release);
    return () => {
      cancelled = true;
      release();
    };
  }, []);

  if (loaded.state === "ready") return <ReaderView document={loaded.document} labels={labels} />;
  if (loaded.state === "loading") return <p role="status">{messages.loading}</p>;
  return (
    <div role="alert" className="local-problem">
      <p>{messages[loaded.state]}</p>
      <p>
        <Link href={libraryHref}>{messages.back}</Link>
      </p>
    </div>
  );
}
