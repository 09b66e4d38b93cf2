import { describe, expect, it } from "vitest";
import { MEANING_SOURCES } from "@/lib/dictionary/types";
import { resources } from "@/lib/i18n/resources";

describe("meaning source labels", () => {
  it("name every source a meaning can have, in both languages", () => {
    for (const lng of ["en", "is"] as const) {
      expect(Object.keys(resources[lng].credits.meaningSources).sort()).toEqual([...MEANING_SOURCES].sort());
    }
    // The dictionaries' licences are part of the credit wherever their meanings show.
    expect(resources.en.credits.meaningSources.apertium).toContain("GPL-3.0");
    expect(resources.is.credits.meaningSources.wiktionary).toContain("CC BY-SA 4.0");
  });
});
