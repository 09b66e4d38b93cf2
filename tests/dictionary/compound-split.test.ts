import { describe, expect, it } from "vitest";
import { splitByKnownHead } from "@/lib/dictionary/compound-split";
import { lemmaIs } from "@/lib/lemma/lemma-is";

const known = new Set(["sprengja", "dróni", "hérað", "kerfi", "loftvarnir", "stur"]);
const hasMeaning = (lemma: string) => known.has(lemma);

describe("splitByKnownHead", () => {
  const lemmatizer = lemmaIs();

  it("splits an unknown compound at its longest known head and finds the modifier's lemma", () => {
    expect(splitByKnownHead("sprengjudróni", hasMeaning, lemmatizer)).toEqual([
      { form: "sprengju", lemma: "sprengja" },
      { form: "dróni", lemma: "dróni" },
    ]);
  });

  it("takes a hyphen as the boundary, keeping a name as written", () => {
    expect(splitByKnownHead("Anbar-hérað", hasMeaning, lemmatizer)).toEqual([
      { form: "Anbar", lemma: "Anbar" },
      { form: "hérað", lemma: "hérað" },
    ]);
  });

  it("does not split a word whose remainder is no word", () => {
    expect(splitByKnownHead("hestur", hasMeaning, lemmatizer)).toBeUndefined();
    expect(splitByKnownHead("flugskeyti", hasMeaning, lemmatizer)).toBeUndefined();
  });
});
