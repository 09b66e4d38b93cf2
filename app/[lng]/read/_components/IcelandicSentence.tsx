import type { ReaderSentence } from "@/lib/reader/types";
import { GlossCard, type GlossLabels } from "./GlossCard";

/**
 * The Icelandic side of a pair. Words with a gloss (or that belong to a phrase) become focusable
 * terms; their gloss is rendered right after them so CSS alone shows it on hover and focus —
 * glosses work before any JavaScript has loaded.
 */
export function IcelandicSentence({ sentence, labels }: { sentence: ReaderSentence; labels: GlossLabels }) {
  const phrasesById = new Map(sentence.phrases.map((phrase) => [phrase.id, phrase]));
  return (
    <p className="sentence sentence-is" lang="is">
      {sentence.tokens.map((token) => {
        const phrases = (token.phraseIds ?? []).flatMap((id) => phrasesById.get(id) ?? []);
        if (!token.gloss && phrases.length === 0) return token.text;
        const glossId = `g-${token.id}`;
        return (
          <span key={token.id} className="term-wrap" data-token={token.id}>
            <span
              className={token.gloss ? "term" : "term term-phrase-only"}
              tabIndex={0}
              aria-describedby={glossId}
              data-lemma={token.gloss?.lemma}
              data-entry={token.gloss?.entryId}
              data-pos={token.gloss?.pos}
              data-meaning={token.gloss?.meanings[0]}
            >
              {token.text}
            </span>
            <GlossCard id={glossId} gloss={token.gloss} phrases={phrases} labels={labels} />
          </span>
        );
      })}
    </p>
  );
}
