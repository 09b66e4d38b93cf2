"use client";

import { useTranslation } from "react-i18next";
import { checkBackupSize, parseBackup, toBackup } from "@/lib/vocab/backup";
import { mergeWord, planRestore } from "@/lib/vocab/merge";
import { VocabError } from "@/lib/vocab/errors";
import { toAnki, toCsv } from "@/lib/vocab/export";
import { BACKUP_LIMITS } from "@/lib/vocab/limits";
import type { SavedWord } from "@/lib/vocab/model";
import type { VocabStore } from "@/lib/vocab/store";
import { download } from "./download";

interface Props {
  store: VocabStore | undefined;
  words: SavedWord[];
  onMessage: (message: string) => void;
}

/** Anki, CSV and JSON backup out; a backup in, validated and merged, with a report. */
export function VocabularyExport({ store, words, onMessage }: Props) {
  const { t } = useTranslation("vocab");
  const stamp = () => new Date().toISOString().slice(0, 10);

  async function restore(file: File) {
    if (!store) return;
    try {
      checkBackupSize(file.size);
      const incoming = parseBackup(await file.text());
      const { writes, report } = planRestore(words, incoming);
      // One transaction: the whole backup is restored or none of it. Each write merges with what
      // the store holds now, in case another tab changed it meanwhile.
      await store.updateMany(new Map(writes.map((word) => [word.id, (current) => (current ? mergeWord(current, word) : word)])));
      onMessage(t("export.restored", { ...report }));
    } catch (error) {
      const code = error instanceof VocabError ? error.code : "storage-failed";
      onMessage(
        t(`errors.${code}`, {
          index: error instanceof VocabError ? (error.index ?? 0) + 1 : 0,
          megabytes: BACKUP_LIMITS.fileBytes / 1024 / 1024,
          words: BACKUP_LIMITS.words,
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
        <button type="button" className="switch" disabled={!words.length} onClick={() => download(`samhlida-backup-${stamp()}.json`, toBackup(words, new Date()), "application/json")}>
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
