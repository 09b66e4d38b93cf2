import { describe, expect, it } from "vitest";
import { detectLanguage } from "@/lib/texts/detect-language";

describe("detectLanguage", () => {
  it.each([
    ["news", "Tveimur sprengjudrónum var beint að herstöð Bandaríkjahers og bandamanna í Anbar-héraði í Írak í gær. Annar dróninn var skotinn niður."],
    ["everyday prose", "Ég fór út í búð í morgun og keypti mjólk og brauð, en það var ekkert smjör til."],
    ["a text without þ or ð", "Hann kom heim seint í gær og fór beint að sofa því hann var mjög syfjaður eftir langan dag."],
  ])("recognises Icelandic (%s)", (_name, text) => {
    const guess = detectLanguage(text);
    expect(guess.verdict).toBe("icelandic");
    expect(guess.language).toBe("is");
    expect(guess.confidence).toBeGreaterThan(0.25);
  });

  it.each([
    ["English", "Two bomb drones were directed at a base of the US military and its allies in Anbar Province in Iraq yesterday.", "en"],
    ["Danish", "Regeringen har fremlagt et nyt forslag til finansloven, som skal sikre at der er penge til velfærd i de kommende år.", "da"],
    ["German", "Die Bundesregierung hat einen neuen Haushaltsentwurf vorgelegt, der für die kommenden Jahre mehr Geld für Soziales vorsieht.", "de"],
    ["Faroese", "Landsstýrið hevur lagt fram nýtt uppskot til fíggjarlóg, sum skal tryggja, at tað eru pengar til vælferð í komandi árum.", "fo"],
  ])("says %s is not Icelandic", (_name, text, language) => {
    const guess = detectLanguage(text);
    expect(guess.verdict).toBe("not-icelandic");
    expect(guess.language).toBe(language);
  });

  it("says Norwegian is not Icelandic (whether it calls it Danish or Norwegian)", () => {
    const guess = detectLanguage("Regjeringen har lagt fram et nytt forslag til statsbudsjettet, som skal sikre at det er penger til velferd i årene som kommer.");
    expect(guess.verdict).toBe("not-icelandic");
    expect(["no", "da"]).toContain(guess.language);
  });

  it("does not call a mostly English text with an Icelandic phrase Icelandic", () => {
    expect(detectLanguage("Hann sagði: This is not what we agreed on, and the meeting ended without a deal.").verdict).not.toBe("icelandic");
  });

  it("calls a half-and-half text no better than uncertain-ish: English wins when it has more words", () => {
    const guess = detectLanguage("Veðrið er gott í dag. The weather is good today and the sun is shining on the hills.");
    expect(guess.verdict).not.toBe("icelandic");
  });

  it.each([["Já."], ["ok"], ["Þú"], ["Hello there"], ["12345 678"], [""], ["   "]])("is uncertain about very short or wordless text: %j", (text) => {
    expect(detectLanguage(text).verdict).toBe("uncertain");
  });

  it("lets a short but clearly Icelandic question through with little confidence", () => {
    const guess = detectLanguage("Hæ, hvað segirðu?");
    expect(guess.language).toBe("is");
    expect(guess.confidence).toBeLessThan(0.5);
  });
});
