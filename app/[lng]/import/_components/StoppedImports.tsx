"use client";

import Link from "next/link";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { onTextChange } from "@/lib/texts/changes";
import { importRunning } from "@/lib/texts/import-lock";
import { storedTextHref } from "@/lib/texts/links";
import { openTextStore, type TextListing } from "@/lib/texts/store-idb";

async function stoppedImports(): Promise<TextListing[]> {
  try {
    const store = await openTextStore();
    const list = await store.list();
    store.close();
    const candidates = list.filter((text) => text.resumable && text.meta && text.meta.pending.length > 0);
    const running = await Promise.all(candidates.map((text) => (text.meta ? importRunning(text.id, text.meta) : true)));
    return candidates.filter((_, i) => !running[i]).sort((a, b) => b.savedAt.localeCompare(a.savedAt));
  } catch {
    // No storage: nothing was stored to finish either.
    return [];
  }
}

/**
 * Texts whose import stopped (tab closed, connection lost), so the learner finishes one in the
 * reader instead of importing it again as a second copy.
 */
export function StoppedImports({ lng }: { lng: string }) {
  const { t } = useTranslation("import");
  const [texts, setTexts] = useState<TextListing[]>([]);

  useEffect(() => {
    let current = true;
    const reload = () => void stoppedImports().then((list) => current && setTexts(list));
    reload();
    const stop = onTextChange(reload);
    return () => {
      current = false;
      stop();
    };
  }, []);

  if (texts.length === 0) return null;
  return (
    <section className="notice stopped-imports" aria-labelledby="stopped-imports-title">
      <h2 id="stopped-imports-title">{t("stoppedImports.title")}</h2>
      <p>{t("stoppedImports.help")}</p>
      <ul>
        {texts.map((text) => (
          <li key={text.id}>
            <Link href={storedTextHref(lng, text.id)} lang="is">
              {text.title}
            </Link>{" "}
            — {t("stoppedImports.pending", { count: text.meta?.pending.length ?? 0 })}
          </li>
        ))}
      </ul>
    </section>
  );
}
