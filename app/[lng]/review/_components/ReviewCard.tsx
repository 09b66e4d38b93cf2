"use client";

import { useTranslation } from "react-i18next";
import type { SavedWord } from "@/lib/vocab/model";

/** Front: the word in its sentence (or a gap); back: lemma, meaning and the sentence's translation. */
export function ReviewCard({ word, cloze, shown }: { word: SavedWord; cloze: boolean; shown: boolean }) {
  const { t } = useTranslation("vocab");
  // Each review shows the next of the word's sentences, so a word is not learnt from one sentence only.
  const context = word.contexts[word.card.reps % word.contexts.length]!;
  const at = context.is.indexOf(context.form);
  const before = at >= 0 ? context.is.slice(0, at) : context.is;
  const after = at >= 0 ? context.is.slice(at + context.form.length) : "";
  const hidden = cloze && !shown;
  return (
    <div className="review-card" aria-live="polite">
      <p className="review-sentence" lang="is">
        {before}
        {at >= 0 && <mark className={hidden ? "cloze" : undefined}>{hidden ? "＿＿＿" : context.form}</mark>}
        {after}
      </p>
      {shown && (
        <dl className="review-answer">
          <dt className="visually-hidden">{t("review.meaning")}</dt>
          <dd>
            <b lang="is">{word.lemma}</b> — <span lang="en">{word.meaning}</span>
          </dd>
          {word.note && <dd>{word.note}</dd>}
          <dt className="visually-hidden">{t("review.translation")}</dt>
          <dd lang="en" className="muted">
            {context.en}
          </dd>
        </dl>
      )}
    </div>
  );
}
