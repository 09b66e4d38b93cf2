import type { Gloss, ReaderPhrase } from "@/lib/reader/types";

export interface GlossActionLabels {
  save: string;
  statusGroup: string;
  shortcut: string;
  status: Record<string, string>;
}

export interface GlossLabels {
  actions: GlossActionLabels;
  here: string;
  parts: string;
  phrase: string;
  source: { bin: string; curated: string };
  pos: Record<string, string>;
  gender: Record<string, string>;
}

interface Props {
  id: string;
  gloss?: Gloss;
  phrases: ReaderPhrase[];
  labels: GlossLabels;
}

/** The content of one word's gloss. Spans only: it sits inside the sentence's <p>. */
export function GlossCard({ id, gloss, phrases, labels }: Props) {
  return (
    <span className="gloss" role="tooltip" id={id}>
      {gloss && <GlossBody gloss={gloss} labels={labels} />}
      {gloss && <GlossActions labels={labels.actions} />}
      {phrases.map((phrase) => (
        <span key={phrase.id} className="gloss-phrase">
          <span className="gloss-label">{labels.phrase}</span>{" "}
          <b lang="is">{phrase.gloss.lemma}</b>{" "}
          <span lang="en" className="gloss-meaning">
            {phrase.gloss.meanings.join("; ")}
          </span>
          {phrase.gloss.note && (
            <span lang="en" className="gloss-note">
              {phrase.gloss.note}
            </span>
          )}
        </span>
      ))}
    </span>
  );
}

function GlossBody({ gloss, labels }: { gloss: Gloss; labels: GlossLabels }) {
  const category = [labels.pos[gloss.pos], gloss.gender && labels.gender[gloss.gender]].filter(Boolean).join(", ");
  return (
    <>
      <span className="gloss-head">
        <b lang="is" className="gloss-lemma">
          {gloss.lemma}
        </b>{" "}
        <span className="gloss-pos">{category}</span>
      </span>
      <span lang="en" className="gloss-meaning">
        {gloss.meanings.join("; ")}
      </span>
      {gloss.grammar && (
        <span className="gloss-grammar">
          <span className="gloss-label">{labels.here}</span> <span lang="en">{gloss.grammar}</span>
        </span>
      )}
      {gloss.parts && (
        <span className="gloss-parts">
          <span className="gloss-label">{labels.parts}</span>{" "}
          {gloss.parts.map((part, index) => (
            <span key={`${part.form}-${index}`} className="gloss-part">
              {index > 0 && " + "}
              <span lang="is">{part.form}</span>
              {part.lemma !== part.form && (
                <>
                  {" "}
                  (<span lang="is">{part.lemma}</span>)
                </>
              )}{" "}
              <span lang="en">“{part.meaning}”</span>
            </span>
          ))}
        </span>
      )}
      {gloss.note && (
        <span lang="en" className="gloss-note">
          {gloss.note}
        </span>
      )}
      <span className="gloss-source">{labels.source[gloss.source]}</span>
    </>
  );
}

const QUICK_STATUSES = ["learning-1", "learning-2", "learning-3", "learning-4", "known", "ignored"] as const;

/**
 * Save and status buttons. Shown only once the vocabulary island has loaded (they need it);
 * out of the tab order, since the keys S, 1–4, K and I do the same for the focused word.
 */
function GlossActions({ labels }: { labels: GlossActionLabels }) {
  return (
    <span className="gloss-actions">
      <button type="button" tabIndex={-1} data-vocab="save" aria-pressed="false">
        {labels.save}
      </button>
      <span role="group" aria-label={labels.statusGroup} className="gloss-statuses">
        {QUICK_STATUSES.map((status) => (
          <button key={status} type="button" tabIndex={-1} data-vocab-status={status} aria-pressed="false">
            {labels.status[status]}
          </button>
        ))}
      </span>
      <span className="gloss-shortcut">{labels.shortcut}</span>
    </span>
  );
}
