"use client";

import { useEffect, useState } from "react";
import type { SavedWord } from "@/lib/vocab/model";
import type { VocabStore } from "@/lib/vocab/store";
import { openVocabStore } from "@/lib/vocab/store-idb";

/** The saved words, live: changes in this tab or another re-read the store. */
export function useVocabulary() {
  const [store, setStore] = useState<VocabStore>();
  const [words, setWords] = useState<SavedWord[]>([]);
  const [loaded, setLoaded] = useState(false);

  useEffect(() => {
    let disposed = false;
    let opened: VocabStore | undefined;
    void openVocabStore().then((s) => {
      if (disposed) return s.close();
      opened = s;
      const reload = () =>
        void s.all().then((all) => {
          if (disposed) return;
          setWords(all);
          setLoaded(true);
        });
      s.subscribe(reload);
      reload();
      setStore(s);
    });
    return () => {
      disposed = true;
      opened?.close();
    };
  }, []);

  return { store, words, loaded };
}
