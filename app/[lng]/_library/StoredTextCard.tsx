"use client";

import Link from "next/link";
import { useState } from "react";
import { fill } from "@/lib/i18n/fill";
import type { LibraryLabels } from "./StoredTexts";

interface Props {
  href: string;
  title: string;
  details: string[];
  labels: LibraryLabels;
  /** Resolves to false when the title could not be stored: the form then stays open with it. */
  onRename(title: string): Promise<boolean>;
  onDelete(): void;
}

/** One of the learner's texts: its title (a link to the reader), figures, rename and delete. */
export function StoredTextCard({ href, title, details, labels, onRename, onDelete }: Props) {
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(title);
  return (
    <li className="card text-card">
      {editing ? (
        <form
          className="rename-form"
          onSubmit={(event) => {
            event.preventDefault();
            const next = draft.trim();
            if (!next) return setEditing(false);
            void onRename(next.slice(0, 200)).then((ok) => ok && setEditing(false));
          }}
        >
          <label>
            {fill(labels.renameLabel, { title })}
            <input lang="is" value={draft} maxLength={200} autoFocus onChange={(e) => setDraft(e.target.value)} />
          </label>
          <span className="button-row">
            <button type="submit" className="switch">
              {labels.renameSave}
            </button>
            <button type="button" className="switch" onClick={() => setEditing(false)}>
              {labels.renameCancel}
            </button>
          </span>
        </form>
      ) : (
        <h3>
          <Link href={href} lang="is">
            {title}
          </Link>
        </h3>
      )}
      <p>{details.join(" · ")}</p>
      {!editing && (
        <span className="button-row" role="group" aria-label={title}>
          <button
            type="button"
            className="switch"
            onClick={() => {
              setDraft(title);
              setEditing(true);
            }}
          >
            {labels.rename}
          </button>
          <button type="button" className="switch" onClick={onDelete}>
            {labels.delete}
          </button>
        </span>
      )}
    </li>
  );
}
