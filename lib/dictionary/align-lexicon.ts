import type { Lexicon } from "../align/types";
import { entriesOf, type DictionaryIndex } from "./dictionary-index";

/**
 * The sentence aligner's dictionary anchors (lib/align `Lexicon`): an Icelandic word → the English
 * words its lemmas may translate to, from the app's own dictionaries. Lemmas come from lemma-is
 * (injected), the word itself when it has none. Short English words ("a", "to", "of") are left
 * out: they are in nearly every sentence and anchor nothing.
 */
export function alignLexicon(indexes: readonly DictionaryIndex[], lemmasOf: (form: string) => readonly string[], maxWords = 2000): Lexicon {
  const memo = new Map<string, readonly string[]>();
  return (word) => {
    const key = word.normalize("NFC");
    const known = memo.get(key);
    if (known) return known;
    const lemmas = lemmasOf(key);
    const english = new Set<string>();
    for (const lemma of lemmas.length > 0 ? lemmas : [key]) {
      for (const index of indexes) {
        for (const entry of entriesOf(index, lemma)) {
          for (const w of entry.meaning.toLocaleLowerCase("en").split(/[^\p{L}]+/u)) if (w.length >= 3) english.add(w);
        }
      }
    }
    const found = [...english];
    // Bounded: a long text has a few thousand distinct forms, the memo only spares repeated lookups.
    if (memo.size >= maxWords) memo.delete(memo.keys().next().value ?? "");
    memo.set(key, found);
    return found;
  };
}
