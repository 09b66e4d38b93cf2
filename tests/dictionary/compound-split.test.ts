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

  it("reads a first part as the word it is a form of before a word spelled like it", () => {
    // áramót "New Year": ára is the genitive plural of ár "year", not ára "aura".
    const withAura = (lemma: string) => ["ár", "ára", "mót"].includes(lemma);
    expect(splitByKnownHead("áramót", withAura, lemmatizer)).toEqual([
      { form: "ára", lemma: "ár" },
      { form: "mót", lemma: "mót" },
    ]);
    // Only a noun: miðbær "town centre" is mið "middle" + bær, not miður "sorry" + bær.
    const withSorry = (lemma: string) => ["mið", "miður", "bær"].includes(lemma);
    expect(splitByKnownHead("miðbær", withSorry, lemmatizer)?.[0]).toEqual({ form: "mið", lemma: "mið" });
  });

  it("takes a first part that is a compound itself before a longer head", () => {
    // seðlabanka|stjóri "central bank + governor", not seðla|bankastjóri "banknote + bank manager";
    // húsnæðis|verð "housing + price", not húsnæði|sverð "housing + sword"
    const words = new Set(["seðill", "seðlabanki", "bankastjóri", "stjóri", "húsnæði", "sverð", "verð"]);
    const has = (lemma: string) => words.has(lemma);
    expect(splitByKnownHead("seðlabankastjóri", has, lemmatizer)).toEqual([
      { form: "seðlabanka", lemma: "seðlabanki" },
      { form: "stjóri", lemma: "stjóri" },
    ]);
    expect(splitByKnownHead("húsnæðisverð", has, lemmatizer)?.map((part) => part.lemma)).toEqual(["húsnæði", "verð"]);
  });

  it("does not split a word whose remainder is no word", () => {
    expect(splitByKnownHead("hestur", hasMeaning, lemmatizer)).toBeUndefined();
    expect(splitByKnownHead("flugskeyti", hasMeaning, lemmatizer)).toBeUndefined();
  });
});
