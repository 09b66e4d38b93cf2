import type { ResolvedCandidate } from "../lemma/lemmatizer";
import type { Gloss, ReaderPhrase, ReaderToken } from "../reader/types";
import type { Sentence, Token } from "../text/types";
import { entriesFor, type LexiconIndex } from "./lexicon";
import { matchPhrases } from "./phrases";
import type { FormGloss, LexiconEntry } from "./schema";

export class GlossError extends Error {
  override name = "GlossError";
}

export interface GlossContext {
  lexicon: LexiconIndex;
  resolve(form: string): ResolvedCandidate[];
}

function toGloss(entry: LexiconEntry, occurrence?: FormGloss): Gloss {
  const sense = occurrence?.sense ?? 0;
  const used = entry.meanings[sense];
  if (used === undefined) throw new GlossError(`${entry.id} has no sense ${sense}`);
  const notes = [occurrence?.note, entry.note].filter(Boolean).join(" ");
  return {
    entryId: entry.id,
    lemma: entry.lemma,
    pos: entry.pos,
    ...(entry.gender && { gender: entry.gender }),
    meanings: [used, ...entry.meanings.filter((_, index) => index !== sense)],
    ...(occurrence && { grammar: occurrence.grammar }),
    ...(entry.parts && { parts: entry.parts }),
    ...(notes && { note: notes }),
    source: entry.source,
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
export function glossSentence(
  sentence: Sentence,
  tokens: Token[],
  glosses: readonly FormGloss[],
  ctx: GlossContext,
): { tokens: ReaderToken[]; phrases: ReaderPhrase[] } {
  const pending = [...glosses];
  const candidates = new Map<string, ResolvedCandidate[]>();
  const readerTokens: ReaderToken[] = tokens.map((token) => {
    const base: ReaderToken = { id: token.id, text: token.text, kind: token.kind, start: token.start };
    if (token.kind !== "word") return base;
    const resolved = ctx.resolve(token.text);
    candidates.set(token.id, resolved);
    const at = pending.findIndex((gloss) => gloss.form === token.text);
    if (at < 0) return base;
    const [occurrence] = pending.splice(at, 1);
    return { ...base, gloss: toGloss(entryFor(sentence, occurrence!, resolved, ctx), occurrence) };
  });
  if (pending.length > 0) {
    throw new GlossError(`${sentence.id}: glossed forms not found in the sentence: ${pending.map((g) => g.form).join(", ")}`);
  }
  const phrases: ReaderPhrase[] = matchPhrases(sentence, readerTokens, candidates, ctx.lexicon).map(
    ({ entry, ...match }) => ({ ...match, gloss: toGloss(entry) }),
  );
  for (const phrase of phrases) {
    for (const token of readerTokens) {
      if (phrase.tokenIds.includes(token.id)) token.phraseIds = [...(token.phraseIds ?? []), phrase.id];
    }
  }
  return { tokens: readerTokens, phrases };
}
