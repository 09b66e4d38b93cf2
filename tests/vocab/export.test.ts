import { describe, expect, it } from "vitest";
import { escapeHtml, neutralise, toAnki, toCsv } from "@/lib/vocab/export";
import { addContext, editWord, saveWord } from "@/lib/vocab/save";
import { at, input } from "./support";

const first = saveWord(undefined, input("loftvarnakerfum", "p1.s2"), at("2026-11-01T10:00:00Z"));
const twoContexts = addContext(first, input("loftvarnakerfin", "p4.s1"), at("2026-11-01T11:00:00Z")).word;
const words = [
  twoContexts,
  saveWord(undefined, input("dróninn", "p1.s2", { entryId: "dróni:noun", lemma: "dróni", meaning: "drone\nUAV" }), at("2026-11-02T10:00:00Z")),
];

/** Reads Anki's text format as Anki documents it: # header lines, then tab-separated rows. */
function parseAnki(text: string) {
  const lines = text.split("\n").filter(Boolean);
  const headers = Object.fromEntries(
    lines.filter((l) => l.startsWith("#")).map((l) => {
      const [key, ...rest] = l.slice(1).split(":");
      return [key, rest.join(":")];
    }),
  );
  const columns = headers.columns!.split("\t");
  const rows = lines.filter((l) => !l.startsWith("#")).map((l) => Object.fromEntries(l.split("\t").map((v, i) => [columns[i], v])));
  return { headers, rows };
}

/** What Anki shows for an HTML field: tags as line breaks, entities decoded. */
const shown = (html: string) =>
  html
    .split("<br>")
    .map((line) => line.replace(/&#(\d+);/g, (_, code: string) => String.fromCharCode(Number(code))));

/** A small RFC 4180 reader for the check. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted && ch === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (quoted && ch === '"') {
      quoted = false;
    } else if (quoted) {
      field += ch;
    } else if (ch === '"') {
      quoted = true;
    } else if (ch === ",") {
      row.push(field);
      field = "";
    } else if (ch === "\r" && text[i + 1] === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
      i++;
    } else {
      field += ch;
    }
  }
  return rows;
}

describe("Anki export", () => {
  it("parses back to one note per word, with every context in order", () => {
    const { headers, rows } = parseAnki(toAnki(words));
    expect(headers).toMatchObject({ separator: "tab", html: "true", "tags column": "5" });
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({ Word: "loftvarnakerfi", Meaning: "air defence system", Tags: "samhlida noun new drone-attack-anbar" });
    expect(shown(rows[0]!.Sentence!)).toEqual(["Setning p1.s2 með loftvarnakerfum.", "Setning p4.s1 með loftvarnakerfin."]);
    expect(shown(rows[0]!.Translation!)).toEqual(['Sentence p1.s2 with "loftvarnakerfum" and a tab.', 'Sentence p4.s1 with "loftvarnakerfin" and a tab.']);
    expect(shown(rows[1]!.Meaning!)).toEqual(["drone", "UAV"]);
  });

  it("escapes HTML, so a meaning from a restored backup cannot run inside Anki", () => {
    const hostile = editWord(words[1]!, { meaning: `<img src=x onerror="alert(1)"> & co` }, at("2026-11-03T00:00:00Z"));
    const { rows } = parseAnki(toAnki([hostile]));
    expect(rows[0]!.Meaning).not.toMatch(/[<>"]/);
    expect(shown(rows[0]!.Meaning!)).toEqual([`<img src=x onerror="alert(1)"> & co`]);
    expect(escapeHtml(`<'&">`)).toBe("&#60;&#39;&#38;&#34;&#62;");
  });
});

describe("CSV export", () => {
  it("starts with a UTF-8 byte-order mark so spreadsheets read Icelandic letters", () => {
    const bytes = new TextEncoder().encode(toCsv(words));
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });

  it("quotes fields so quotes, commas and newlines survive, and keeps every context", () => {
    const rows = parseCsv(toCsv(words).replace(/^\uFEFF/, ""));
    expect(rows[0]).toEqual(["lemma", "part_of_speech", "meaning", "status", "forms", "sentence", "translation", "source", "note", "saved"]);
    expect(rows[2]?.slice(0, 3)).toEqual(["dróni", "noun", "drone\nUAV"]);
    expect(rows[1]?.[5]?.split("\n")).toEqual(["Setning p1.s2 með loftvarnakerfum.", "Setning p4.s1 með loftvarnakerfin."]);
    expect(rows[1]?.[6]?.split("\n")).toEqual(['Sentence p1.s2 with "loftvarnakerfum"\tand a tab.', 'Sentence p4.s1 with "loftvarnakerfin"\tand a tab.']);
    expect(rows[1]?.[4]).toBe("loftvarnakerfum loftvarnakerfin");
  });

  it.each(["=HYPERLINK(\"http://x\")", "+1+1", "-2+3", "@SUM(A1)", "\tcmd", "\rcmd"])("neutralises a cell starting %j", (cell) => {
    const hostile = editWord(words[1]!, { meaning: cell, note: cell }, at("2026-11-03T00:00:00Z"));
    const row = parseCsv(toCsv([hostile]).replace(/^\uFEFF/, ""))[1]!;
    expect(row[2]).toBe(`'${cell}`);
    expect(row[8]).toBe(`'${cell}`);
  });

  it("leaves ordinary cells untouched", () => {
    expect(neutralise("air defence system")).toBe("air defence system");
    expect(neutralise("e-mail")).toBe("e-mail");
  });
});
