import type { AnalyzedToken } from "../analysis/types";
import type { ResolvedCandidate } from "../lemma/lemmatizer";
import type { Sentence, Token, TokenId } from "../text/types";
import type { GlossedPhrase } from "./gloss-sentence";
import { curatedEntry } from "./gloss-sentence";
import type { LexiconIndex } from "./lexicon";
import { matchPhrases, type PhraseMatch } from "./phrases";

/** Words a preposition or an adjective could take: after a phrase that stands alone there are none. */
const GOVERNED: ReadonlySet<string> = new Set(["NOUN", "PROPN", "PRON", "DET", "ADJ", "NUM"]);

/**
 * The editors' fixed expressions ("eins og", "taka þátt í", "þrátt fyrir") found in any analysed
 * sentence, by each word's lemma in context or its form, as the articles' curated phrases are.
 * The meaning is an editor's; finding it here is not, so the entry is marked automatic.
 */
export function editorPhrases(sentence: Sentence, tokens: readonly Token[], matched: ReadonlyMap<TokenId, AnalyzedToken>, lexicon: LexiconIndex): GlossedPhrase[] {
  const candidates = new Map<string, ResolvedCandidate[]>();
  // The word class in context, so a pattern can ask for it ("að@SCONJ").
  for (const [id, token] of matched) if (token.lemma) candidates.set(id, [{ lemma: token.lemma, pos: token.upos ?? "", via: "bin" }]);
  const taken = new Set<TokenId>();
  const position = new Map(tokens.map((token, index) => [token.id, index]));
  const start = (ids: readonly TokenId[]) => position.get(ids[0]!) ?? 0;
  // In reading order, the longest first where two start together; then no word in two.
  const words = tokens.filter((token) => token.kind === "word");
  const wordAt = new Map(words.map((token, index) => [token.id, index]));
  /** The phrase's open slot, where it has one, is filled by a word in the case it takes. */
  const slotFilled = (match: PhraseMatch) => {
    const next = words[(wordAt.get(match.tokenIds[match.tokenIds.length - 1]!) ?? -2) + 1];
    const after = next && matched.get(next.id);
    if (match.entry.alone && after?.upos && GOVERNED.has(after.upos)) return false;
    if (!match.entry.takes) return true;
    return after?.feats?.Case === match.entry.takes;
  };
  const found = matchPhrases(sentence, tokens, candidates, lexicon)
    .filter(slotFilled)
    .sort((a, b) => start(a.tokenIds) - start(b.tokenIds) || b.tokenIds.length - a.tokenIds.length)
    .filter((match) => {
      if (match.tokenIds.some((id) => taken.has(id))) return false;
      for (const id of match.tokenIds) taken.add(id);
      return true;
    });
  return found.map((match) => ({
    tokenIds: match.tokenIds,
    text: match.text,
    entry: { ...curatedEntry(match.entry), origin: "automatic" as const },
  }));
}
