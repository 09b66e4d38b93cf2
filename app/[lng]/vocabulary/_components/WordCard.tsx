"use client";

import { contextHref } from "@/lib/texts/links";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { statuses, type SavedWord, type Status } from "@/lib/vocab/model";
import { BACKUP_LIMITS } from "@/lib/vocab/limits";
import { editWord, setStatus } from "@/lib/vocab/save";

interface Props {
  word: SavedWord;
  lng: string;
  onChange: (id: string, change: (word: SavedWord) => SavedWord) => void;
  onDelete: (word: SavedWord) => void;
}

/** One saved word: its meaning and note can be edited in place; its contexts link back to the text. */
export function WordCard({ word, lng, onChange, onDelete }: Props) {
  const { t } = useTranslation("vocab");
  const [meaning, setMeaning] = useState(word.meaning);
  const [note, setNote] = useState(word.note);
  const [tooLong, setTooLong] = useState(false);
  const dirty = meaning !== word.meaning || note !== word.note;
  const date = new Intl.DateTimeFormat(lng === "is" ? "is-IS" : "en-GB", { dateStyle: "medium" }).format(new Date(word.createdAt));

  return (
    <li className="card word-card" data-word={word.id}>
      <div className="word-head">
        <h2 lang="is">{word.lemma}</h2>
        <select
          aria-label={t("edit.status", { lemma: word.lemma })}
          value={word.status}
          onChange={(event) => {
            // Read now: a controlled select snaps back to its old value until the store answers.
            const next = statuses.find((s) => s === event.target.value);
            if (next) onChange(word.id, (w) => setStatus(w, next, new Date()));
          }}
        >
          {statuses.map((status: Status) => (
            <option key={status} value={status}>
              {t(`status.${status}`)}
            </option>
          ))}
        </select>
      </div>
      <form
        className="word-edit"
        onSubmit={(event) => {
          event.preventDefault();
          // Refuse rather than cut: the learner's text stays in the field, with the reason beside it.
          const over = meaning.length > BACKUP_LIMITS.long || note.length > BACKUP_LIMITS.long;
          setTooLong(over);
          if (!over) onChange(word.id, (w) => editWord(w, { meaning, note }, new Date()));
        }}
      >
        <label>
          <span className="visually-hidden">{t("edit.meaning", { lemma: word.lemma })}</span>
          <input lang="en" value={meaning} aria-invalid={tooLong || undefined} onChange={(event) => setMeaning(event.target.value)} />
        </label>
        <label>
          <span className="visually-hidden">{t("edit.note", { lemma: word.lemma })}</span>
          <textarea rows={1} value={note} aria-invalid={tooLong || undefined} onChange={(event) => setNote(event.target.value)} />
        </label>
        {tooLong && (
          <p role="alert" className="form-error">
            {t("edit.tooLong", { limit: BACKUP_LIMITS.long.toLocaleString(lng === "is" ? "is-IS" : "en-GB") })}
          </p>
        )}
        {dirty && (
          <button type="submit" className="switch">
            {t("edit.save")}
          </button>
        )}
      </form>
      <ul className="contexts" aria-label={t("columns.contexts")}>
        {word.contexts.map((context) => (
          <li key={`${context.slug}#${context.sentenceId}`}>
            <p lang="is">{context.is}</p>
            <p lang="en" className="muted">
              {context.en}
            </p>
            <a href={contextHref(lng, context.slug, context.sentenceId)} lang="is">
              {context.title}
            </a>
          </li>
        ))}
      </ul>
      <p className="word-meta">
        <span>
          {t("columns.saved")}: {date}
        </span>
        <button type="button" className="link-button" onClick={() => onDelete(word)}>
          {t("delete.button", { lemma: word.lemma })}
        </button>
      </p>
    </li>
  );
}
