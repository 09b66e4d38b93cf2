import { describe, expect, it } from "vitest";
import en from "@/locales/en/reader.json";
import is from "@/locales/is/reader.json";
import { describeName } from "@/lib/glossary/name-label";

describe("what a gloss says a name is", () => {
  const names = { en: en.gloss.names, is: is.gloss.names };

  it("says whose given name it is, from BÍN's entries", () => {
    expect(describeName({ kind: "person", sort: "given", genders: ["Masc"] }, names.en)).toBe("a given name (man's)");
    expect(describeName({ kind: "person", sort: "given", genders: ["Fem"] }, names.en)).toBe("a given name (woman's)");
    expect(describeName({ kind: "person", sort: "given", genders: ["Masc", "Fem"] }, names.en)).toBe("a given name (woman's or man's)");
    expect(describeName({ kind: "person", sort: "given", genders: ["Masc"] }, names.is)).toBe("karlmannsnafn");
    expect(describeName({ kind: "person", sort: "given", genders: ["Fem"] }, names.is)).toBe("kvenmannsnafn");
  });

  it("tells a patronymic and a family name from a given name", () => {
    expect(describeName({ kind: "person", sort: "patronymic", genders: ["Fem"] }, names.en)).toMatch(/^a patronymic \(woman's/);
    expect(describeName({ kind: "person", sort: "matronymic", genders: ["Masc"] }, names.is)).toBe("móðurnafn karlmanns (-son)");
    expect(describeName({ kind: "person", sort: "family", genders: ["Masc"] }, names.en)).toBe("a family name");
    expect(describeName({ kind: "person" }, names.en)).toBe("a person's name");
  });

  it("names places, organisations and the rest, and the other kinds BÍN knows the name as", () => {
    expect(describeName({ kind: "place" }, names.is)).toBe("örnefni");
    expect(describeName({ kind: "place", sort: "street" }, names.en)).toBe("a street name");
    expect(describeName({ kind: "organisation" }, names.en)).toBe("the name of a company or institution");
    expect(describeName({ kind: "person", sort: "given", genders: ["Fem"], also: ["place"] }, names.en)).toBe("a given name (woman's); also a place name");
    expect(describeName(undefined, names.en)).toBe("a proper name");
  });
});
