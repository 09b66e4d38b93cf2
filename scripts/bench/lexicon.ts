/**
 * A cheap Icelandic → English lexicon for the alignment benchmark, from the shared Wiktionary
 * list (English headword, Icelandic word): an Icelandic form is looked up by its lemmas (lemma-is)
 * and, failing that, by its longest prefix of at least five letters that is a headword.
 * Benchmark only: the shared file is not part of the repository. The import pipeline injects
 * its own lexicon (the analysis issue's dictionary) the same way.
 */
import { existsSync, readFileSync } from "node:fs";
import type { Lexicon } from "../../lib/align/types";

const PATH = "../shared/dictionaries/wiktionary-en-is/wiktionary_en_is.tsv";

export function wiktionaryLexicon(lemmasOf: (form: string) => string[] = () => [], path = PATH): Lexicon | undefined {
  if (!existsSync(path)) return undefined;
  const byWord = new Map<string, string[]>();
  for (const line of readFileSync(path, "utf8").normalize("NFC").split("\n")) {
    const [english, icelandic] = line.split("\t");
    if (!english || !icelandic || icelandic.includes(" ")) continue;
    const word = icelandic.toLowerCase();
    byWord.set(word, [...(byWord.get(word) ?? []), ...english.toLowerCase().split(/\s+/u).filter((w) => w.length >= 3)]);
  }
  return (form) => {
    const viaLemmas = lemmasOf(form).flatMap((lemma) => byWord.get(lemma.toLowerCase()) ?? []);
    if (viaLemmas.length > 0) return viaLemmas;
    for (let length = form.length; length >= 5; length--) {
      const found = byWord.get(form.slice(0, length));
      if (found) return found;
    }
    return [];
  };
}
