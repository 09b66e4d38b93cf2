import { describe, expect, it } from "vitest";
import { parseApertiumDix } from "@/lib/dictionary/apertium";

// Lines as they stand in apertium-isl-eng.isl-eng.dix (release 0.1.2), a few cut down.
const SAMPLE = `<?xml version="1.0" encoding="UTF-8"?>
<dictionary>
  <sdefs><sdef n="n" /><sdef n="m" /></sdefs>
  <pardefs>
    <pardef n="mánuðir__months__num">
      <e><p><l>janúar<s n="num"/></l><r>January<s n="num"/></r></p></e>
    </pardef>
  </pardefs>
<section id="main" type="standard">
    <e><re>[2-3]?[0,4-9]</re><p><l>.<b/></l><r>th<b/></r></p><par n="mánuðir__months__num"/></e>
    <e r="RL"><p><l>sá<s n="prn"/><s n="dem"/><s n="GD"/></l><r>the<b/>one<s n="prn"/><s n="dem"/><s n="mf"/></r></p></e>
    <e><p><l>hún<s n="prn"/></l><r>prpers<s n="prn"/></r></p></e>
    <e><p><l>-<s n="guio"/></l><r>-<s n="guio"/></r></p></e>
    <e c="0"><p><l>hula<s n="n"/><s n="f"/></l><r>cover<s n="n"/></r></p></e>
    <e slr="1"><p><l>hula<s n="n"/><s n="f"/></l><r>haze<s n="n"/></r></p></e>
    <e><p><l>sterkur<s n="adj"/></l><r>strong<s n="adj"/><s n="sint"/></r></p></e>
    <e><p><l>sterkur<s n="adj"/></l><r>strong<s n="adj"/><s n="sint"/></r></p></e>
    <e><p><l>þrautalending<s n="n"/><s n="f"/></l><r>last<b/>ditch<b/>efforts n="n"/></r></p></e>
    <e><p><l>hungurverkfall<s n="n"/><s n="nt"/></l><r>hunger<b/>strike<s n="n"/></r></p></e>
    <!--<e><p><l>svartklæddur<s n="adj"/></l><r>dressed<b/>in<b/>black<s n="adj"/></r></p></e>-->
    <e><p><l>ívilna<s n="vblex"/></l><r>give<g><b/>privileges</g><s n="vblex"/></r></p></e>
    <e><p><l>til<b/>dæmis<s n="adv"/></l><r>for<b/>example<s n="adv"/></r></p></e>
    <e><p><l>fyrir&#160;hönd<s n="pr"/></l><r>on<b/>behalf<b/>of<s n="pr"/></r></p></e>
    <e><p><l>stórbrotinn<s n="adj"/></l><r>spectacular<s n="adj"/></r></p></e> <!-- usually about landscape -->
</section>
<section id="unchecked" type="standard">
<e><p><l>Írak<s n="np"/><s n="top"/></l><r>Iraq<s n="np"/><s n="top"/></r></p></e>
</section>
</dictionary>`;

describe("parseApertiumDix", () => {
  const { entries, report } = parseApertiumDix(SAMPLE);

  it("reads Icelandic → English pairs with word class and gender, tags removed, in file order", () => {
    expect(entries).toEqual([
      { lemma: "hula", meaning: "cover", wordClass: "noun", gender: "feminine" },
      { lemma: "hula", meaning: "haze", wordClass: "noun", gender: "feminine" },
      { lemma: "sterkur", meaning: "strong", wordClass: "adjective" },
      { lemma: "þrautalending", meaning: "last ditch efforts", wordClass: "noun", gender: "feminine" },
      { lemma: "hungurverkfall", meaning: "hunger strike", wordClass: "noun", gender: "neuter" },
      { lemma: "ívilna", meaning: "give privileges", wordClass: "verb" },
      { lemma: "til dæmis", meaning: "for example", wordClass: "adverb" },
      { lemma: "fyrir hönd", meaning: "on behalf of", wordClass: "preposition" },
      { lemma: "stórbrotinn", meaning: "spectacular", wordClass: "adjective" },
      { lemma: "Írak", meaning: "Iraq", wordClass: "proper-noun" },
    ]);
  });

  it("leaves out paradigms, patterns, English-only entries, comments, punctuation and repeats; keeps and counts fixed expressions", () => {
    expect(entries.some((e) => e.lemma === "janúar" || e.lemma === "sá" || e.lemma === "hún" || e.lemma === "svartklæddur")).toBe(false);
    expect(report).toEqual({ kept: 10, duplicates: 1, multiWordHeadwords: 2, notIcelandicToEnglish: 2, empty: 1, placeholders: 1 });
  });
});
