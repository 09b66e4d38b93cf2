import type { ResolvedCandidate } from "../lemma/lemmatizer";
import type { Sentence, Token, TokenId } from "../text/types";
import { entriesFor, type LexiconIndex } from "./lexicon";
import { matchPhrases } from "./phrases";
import type { FormGloss, LexiconEntry } from "./schema";
import type { FormGrammar, GlossEntry } from "./types";

export class GlossError extends Error {
  override name = "GlossError";
}

export interface GlossContext {
  lexicon: LexiconIndex;
  resolve(form: string): ResolvedCandidate[];
}

/** A glossed word: the entry in the sense used here, and the grammar of the form in this sentence. */
export interface GlossedWord {
  entry: GlossEntry;
  grammar?: FormGrammar;
}

export interface GlossedPhrase {
  tokenIds: TokenId[];
  text: string;
  entry: GlossEntry;
}

export interface GlossedSentence {
  words: Map<TokenId, GlossedWord>;
  phrases: GlossedPhrase[];
}

/** A curated lexicon entry in one sense: the sense used first, the others after it. */
export function curatedEntry(entry: LexiconEntry, sense = 0): GlossEntry {
  const used = entry.meanings[sense];
  if (used === undefined) throw new GlossError(`${entry.id} has no sense ${sense}`);
  return {
    id: entry.id,
    lemma: entry.lemma,
    pos: entry.pos,
    ...(entry.gender && { gender: entry.gender }),
    meanings: [used, ...entry.meanings.filter((_, index) => index !== sense)].map((text) => ({ text, source: "curated" as const })),
    ...(entry.parts && { parts: entry.parts }),
    ...(entry.note && { note: entry.note }),
    origin: "curated",
    lemmaSource: entry.source,
  };
}

/** The entry a glossed form stands for: lemma-is decides, `entry` only picks among its offers. */
function entryFor(sentence: Sentence, gloss: FormGloss, candidates: ResolvedCandidate[], ctx: GlossContext): LexiconEntry {
  const offered = [...new Set(candidates.flatMap((c) => entriesFor(ctx.lexicon, c.lemma, c.pos)))];
  const where = `${sentence.id} «${gloss.form}»`;
  if (gloss.entry) {
    const chosen = offered.find((entry) => entry.id === gloss.entry);
    if (!chosen) {
      const lemmas = candidates.map((c) => c.lemma).join(", ");
      throw new GlossError(`${where}: entry ${gloss.entry} is not among the lemmas lemma-is gives (${lemmas})`);
    }
    return chosen;
  }
  if (offered.length === 1) return offered[0]!;
  if (offered.length === 0) {
    throw new GlossError(`${where}: no lexicon entry for ${candidates.map((c) => `${c.lemma}/${c.pos || "?"}`).join(", ")}`);
  }
  throw new GlossError(`${where}: several entries fit (${offered.map((e) => e.id).join(", ")}); name one with "entry"`);
}

/** Glosses one sentence: its word tokens with their entries, and its multi-word expressions. */
export function glossSentence(sentence: Sentence, tokens: Token[], glosses: readonly FormGloss[], ctx: GlossContext): GlossedSentence {
  const pending = [...glosses];
  const candidates = new Map<string, ResolvedCandidate[]>();
  const words = new Map<TokenId, GlossedWord>();
  for (const token of tokens) {
    if (token.kind !== "word") continue;
    const resolved = ctx.resolve(token.text);
    candidates.set(token.id, resolved);
    const at = pending.findIndex((gloss) => gloss.form === token.text);
    if (at < 0) continue;
    const [occurrence] = pending.splice(at, 1);
    const entry = curatedEntry(entryFor(sentence, occurrence!, resolved, ctx), occurrence!.sense);
    words.set(token.id, { entry, grammar: { text: occurrence!.grammar, ...(occurrence!.note && { note: occurrence!.note }) } });
  }
  if (pending.length > 0) {
    throw new GlossError(`${sentence.id}: glossed forms not found in the sentence: ${pending.map((g) => g.form).join(", ")}`);
  }
  const phrases = matchPhrases(sentence, tokens, candidates, ctx.lexicon).map(({ tokenIds, text, entry }) => ({
    tokenIds,
    text,
    entry: curatedEntry(entry),
  }));
  return { words, phrases };
}
