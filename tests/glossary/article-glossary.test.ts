import { readFileSync } from "node:fs";
import { BinaryLemmatizer } from "lemma-is";
import { describe, expect, it } from "vitest";
import { posFits } from "@/lib/glossary/lexicon";
import { lexicon as lexiconSchema, articleGlosses } from "@/lib/glossary/schema";
import { firstArticle } from "../support/article";

const { words, phrases, lexicon } = await firstArticle();

/** Forms and the dictionary forms a lexicographer gives them, written independently of the code. */
const expectedLemmas: Record<string, string> = {
  sprengjudrónum: "sprengjudróni",
  loftvarnakerfum: "loftvarnakerfi",
  dróninn: "dróni",
  herstöðinni: "herstöð",
  "Anbar-héraði": "Anbar-hérað",
  féllu: "falla",
  særðist: "særa",
  Bandaríkjanna: "Bandaríkin",
  Bandaríkjunum: "Bandaríkin",
  árásinni: "árás",
  stjórnvöldum: "stjórnvöld",
  stjórnvalda: "stjórnvöld",
  hermenn: "hermaður",
  rætur: "rót",
  sóst: "sækja",
  olli: "valda",
  sprakk: "springa",
  skotinn: "skjóta",
  framin: "fremja",
  "Mið-Austurlöndunum": "Mið-Austurlönd",
  stríðsátaka: "stríðsátök",
  Ísraela: "Ísraeli",
  "Hamas-samtakanna": "Hamas-samtökin",
  Íraks: "Írak",
  Taldi: "telja",
  vígamenn: "vígamaður",
  sagðir: "segja",
  verði: "verða",
  stöðvuð: "stöðva",
  Palestínumönnum: "Palestínumaður",
  hreyfingarinnar: "hreyfing",
  ársins: "ár",
  meiri: "mikill",
  lengra: "langt",
  Tveimur: "tveir",
  engum: "enginn",
  mun: "munu",
  nýtur: "njóta",
  viðræðum: "viðræða",
  vikunni: "vika",
};

/** Words a reader needs no gloss for: articles of grammar, not of content. */
const functionWords = new Set(
  ["að", "í", "á", "og", "en", "sem", "við", "um", "með", "til", "af", "eftir", "undir", "yfir", "úr", "fyrir",
   "þeirra", "því", "sér", "sig", "hann", "þar", "meðal", "bak", "lítið", "heldur"],
);

describe("the first article's glossary", () => {
  it("has a schema-valid lexicon and glosses file", () => {
    const raw = JSON.parse(readFileSync("content/glossary/lexicon.json", "utf8"));
    expect(lexiconSchema.safeParse(raw).success).toBe(true);
    const glosses = JSON.parse(readFileSync("content/articles/drone-attack-anbar/glosses.json", "utf8"));
    expect(articleGlosses.safeParse(glosses).success).toBe(true);
  });

  it.each(Object.entries(expectedLemmas))("%s resolves to %s", (form, lemma) => {
    const found = words.filter((word) => word.text === form);
    expect(found.length).toBeGreaterThan(0);
    for (const word of found) expect(word.entry?.lemma).toBe(lemma);
  });

  it("glosses every content word by hand, alone or through a phrase", () => {
    // Automatic glosses cover the rest; the curated glossary is still meant to be complete.
    const bare = words.filter(
      (word) => word.entry?.origin !== "curated" && !word.inPhrase && !functionWords.has(word.text.toLocaleLowerCase("is")),
    );
    expect(bare.map((word) => `${word.sentenceId} ${word.text}`)).toEqual([]);
  });

  it("shows loftvarnakerfum as air defence systems, with its parts", () => {
    const word = words.find((w) => w.text === "loftvarnakerfum");
    expect(word?.entry?.meanings[0]?.text).toBe("air defence system");
    expect(word?.grammar?.text).toMatch(/plural/);
    expect(word?.entry?.parts?.map((part) => part.meaning)).toEqual(["air", "defence (genitive plural)", "system"]);
  });

  it("uses the sense of féllu right for its sentence: were killed", () => {
    expect(words.find((w) => w.text === "féllu")?.entry?.meanings[0]?.text).toMatch(/killed/);
  });

  it("finds every phrase of the lexicon in the article, where it belongs", () => {
    const found = new Map<string, string[]>();
    for (const phrase of phrases) found.set(phrase.entry.id, [...(found.get(phrase.entry.id) ?? []), phrase.text]);
    expect(lexicon.phrases.filter((entry) => !found.has(entry.id)).map((entry) => entry.id)).toEqual([]);
    expect(found.get("skjóta niður:phrase")).toEqual(["skotinn niður"]);
    expect(found.get("lýsa yfir ábyrgð:phrase")).toEqual(["lýst yfir ábyrgð"]);
    expect(found.get("eiga rót að rekja til:phrase")).toEqual(["á rætur að rekja til"]);
    expect(found.get("á bak við:phrase")).toEqual(["á bak við"]);
    expect(found.get("á vegum:phrase")).toHaveLength(2);
  });

  it("marks as BÍN exactly the lemmas lemma-is knows", () => {
    const buffer = readFileSync("node_modules/lemma-is/data-dist/lemma-is.core.bin");
    const bin = BinaryLemmatizer.loadFromBuffer(buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength));
    const known = new Set(bin.getAllLemmas());
    // A headword counts only in a fitting word class: BÍN's "gasa" is a verb, not Gaza.
    const inBin = (lemma: string, pos: Parameters<typeof posFits>[1]) => {
      const key = lemma.toLocaleLowerCase("is");
      const asForm = bin.lemmatizeWithPOS(key).filter((candidate) => candidate.lemma === key);
      return known.has(key) && (asForm.length === 0 || asForm.some((candidate) => posFits(candidate.pos, pos)));
    };
    const words = [...lexicon.byId.values()].filter((entry) => entry.pos !== "phrase");
    const wrong = words.filter((entry) => inBin(entry.lemma, entry.pos) !== (entry.source === "bin"));
    expect(wrong.map((entry) => `${entry.id} (${entry.source})`)).toEqual([]);
  });

  it("has no entry the article does not use", () => {
    const used = new Set([...words.flatMap((w) => (w.entry ? [w.entry.id] : [])), ...phrases.map((p) => p.entry.id)]);
    expect([...lexicon.byId.keys()].filter((id) => !used.has(id))).toEqual([]);
  });
});
