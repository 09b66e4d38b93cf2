"use client";

import { useMemo, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Rating, type Grade } from "ts-fsrs";
import { VocabError } from "@/lib/vocab/errors";
import type { SavedWord } from "@/lib/vocab/model";
import { grades, preview, reviewWord } from "@/lib/vocab/schedule";
import { dueForReview, LEARN_AHEAD_MS, nextInSession, sessionQueue } from "@/lib/vocab/session";
import { ReviewCard } from "./ReviewCard";
import { useReviewKeys } from "./useReviewKeys";
import { useVocabulary } from "../../_site/useVocabulary";

const GRADE_KEYS = ["again", "hard", "good", "easy"] as const;

/**
 * A review session. The words due at the start form the session; each grade goes through FSRS,
 * and a missed card returns when its short-term step is due (lib/vocab/session.ts). The session
 * keeps its own copy of its words, updated from each write, so the next card never waits on a
 * re-read of the store.
 */
export function ReviewSession({ lng }: { lng: string }) {
  const { t } = useTranslation("vocab");
  const { store, words, loaded, failed } = useVocabulary();
  const [session, setSession] = useState<Map<string, SavedWord>>();
  const [last, setLast] = useState<string>();
  const [reviewed, setReviewed] = useState(0);
  const [shown, setShown] = useState(false);
  const [cloze, setCloze] = useState(false);
  const [message, setMessage] = useState("");
  // "Now" moves on with each grade, not with each render, so the screen stays stable.
  const [now, setNow] = useState(() => new Date());
  const root = useRef<HTMLDivElement>(null);
  const due = useMemo(() => dueForReview(words, now), [words, now]);
  const sessionWords = useMemo(() => [...(session?.values() ?? [])], [session]);
  const ids = useMemo(() => new Set(session?.keys()), [session]);
  const current = session ? nextInSession(sessionWords, ids, now, last) : undefined;
  const relative = useMemo(() => new Intl.RelativeTimeFormat(lng === "is" ? "is" : "en", { numeric: "auto" }), [lng]);

  function when(date: Date, from: Date): string {
    const minutes = Math.round((date.getTime() - from.getTime()) / 60_000);
    if (minutes < 60) return relative.format(Math.max(1, minutes), "minute");
    if (minutes < 60 * 24) return relative.format(Math.round(minutes / 60), "hour");
    return relative.format(Math.round(minutes / (60 * 24)), "day");
  }

  // One grade at a time: a second key or click while the first is being written would grade the
  // same card again (a double review, the interval pushed out twice, the count off by one).
  const grading = useRef(false);
  async function grade(value: Grade) {
    if (!store || !current || !session || grading.current) return;
    grading.current = true;
    const at = new Date();
    try {
      const saved = await store.update(current.id, (w) => w && reviewWord(w, value, at));
      const next = new Map(session);
      if (saved) next.set(saved.id, saved);
      else next.delete(current.id);
      setSession(next);
      setLast(current.id);
      setReviewed((n) => n + 1);
      setNow(at);
      setShown(false);
      const back = saved && new Date(saved.card.due);
      setMessage(
        value === Rating.Again && back && back.getTime() - at.getTime() <= LEARN_AHEAD_MS
          ? t("review.again-soon", { lemma: saved.lemma, when: when(back, at) })
          : "",
      );
    } catch (error) {
      setMessage(t(`errors.${error instanceof VocabError ? error.code : "storage-failed"}`, { index: 0 }));
    } finally {
      grading.current = false;
    }
  }

  useReviewKeys(root, {
    active: !!current,
    shown,
    show: () => setShown(true),
    grade: (i) => void grade(grades[i]!),
  });

  if (!loaded) return failed ? <p role="alert" className="notice">{t("errors.read-failed")}</p> : null;
  if (!session) {
    return (
      <div className="review-start">
        <p>{due.length ? t("review.due", { count: due.length }) : t("review.dueNone")}</p>
        {due.length > 0 && (
          <button type="button" className="switch" onClick={() => setSession(new Map(due.map((w) => [w.id, w])))}>
            {t("review.start")}
          </button>
        )}
      </div>
    );
  }
  if (!current) {
    return (
      <p role="status">
        {message} {t("review.done", { count: reviewed })}
      </p>
    );
  }
  const next = preview(current.card, now);
  return (
    <div className="review" ref={root}>
      <p className="muted">
        {t("review.progress", { reviewed, left: sessionQueue(sessionWords, ids, now).length })} · {t("review.keys")}
      </p>
      <label className="checkbox">
        <input type="checkbox" checked={cloze} onChange={(e) => setCloze(e.target.checked)} /> {t("review.cloze")}
      </label>
      <ReviewCard key={`${current.id}:${reviewed}`} word={current} cloze={cloze} shown={shown} />
      {!shown ? (
        <button type="button" className="switch" autoFocus onClick={() => setShown(true)}>
          {t("review.show")}
        </button>
      ) : (
        <div className="button-row" role="group" aria-label={t("review.title")}>
          {grades.map((value, i) => (
            <button key={value} type="button" className="switch grade" onClick={() => void grade(value)}>
              <kbd>{i + 1}</kbd> {t(`review.${GRADE_KEYS[i]!}`)}{" "}
              <span className="muted">{t("review.next", { when: when(next[value], now) })}</span>
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
