import { readFileSync } from "node:fs";
import { BinaryLemmatizer } from "lemma-is";
import { describe, expect, it } from "vitest";
import { createMeaningChain } from "@/lib/dictionary/chain";
import { CURATED_FILES, readMiddleVoice } from "@/lib/dictionary/curated";
import { knownMeaningsOf } from "@/lib/dictionary/meanings-of";
import { indexMiddleVoice, middleVoiceList } from "@/lib/dictionary/middle-voice";
import { indexLexicon } from "@/lib/glossary/lexicon";

const finna = { verb: "finna", middle: "finnast", meanings: ["think, feel", "be found"] };
const chain = createMeaningChain({
  lexicon: indexLexicon([{ id: "finna:verb", lemma: "finna", pos: "verb", meanings: ["find"], source: "bin" }]),
  middleVoice: indexMiddleVoice([finna]),
});

describe("the middle voice's own meaning", () => {
  it("comes for a verb form in the middle voice, named once, and only then", () => {
    expect(chain.knownMeaningsFor({ lemma: "finna", upos: "VERB", middle: true })).toEqual([
      { text: "finnast: think, feel", source: "curated" },
      { text: "be found", source: "curated" },
    ]);
    expect(chain.knownMeaningsFor({ lemma: "finna", upos: "VERB" }).map((m) => m.text)).toEqual(["find"]);
    // A verb without a middle-voice entry keeps its own meaning in the middle voice too.
    expect(chain.knownMeaningsFor({ lemma: "koma", upos: "VERB", middle: true })).toEqual([]);
  });

  it("is asked for by the analysis' Voice=Mid on verbs, not on other words", () => {
    const meaningsOf = knownMeaningsOf(chain);
    const finnst = { kind: "word" as const, form: "finnst", start: 4, end: 10, lemma: "finna", upos: "VERB" as const, feats: { Voice: "Mid" as const, Mood: "Ind" as const } };
    expect(meaningsOf(finnst).meanings[0]?.text).toBe("finnast: think, feel");
    expect(meaningsOf({ ...finnst, form: "fann", feats: { Voice: "Act" as const } }).meanings[0]?.text).toBe("find");
  });

  it("rejects an entry whose middle form is not the verb + st, and a verb listed twice", () => {
    expect(middleVoiceList.safeParse([{ ...finna, middle: "finnist" }]).success).toBe(false);
    expect(middleVoiceList.safeParse([finna, finna]).success).toBe(false);
  });

  it("in content/glossary/middle-voice.json, is keyed by BÍN verb headwords, as the analysis gives them", () => {
    const buffer = readFileSync("node_modules/lemma-is/data-dist/lemma-is.core.bin");
    const bin = BinaryLemmatizer.loadFromBuffer(buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength));
    const entries = middleVoiceList.parse(JSON.parse(readFileSync(CURATED_FILES.middleVoice, "utf8")));
    expect(entries.length).toBeGreaterThan(0);
    const notVerbs = entries.filter((entry) => !bin.lemmatizeWithPOS(entry.verb).some((c) => c.lemma === entry.verb && c.pos === "so"));
    expect(notVerbs.map((entry) => entry.verb)).toEqual([]);
    // Sample of what a learner must see (written from usage, not read from the file).
    expect(readMiddleVoice().get("finna")?.meanings[0]).toMatch(/^think\b/);
    expect(readMiddleVoice().get("gera")?.meanings[0]).toMatch(/^happen\b/);
  });
});
