import { lemmaLinks } from "@/lib/dictionary/links";
import { describeName } from "@/lib/glossary/name-label";
import type { GlossEntry } from "@/lib/glossary/types";
import type { ReaderLabels } from "./labels";

/** What a gloss says about an entry: lemma, class, meanings and their sources, parts, notes. */
export function GlossEntryView({ entry, labels, compact = false }: { entry: GlossEntry; labels: ReaderLabels; compact?: boolean }) {
  const g = labels.gloss;
  const category = [g.pos[entry.pos], entry.gender && g.gender[entry.gender]].filter(Boolean).join(", ");
  // An editor's meaning goes without saying on an editor's entry; on an automatic one (a core
  // word, an expression found by lemma) it is the one thing an editor did check, so it is named.
  // What kind of name a proper noun is, in the interface's language: said whenever the analysis
  // knows it, and always for a name with no meaning of its own (never another word's meaning).
  const kind = entry.pos === "proper-noun" && (entry.name || entry.meanings.length === 0) ? describeName(entry.name, g.names) : undefined;
  const sources = [...new Set(entry.meanings.map((meaning) => meaning.source))].filter((source) => source !== "curated" || entry.origin === "automatic");
  return (
    <>
      <div className="gloss-head">
        <b lang="is" className="gloss-lemma">
          {entry.lemma}
        </b>{" "}
        {!compact && <span className="gloss-pos">{category}</span>}
      </div>
      {entry.origin === "automatic" && <div className="gloss-auto">{g.automatic}</div>}
      {kind && (
        <div lang={labels.lng} className="gloss-name">
          {kind}
        </div>
      )}
      {!(kind && entry.meanings.length === 0) && (
        <div lang="en" className="gloss-meaning">
          {entry.meanings.map((meaning) => meaning.text).join("; ")}
        </div>
      )}
      {sources.length > 0 && <div className="gloss-source">{sources.map((source) => g.meaningSource[source]).join(" · ")}</div>}
      {entry.parts && (
        <div className="gloss-parts">
          <span className="gloss-label">{g.parts}</span>{" "}
          {entry.parts.map((part, index) => (
            <span key={index}>
              {index > 0 && " + "}
              <span lang="is">{part.form}</span>
              {part.lemma !== part.form && (
                <>
                  {" "}
                  (<span lang="is">{part.lemma}</span>)
                </>
              )}
              {part.meaning && (
                <>
                  {" "}
                  <span lang="en">“{part.meaning}”</span>
                </>
              )}
            </span>
          ))}
        </div>
      )}
      {entry.asWord && (
        <div className="gloss-as-word">
          <span className="gloss-label">{g.asWord}</span> <span lang="is">{entry.asWord.lemma}</span>{" "}
          <span lang="en">“{entry.asWord.meanings.map((meaning) => meaning.text).join("; ")}”</span>
        </div>
      )}
      {entry.note && (
        <div lang="en" className="gloss-note">
          {entry.note}
        </div>
      )}
      {!compact && entry.lemmaSource && <div className="gloss-source">{g.source[entry.lemmaSource]}</div>}
    </>
  );
}

/** Links to look the lemma up in BÍN, ISLEX and Wiktionary, each opening in a new tab. */
export function LookUpLinks({ lemma, labels }: { lemma: string; labels: ReaderLabels }) {
  const g = labels.gloss;
  return (
    <div className="gloss-links">
      <span className="gloss-label">{g.lookUp}</span>{" "}
      {lemmaLinks(lemma).map((link, index) => (
        <span key={link.id}>
          {index > 0 && " · "}
          {/* D on a focused word moves to the first; Tab goes on to the others, Escape back to the word. */}
          <a href={link.href} target="_blank" rel="noopener noreferrer">
            {link.label}
            <span className="visually-hidden"> {g.opensInNewTab}</span>
          </a>
        </span>
      ))}
    </div>
  );
}
