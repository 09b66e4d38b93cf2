"use client";

import { useTranslation } from "react-i18next";
import { checkBackupSize, parseBackup, toBackup } from "@/lib/vocab/backup";
import { mergeWord, planRestore } from "@/lib/vocab/merge";
import { VocabError } from "@/lib/vocab/errors";
import { toAnki, toCsv } from "@/lib/vocab/export";
import { BACKUP_LIMITS } from "@/lib/vocab/limits";
import type { SavedWord } from "@/lib/vocab/model";
import type { VocabStore } from "@/lib/vocab/store";
import { readBackupTexts, TEXT_BACKUP_LIMITS } from "@/lib/texts/backup";
import { openTextStore } from "@/lib/texts/store-idb";
import { openedVocabStore } from "../../_site/useVocabulary";
import { download } from "./download";

/** The learner's imported texts, as the backup carries them (documents only; analysis state is not kept). */
async function storedTexts(): Promise<unknown[]> {
  try {
    const store = await openTextStore();
    const texts: unknown[] = [];
    for (const { id, savedAt } of await store.list()) {
      const result = await store.get(id);
      if (result.status === "found") texts.push({ id, savedAt, document: result.document });
    }
    store.close();
    return texts;
  } catch {
    return [];
  }
}

interface Props {
  store: VocabStore | undefined;
  words: SavedWord[];
  onMessage: (message: string) => void;
}

/** Anki, CSV and JSON backup out; a backup in, validated and merged, with a report. */
export function VocabularyExport({ store, words, onMessage }: Props) {
  const { t } = useTranslation("vocab");
  const stamp = () => new Date().toISOString().slice(0, 10);

  /**
   * The store, and every word in it, even when the page has not shown them yet: a backup made or
   * restored in the first moment after load waits for the store instead of seeing no words.
   */
  async function current(): Promise<{ target: VocabStore; all: SavedWord[] }> {
    const target = store ?? (await openedVocabStore());
    if (!target) throw new VocabError("storage-failed", "the vocabulary store is not open");
    return { target, all: store ? words : await target.all() };
  }

  async function backup() {
    try {
      const [{ all }, texts] = await Promise.all([current(), storedTexts()]);
      download(`samhlida-backup-${stamp()}.json`, toBackup(all, new Date(), texts), "application/json");
    } catch {
      onMessage(t("errors.storage-failed"));
    }
  }

  async function restore(file: File) {
    try {
      checkBackupSize(file.size);
      const content = await file.text();
      const incoming = parseBackup(content);
      // parseBackup has checked that this is JSON; the texts are checked before anything is written.
      const texts = readBackupTexts(JSON.parse(content));
      const { target, all } = await current();
      const { writes, report } = planRestore(all, incoming);
      // One transaction: the whole backup is restored or none of it. Each write merges with what
      // the store holds now, in case another tab changed it meanwhile.
      await target.updateMany(new Map(writes.map((word) => [word.id, (current) => (current ? mergeWord(current, word) : word)])));
      if (texts.length > 0) {
        const textStore = await openTextStore();
        for (const text of texts) await textStore.put(text.document);
        textStore.close();
      }
      onMessage(`${t("export.restored", { ...report })}${texts.length ? ` ${t("export.restoredTexts", { count: texts.length })}` : ""}`);
    } catch (error) {
      const code = error instanceof VocabError ? error.code : "storage-failed";
      onMessage(
        t(`errors.${code}`, {
          index: error instanceof VocabError ? (error.index ?? 0) + 1 : 0,
          megabytes: BACKUP_LIMITS.fileBytes / 1024 / 1024,
          words: BACKUP_LIMITS.words,
          texts: TEXT_BACKUP_LIMITS.texts,
        }),
      );
    }
  }

  return (
    <section className="vocab-export" aria-labelledby="export-title">
      <h2 id="export-title">{t("export.title")}</h2>
      <div className="button-row">
        <button type="button" className="switch" disabled={!words.length} onClick={() => download(`samhlida-anki-${stamp()}.txt`, toAnki(words), "text/plain;charset=utf-8")}>
          {t("export.anki")}
        </button>
        <button type="button" className="switch" disabled={!words.length} onClick={() => download(`samhlida-${stamp()}.csv`, toCsv(words), "text/csv;charset=utf-8")}>
          {t("export.csv")}
        </button>
        <button type="button" className="switch" onClick={() => void backup()}>
          {t("export.backup")}
        </button>
        <label className="switch file-button">
          {t("export.restore")}
          <input
            type="file"
            accept="application/json,.json"
            onChange={(event) => {
              const file = event.target.files?.[0];
              event.target.value = "";
              if (file) void restore(file);
            }}
          />
        </label>
      </div>
    </section>
  );
}
