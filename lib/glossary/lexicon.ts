import type { LexiconEntry, PartOfSpeech } from "./schema";

/** Which of our parts of speech a BÍN word-class tag can stand for. */
const POS_FROM_BIN: Record<string, readonly PartOfSpeech[]> = {
  no: ["noun", "proper-noun"],
  so: ["verb"],
  lo: ["adjective"],
  ao: ["adverb"],
  to: ["numeral"],
  fn: ["pronoun"],
  fs: ["preposition"],
  st: ["conjunction"],
  nhm: ["particle"],
};

/** Words glossed by lookup: entries indexed by lower-cased lemma; phrases kept apart. */
export interface LexiconIndex {
  byId: ReadonlyMap<string, LexiconEntry>;
  words: ReadonlyMap<string, LexiconEntry[]>;
  phrases: readonly LexiconEntry[];
}

export const lemmaKey = (lemma: string) => lemma.normalize("NFC").toLocaleLowerCase("is");

export function indexLexicon(entries: readonly LexiconEntry[]): LexiconIndex {
  const words = new Map<string, LexiconEntry[]>();
  for (const entry of entries) {
    if (entry.pos === "phrase") continue;
    const key = lemmaKey(entry.lemma);
    words.set(key, [...(words.get(key) ?? []), entry]);
  }
  return {
    byId: new Map(entries.map((entry) => [entry.id, entry])),
    words,
    phrases: entries.filter((entry) => entry.pos === "phrase"),
  };
}

/** Whether a BÍN word class can stand for one of ours; an unknown class ("") fits any. */
export function posFits(binPos: string, pos: PartOfSpeech): boolean {
  const allowed = POS_FROM_BIN[binPos];
  return !allowed || allowed.includes(pos);
}

/** Entries a lemma candidate can point to. */
export function entriesFor(index: LexiconIndex, lemma: string, binPos: string): LexiconEntry[] {
  return (index.words.get(lemmaKey(lemma)) ?? []).filter((entry) => posFits(binPos, entry.pos));
}
