import { describe, expect, it } from "vitest";
import en from "@/locales/en/reader.json";
import { generateDocument } from "@/lib/reader/generate";
import { indexDocument } from "@/lib/reader/places";
import { saveInputAt } from "@/lib/reader/save-input";

/** A generated document whose first gloss is the name Valur, with no meaning of its own. */
function withName() {
  const document = generateDocument({ id: "t", words: 30 });
  const glosses = [{ ...document.glosses[0]!, id: "Valur:proper-noun", lemma: "Valur", pos: "proper-noun" as const, meanings: [], name: { kind: "person" as const, sort: "given" as const, genders: ["Masc" as const] } }, ...document.glosses.slice(1)];
  return { ...document, glosses };
}

const placeOf = (document: ReturnType<typeof withName>, gloss: number) => [...indexDocument(document).places.values()].find((place) => place.sentence.tokens[place.tokenIndex]?.gloss === gloss)!;

describe("what the vocabulary keeps of a word", () => {
  it("keeps a name with no meaning under what the gloss says it is", () => {
    const document = withName();
    expect(saveInputAt(document, placeOf(document, 0), en.gloss.names)).toMatchObject({ entryId: "Valur:proper-noun", meaning: "a given name (man's)" });
    // without the interface's strings (a mark finished outside the reader), the meaning stays empty
    expect(saveInputAt(document, placeOf(document, 0))?.meaning).toBe("");
  });

  it("keeps any other word's first meaning", () => {
    const document = withName();
    const input = saveInputAt(document, placeOf(document, 1), en.gloss.names);
    expect(input?.meaning).toBe(document.glosses[1]!.meanings[0]!.text);
  });
});
