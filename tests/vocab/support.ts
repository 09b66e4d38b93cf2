import type { SaveInput } from "@/lib/vocab/model";

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
