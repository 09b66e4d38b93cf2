import type { WordV1 } from "@/lib/vocab/migrate";
import type { SaveInput, SavedWord } from "@/lib/vocab/model";

export const at = (iso: string) => new Date(iso);

export function input(form: string, sentenceId: string, overrides: Partial<SaveInput> = {}): SaveInput {
  return {
    entryId: "loftvarnakerfi:noun",
    lemma: "loftvarnakerfi",
    pos: "noun",
    meaning: "air defence system",
    form,
    context: {
      slug: "drone-attack-anbar",
      title: "Drónaárás á herstöð Bandaríkjahers í Írak",
      sentenceId,
      is: `Setning ${sentenceId} með ${form}.`,
      en: `Sentence ${sentenceId} with "${form}"\tand a tab.`,
    },
    ...overrides,
  };
}

/** A word as version 1 stored it (before review logs and status history). */
export function asV1(word: SavedWord): WordV1 {
  const { id, lemma, pos, meaning, note, status, forms, contexts, card, createdAt, updatedAt } = word;
  return { id, lemma, pos, meaning, note, status, forms, contexts, card, createdAt, updatedAt };
}
