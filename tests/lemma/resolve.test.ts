import { describe, expect, it } from "vitest";
import type { Lemmatizer } from "@/lib/lemma/lemmatizer";
import { resolveLemmas } from "@/lib/lemma/resolve";
import { lemmaIs } from "@/lib/lemma/lemma-is";

/** A small stand-in for BÍN: only the forms these tests need. */
const fake: Lemmatizer = {
  lookup: (form) =>
    (
      ({
        drónum: [{ lemma: "dróni", pos: "no" }],
        rónum: [{ lemma: "rón", pos: "no" }],
        héraði: [{ lemma: "hérað", pos: "no" }],
        írak: [{ lemma: "írak", pos: "no" }],
        gasa: [{ lemma: "gasa", pos: "so" }],
        um: [{ lemma: "um", pos: "fs" }],
      }) as Record<string, { lemma: string; pos: string }[]>
    )[form] ?? [],
};

describe("resolving lemmas", () => {
  it("takes BÍN's answer when it has one, trying lower case for capitalised words", () => {
    expect(resolveLemmas("Írak", fake)).toEqual([
      { lemma: "írak", pos: "no", via: "bin" },
      { lemma: "Írak", pos: "", via: "form" },
    ]);
  });

  it("resolves an unknown compound by its longest known head", () => {
    expect(resolveLemmas("sprengjudrónum", fake)).toEqual([{ lemma: "sprengjudróni", pos: "no", via: "compound-head" }]);
  });

  it("splits at a hyphen first", () => {
    expect(resolveLemmas("Anbar-héraði", fake)).toEqual([{ lemma: "Anbar-hérað", pos: "no", via: "compound-head" }]);
  });

  it("does not take function words as heads", () => {
    expect(resolveLemmas("hundum", fake)).toEqual([{ lemma: "hundum", pos: "", via: "form" }]);
  });

  it("keeps a name BÍN files under another word as a candidate (Gasa is not the verb gasa)", () => {
    expect(resolveLemmas("Gasa", fake).map((c) => c.lemma)).toContain("Gasa");
  });

  it("works with the real lemma-is data", () => {
    const real = lemmaIs();
    expect(resolveLemmas("loftvarnakerfum", real).map((c) => c.lemma)).toContain("loftvarnakerfi");
    expect(resolveLemmas("herstöðinni", real)).toEqual([{ lemma: "herstöð", pos: "no", via: "bin" }]);
  });
});
