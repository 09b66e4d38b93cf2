"use client";

import { useEffect, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import type { Grade } from "ts-fsrs";
import { VocabError } from "@/lib/vocab/errors";
import type { SavedWord } from "@/lib/vocab/model";
import { grades, isDue, preview, review } from "@/lib/vocab/schedule";
import { ReviewCard } from "./ReviewCard";
import { useVocabulary } from "../../_site/useVocabulary";

const GRADE_KEYS = ["again", "hard", "good", "easy"] as const;

/** Words to study: due by FSRS, and neither known nor ignored. */
const dueWords = (words: SavedWord[], now: Date) =>
  words.filter((w) => w.status !== "known" && w.status !== "ignored" && isDue(w.card, now));

export function ReviewSession({ lng }: { lng: string }) {
  const { t } = useTranslation("vocab");
  const { store, words, loaded } = useVocabulary();
  const [queue, setQueue] = useState<string[]>();
  const [index, setIndex] = useState(0);
  const [shown, setShown] = useState(false);
  const [cloze, setCloze] = useState(false);
  const [message, setMessage] = useState("");
  // "Now" moves on with each grade, not with each render, so the screen stays stable.
  const [now, setNow] = useState(() => new Date());
  const due = useMemo(() => dueWords(words, now), [words, now]);
  const current = queue ? words.find((w) => w.id === queue[index]) : undefined;
  const relative = useMemo(() => new Intl.RelativeTimeFormat(lng === "is" ? "is" : "en", { numeric: "auto" }), [lng]);

  function when(date: Date): string {
    const minutes = Math.round((date.getTime() - now.getTime()) / 60_000);
    if (minutes < 60) return relative.format(Math.max(1, minutes), "minute");
    if (minutes < 60 * 24) return relative.format(Math.round(minutes / 60), "hour");
    return relative.format(Math.round(minutes / (60 * 24)), "day");
  }

  async function grade(value: Grade) {
    if (!store || !current) return;
    const at = new Date();
    try {
      await store.update(current.id, (w) => w && { ...w, card: review(w.card, value, at), updatedAt: at.toISOString() });
      setNow(at);
      setShown(false);
      setIndex((i) => i + 1);
    } catch (error) {
      setMessage(t(`errors.${error instanceof VocabError ? error.code : "storage-failed"}`, { index: 0 }));
    }
  }

  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (!current || event.ctrlKey || event.metaKey || event.altKey) return;
      if (event.target instanceof HTMLElement && event.target.closest("input, select, textarea")) return;
      if (!shown && (event.key === " " || event.key === "Enter")) {
        event.preventDefault();
        setShown(true);
      } else if (shown && ["1", "2", "3", "4"].includes(event.key)) {
        event.preventDefault();
        void grade(grades[Number(event.key) - 1]!);
      }
    }
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  });

  if (!loaded) return null;
  if (!queue) {
    return (
      <div className="review-start">
        <p>{due.length ? t("review.due", { count: due.length }) : t("review.dueNone")}</p>
        {due.length > 0 && (
          <button type="button" className="switch" onClick={() => setQueue(due.map((w) => w.id))}>
            {t("review.start")}
          </button>
        )}
      </div>
    );
  }
  if (!current) return <p role="status">{t("review.done", { count: index })}</p>;
  const next = preview(current.card, now);
  return (
    <div className="review">
      <p className="muted">
        {t("review.progress", { current: index + 1, total: queue.length })} · {t("review.keys")}
      </p>
      <label className="checkbox">
        <input type="checkbox" checked={cloze} onChange={(e) => setCloze(e.target.checked)} /> {t("review.cloze")}
      </label>
      <ReviewCard word={current} cloze={cloze} shown={shown} />
      {!shown ? (
        <button type="button" className="switch" autoFocus onClick={() => setShown(true)}>
          {t("review.show")}
        </button>
      ) : (
        <div className="button-row" role="group" aria-label={t("review.title")}>
          {grades.map((value, i) => (
            <button key={value} type="button" className="switch grade" onClick={() => void grade(value)}>
              <kbd>{i + 1}</kbd> {t(`review.${GRADE_KEYS[i]!}`)}{" "}
              <span className="muted">{t("review.next", { when: when(next[value]) })}</span>
            </button>
          ))}
        </div>
      )}
      <p role="status" aria-live="polite">
        {message}
      </p>
    </div>
  );
}
