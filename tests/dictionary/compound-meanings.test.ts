import { describe, expect, it } from "vitest";
import type { AnalyzedToken } from "@/lib/analysis/types";
import { knownHeadSplitter, knownMeaningsOf } from "@/lib/dictionary/meanings-of";
import { getMeaningChain } from "@/lib/dictionary/server";
import { lemmaIs } from "@/lib/lemma/lemma-is";

const word = (lemma: string, upos: AnalyzedToken["upos"], rest: Partial<AnalyzedToken> = {}): AnalyzedToken => ({ kind: "word", form: lemma, start: 0, end: lemma.length, lemma, upos, ...rest });

describe("a compound BÍN lists whole and no dictionary knows", () => {
  const chain = getMeaningChain();
  const meaningsOf = knownMeaningsOf(chain, knownHeadSplitter(chain, lemmaIs()));

  it("is split by its known head, and glossed by its parts' meanings", () => {
    // velferðarkerfi "welfare system": BÍN has it whole, so the analysis marks no seam.
    const found = meaningsOf(word("velferðarkerfi", "NOUN"));
    expect(found.compound?.map((part) => [part.form, part.lemma])).toEqual([
      ["velferðar", "velferð"],
      ["kerfi", "kerfi"],
    ]);
    expect(found.meanings).toHaveLength(1);
    expect(found.meanings[0]).toMatchObject({ source: "compound" });
    expect(found.meanings[0]!.text).toMatch(/welfare.*\+.*system/);
  });

  it("is not split when it has a meaning of its own, when it is a name, or without a splitter", () => {
    expect(meaningsOf(word("sjúkrahús", "NOUN")).compound).toBeUndefined();
    expect(meaningsOf(word("Sigurmarkús", "PROPN")).compound).toBeUndefined();
    expect(knownMeaningsOf(chain)(word("velferðarkerfi", "NOUN"))).toEqual({ meanings: [] });
  });

  it("takes the meaning of another BÍN headword with the same form and grammar before splitting", () => {
    // Tónleikarnir: the parse chose tónleikur (BÍN shows it only on its website) over the core
    // tónleikar "concert"; split, it read "tone + game".
    const feats = { Case: "Nom", Number: "Plur", Gender: "Masc", Definite: "Def" } as const;
    const token = word("tónleikur", "NOUN", { form: "Tónleikarnir", feats, otherReadings: [{ lemma: "tónleikar", upos: "NOUN", feats }] });
    const found = meaningsOf(token);
    expect(found.compound).toBeUndefined();
    expect(found.meanings[0]?.text).toMatch(/concert/);
    // Only the same grammar counts: another case of the variant is another reading of the form.
    const otherCase = word("tónleikur", "NOUN", { form: "Tónleikarnir", feats, otherReadings: [{ lemma: "tónleikar", upos: "NOUN", feats: { ...feats, Case: "Acc" } }] });
    expect(meaningsOf(otherCase).meanings[0]?.text ?? "").not.toMatch(/concert/);
  });

  it("is not split when it is a verb: a prefixed verb is not the sum of its parts", () => {
    // niðurgreiða "subsidise" has no entry of its own; split, it would read "down + pay"
    // (einfalda "simplify" read "alone + hem" before the editors gave it a meaning).
    expect(chain.knownMeaningsFor({ lemma: "niðurgreiða", upos: "VERB" })).toEqual([]);
    expect(meaningsOf(word("niðurgreiða", "VERB"))).toEqual({ meanings: [] });
  });

  it("keeps the analysis' own parts where it gave them", () => {
    const parts = [
      { form: "sprengju", lemma: "sprengja" },
      { form: "drónum", lemma: "dróni" },
    ];
    const found = meaningsOf(word("sprengjudróni", "NOUN", { parts }));
    expect(found.compound).toBeUndefined();
    expect(found.parts).toHaveLength(2);
  });
});
