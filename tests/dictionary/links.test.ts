import { describe, expect, it } from "vitest";
import { binUrl, islexUrl, lemmaLinks, wiktionaryUrl } from "@/lib/dictionary/links";

describe("lemma links", () => {
  it("encode Icelandic letters as UTF-8 in NFC", () => {
    expect(binUrl("árás")).toBe("https://bin.arnastofnun.is/leit/?q=%C3%A1r%C3%A1s");
    expect(binUrl("a\u0301ra\u0301s")).toBe(binUrl("árás"));
    expect(islexUrl("þjóð")).toBe("https://islex.arnastofnun.is/is/leit/%C3%BEj%C3%B3%C3%B0");
    expect(wiktionaryUrl("hestur")).toBe("https://en.wiktionary.org/wiki/hestur#Icelandic");
  });

  it("keep characters that would break the address inside the query or path", () => {
    expect(binUrl("a&b=c#d")).toBe("https://bin.arnastofnun.is/leit/?q=a%26b%3Dc%23d");
    expect(islexUrl("a/b?c")).toBe("https://islex.arnastofnun.is/is/leit/a%2Fb%3Fc");
    expect(wiktionaryUrl("Anbar-hérað")).toBe("https://en.wiktionary.org/wiki/Anbar-h%C3%A9ra%C3%B0#Icelandic");
    expect(wiktionaryUrl("til dæmis")).toBe("https://en.wiktionary.org/wiki/til_d%C3%A6mis#Icelandic");
  });

  it("lists BÍN, ISLEX and Wiktionary in that order", () => {
    expect(lemmaLinks("dróni").map((link) => [link.label, new URL(link.href).hostname])).toEqual([
      ["BÍN", "bin.arnastofnun.is"],
      ["ISLEX", "islex.arnastofnun.is"],
      ["Wiktionary", "en.wiktionary.org"],
    ]);
  });
});
