"use client";

import { useEffect, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { VocabError } from "@/lib/vocab/errors";
import { statuses, type SavedWord, type Status } from "@/lib/vocab/model";
import { filterWords, type SortOrder } from "@/lib/vocab/search";
import { useVocabulary } from "../../_site/useVocabulary";
import { VocabularyExport } from "./VocabularyExport";
import { WordCard } from "./WordCard";

/** Asks the server which lemmas a typed form may belong to (lemma-is lives on the server). */
function useQueryLemmas(query: string) {
  const [lemmas, setLemmas] = useState<string[]>([]);
  useEffect(() => {
    const q = query.trim();
    const controller = new AbortController();
    const timer = setTimeout(() => {
      if (!q) return setLemmas([]);
      fetch(`/api/lemmas?q=${encodeURIComponent(q)}`, { signal: controller.signal })
        .then((response) => (response.ok ? response.json() : { lemmas: [] }))
        .then((body: { lemmas?: unknown }) => setLemmas(Array.isArray(body.lemmas) ? body.lemmas.filter((l) => typeof l === "string") : []))
        .catch(() => undefined);
    }, 150);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [query]);
  return lemmas;
}

export function VocabularyView({ lng }: { lng: string }) {
  const { t } = useTranslation("vocab");
  const { store, words, loaded, failed } = useVocabulary();
  const [query, setQuery] = useState("");
  const [status, setStatusFilter] = useState<Status | "all">("all");
  const [order, setOrder] = useState<SortOrder>("alphabetical");
  const [message, setMessage] = useState("");
  const [deleted, setDeleted] = useState<SavedWord>();
  const queryLemmas = useQueryLemmas(query);
  const shown = useMemo(() => filterWords(words, { query, queryLemmas, status, order }), [words, query, queryLemmas, status, order]);

  /** False (and the reason said) when the storage refused the change. */
  async function write(id: string, change: (current: SavedWord | undefined) => SavedWord | null | undefined): Promise<boolean> {
    try {
      await store?.update(id, change);
      return true;
    } catch (error) {
      setMessage(t(`errors.${error instanceof VocabError ? error.code : "storage-failed"}`, { index: 0 }));
      return false;
    }
  }
  const forget = (word: SavedWord) => setDeleted((current) => (current === word ? undefined : current));

  return (
    <div className="vocabulary">
      {store && !store.persistent && <p className="notice">{t("notPersistent")}</p>}
      {failed && (
        <p role="alert" className="notice">
          {t("errors.read-failed")}
        </p>
      )}
      <div className="vocab-tools">
        <label>
          {t("search.label")}
          <input type="search" lang="is" value={query} placeholder={t("search.placeholder")} onChange={(e) => setQuery(e.target.value)} />
        </label>
        <label>
          {t("filter.label")}
          <select value={status} onChange={(e) => setStatusFilter(statuses.find((s) => s === e.target.value) ?? "all")}>
            <option value="all">{t("filter.all")}</option>
            {statuses.map((s) => (
              <option key={s} value={s}>
                {t(`status.${s}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t("sort.label")}
          <select value={order} onChange={(e) => setOrder(e.target.value === "newest" || e.target.value === "oldest" ? e.target.value : "alphabetical")}>
            <option value="alphabetical">{t("sort.alphabetical")}</option>
            <option value="newest">{t("sort.newest")}</option>
            <option value="oldest">{t("sort.oldest")}</option>
          </select>
        </label>
      </div>
      <p role="status" aria-live="polite" className="vocab-message">
        {message}
        {deleted && (
          <>
            {" "}
            <button
              type="button"
              className="link-button"
              onClick={() => {
                // The deleted word is kept (and Undo offered) until it is really back in the store.
                const word = deleted;
                void write(word.id, () => word).then((ok) => {
                  if (!ok) return;
                  forget(word);
                  setMessage("");
                });
              }}
            >
              {t("delete.undo")}
            </button>
          </>
        )}
      </p>
      {loaded && words.length === 0 && <p>{t("empty")}</p>}
      {words.length > 0 && <p className="muted">{t("count", { shown: shown.length, total: words.length })}</p>}
      {words.length > 0 && shown.length === 0 && <p>{t("search.noMatch")}</p>}
      <ul className="card-list">
        {shown.map((word) => (
          <WordCard
            key={`${word.id}:${word.updatedAt}`}
            word={word}
            lng={lng}
            onChange={(id, change) => void write(id, (current) => current && change(current))}
            onDelete={(word) => {
              void write(word.id, () => null).then((ok) => ok || forget(word));
              setDeleted(word);
              setMessage(t("delete.done", { lemma: word.lemma }));
            }}
          />
        ))}
      </ul>
      <VocabularyExport store={store} words={words} onMessage={(text) => (setDeleted(undefined), setMessage(text))} />
    </div>
  );
}
