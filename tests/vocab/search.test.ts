import { describe, expect, it } from "vitest";
import { plainSpellings } from "@/lib/vocab/fold";
import { saveWord, setStatus } from "@/lib/vocab/save";
import { filterWords, rank } from "@/lib/vocab/search";
import { at, input } from "./support";

const word = (form: string, lemma: string, meaning: string, day: string) =>
  saveWord(undefined, input(form, "p1.s1", { entryId: `${lemma}:noun`, lemma, meaning }), at(`2026-11-${day}T00:00:00Z`));

const a = word("árásinni", "árás", "attack", "03");
const b = word("dróninn", "dróni", "drone", "01");
const c = word("þrír", "þrír", "three", "02");
const d = word("annar", "annar", "other", "04");
const e = word("eldflaug", "eldflaug", "rocket", "05");
const herstod = word("herstöðinni", "herstöð", "military base", "06");
const kerfi = word("loftvarnakerfum", "loftvarnakerfi", "air defence system", "07");
const sprengju = word("sprengjudrónum", "sprengjudróni", "explosive drone", "08");
const lemmas = (words: { lemma: string }[]) => words.map((w) => w.lemma);

describe("ordering", () => {
  it("sorts in Icelandic order: á after a, ð after d, þ at the end", () => {
    expect(lemmas(filterWords([c, b, e, a, d], { order: "alphabetical" }))).toEqual(["annar", "árás", "dróni", "eldflaug", "þrír"]);
  });

  it("sorts by date", () => {
    expect(lemmas(filterWords([c, b, e, a, d], { order: "newest" }))).toEqual(["eldflaug", "annar", "árás", "þrír", "dróni"]);
  });

  it("filters by status", () => {
    const known = setStatus(b, "known", at("2026-11-06T00:00:00Z"));
    expect(lemmas(filterWords([a, known], { status: "known" }))).toEqual(["dróni"]);
  });
});

describe("finding words", () => {
  it("finds by a form never saved, through the lemmas lemma-is gives, by part of a form, and by meaning", () => {
    expect(lemmas(filterWords([a, b], { query: "árásirnar", queryLemmas: ["árás"] }))).toEqual(["árás"]);
    expect(lemmas(filterWords([a, b], { query: "DRÓN" }))).toEqual(["dróni"]);
    expect(lemmas(filterWords([a, b], { query: "attack" }))).toEqual(["árás"]);
  });

  it("finds words typed without Icelandic letters", () => {
    expect(lemmas(filterWords([a, herstod, kerfi, b], { query: "herstod" }))).toEqual(["herstöð"]);
    expect(lemmas(filterWords([a, herstod, kerfi, b], { query: "loftvarnakerfid" }))).toEqual(["loftvarnakerfi"]);
    expect(lemmas(filterWords([a, herstod, kerfi, b], { query: "herstodinni" }))).toEqual(["herstöð"]);
    expect(lemmas(filterWords([a, herstod, kerfi, b], { query: "aras" }))).toEqual(["árás"]);
  });

  it("accepts þ typed as th or t, and æ as ae", () => {
    expect(lemmas(filterWords([c, d], { query: "thrir" }))).toEqual(["þrír"]);
    expect(lemmas(filterWords([c, d], { query: "trir" }))).toEqual(["þrír"]);
    expect(plainSpellings("Þæfð")).toEqual(["thaefd", "taefd"]);
  });

  it("ranks exact matches before plain-letter ones", () => {
    const ar = word("ár", "ár", "year", "09");
    const ara = word("ára", "ára", "aura", "10");
    expect(lemmas(filterWords([a, ar, ara], { query: "ara" }))).toEqual(["ára", "árás"]);
    expect(rank(ara, "ara")).toBe("plain");
    expect(lemmas(filterWords([a, ar, word("ara", "ara", "macaw", "11")], { query: "ara" }))[0]).toBe("ara");
  });

  it("finds a compound by its parts, inflected: dróna finds sprengjudróni after dróni itself", () => {
    expect(lemmas(filterWords([sprengju, b, e], { query: "dróna", queryLemmas: ["dróni"] }))).toEqual(["dróni", "sprengjudróni"]);
    // Without the server's lemmas, the typed stem still finds the compound.
    expect(lemmas(filterWords([sprengju, e], { query: "dróna" }))).toEqual(["sprengjudróni"]);
    expect(lemmas(filterWords([sprengju, e], { query: "sprengju" }))).toEqual(["sprengjudróni"]);
    expect(rank(sprengju, "dróna", ["dróni"])).toBe("part");
  });

  it("finds nothing for a word that is not there", () => {
    expect(filterWords([a, b, c, herstod, kerfi, sprengju], { query: "flugvöllur" })).toEqual([]);
  });
});
