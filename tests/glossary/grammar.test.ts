import { describe, expect, it } from "vitest";
import { antecedentPhrase, describeFeatures, describeGovernor } from "@/lib/glossary/grammar";
import en from "@/locales/en/grammar.json";
import is from "@/locales/is/grammar.json";
import { UD_FEATURE_NAMES } from "@/lib/analysis/types";

describe("UD features as a phrase in the interface language", () => {
  it("reads a definite dative plural in English and Icelandic", () => {
    const features = { Case: "Dat", Number: "Plur", Definite: "Def" };
    expect(describeFeatures(features, en)).toBe("dative plural, definite");
    expect(describeFeatures(features, is)).toBe("þágufall fleirtala, með greini");
  });

  it("reads a finite verb: person and number together, then tense and mood, then voice", () => {
    const features = { Mood: "Ind", Tense: "Past", Number: "Sing", Person: "3", Voice: "Act" };
    expect(describeFeatures(features, en)).toBe("3rd person singular, past indicative, active");
    expect(describeFeatures(features, is)).toBe("3. persóna eintala, þátíð framsöguháttur, germynd");
  });

  it("names gender after case and number, and leaves out values it has no name for", () => {
    expect(describeFeatures({ Gender: "Fem", Case: "Gen", Number: "Sing", Degree: "Cmp" }, en)).toBe("genitive singular feminine, comparative");
    expect(describeFeatures({ Case: "Voc", Number: "Dual" }, en)).toBe("");
  });

  it("has a name in both languages for every value of the ten features", () => {
    for (const name of UD_FEATURE_NAMES) {
      expect(Object.keys(is[name]).sort()).toEqual(Object.keys(en[name]).sort());
      expect(Object.keys(en[name]).length).toBeGreaterThan(1);
    }
  });

  it("says what governs a case", () => {
    const governor = { kind: "preposition" as const, lemma: "í", form: "í", case: "Dat" };
    expect(describeGovernor(governor, en)).toBe("dative after í");
    expect(describeGovernor(governor, is)).toBe("þágufall á eftir „í“");
  });

  it("says which word a reflexive refers back to, with the word apart so it can be marked Icelandic", () => {
    const english = antecedentPhrase(en);
    const icelandic = antecedentPhrase(is);
    expect(`${english.before}menn${english.after}`).toBe("refers back to “menn”");
    expect(`${icelandic.before}menn${icelandic.after}`).toBe("vísar til „menn“");
  });
});
