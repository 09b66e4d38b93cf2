import { describe, expect, it } from "vitest";
import { toAnki, toCsv } from "@/lib/vocab/export";
import { parseBackup, planRestore, toBackup } from "@/lib/vocab/backup";
import { VocabError } from "@/lib/vocab/errors";
import { saveWord, setStatus } from "@/lib/vocab/save";
import { at, input } from "./support";

const words = [
  saveWord(undefined, input("loftvarnakerfum", "p1.s2"), at("2026-11-01T10:00:00Z")),
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
  it("parses back to the same cards", () => {
    const { headers, rows } = parseAnki(toAnki(words));
    expect(headers).toMatchObject({ separator: "tab", html: "true", "tags column": "5" });
    expect(rows).toEqual([
      { Word: "loftvarnakerfi", Meaning: "air defence system", Sentence: "Setning p1.s2 með loftvarnakerfum.", Translation: 'Sentence p1.s2 with "loftvarnakerfum" and a tab.', Tags: "samhlida noun new drone-attack-anbar" },
      { Word: "dróni", Meaning: "drone<br>UAV", Sentence: "Setning p1.s2 með dróninn.", Translation: 'Sentence p1.s2 with "dróninn" and a tab.', Tags: "samhlida noun new drone-attack-anbar" },
    ]);
  });
});

describe("CSV export", () => {
  it("quotes fields so quotes, commas and newlines survive", () => {
    const rows = parseCsv(toCsv(words));
    expect(rows[0]).toEqual(["lemma", "part_of_speech", "meaning", "status", "forms", "sentence", "translation", "source", "note", "saved"]);
    expect(rows[2]?.slice(0, 3)).toEqual(["dróni", "noun", "drone\nUAV"]);
    expect(rows[1]?.[6]).toBe('Sentence p1.s2 with "loftvarnakerfum"\tand a tab.');
  });
});

describe("backup and restore", () => {
  it("round-trips every field", () => {
    expect(parseBackup(toBackup(words, at("2026-11-24T00:00:00Z")))).toEqual(words);
  });

  it("merges into existing words and reports what it did", () => {
    const current = [setStatus(words[0]!, "learning-2", at("2026-11-10T00:00:00Z"))];
    const incoming = [saveWord(words[0], input("loftvarnakerfin", "p4.s1"), at("2026-11-05T00:00:00Z")), words[1]!];
    const { writes, report } = planRestore(current, incoming);
    expect(report).toEqual({ added: 1, merged: 1, unchanged: 0 });
    const merged = writes.find((w) => w.id === "loftvarnakerfi:noun")!;
    expect(merged.status).toBe("learning-2"); // the newer edit wins
    expect(merged.contexts.map((c) => c.sentenceId)).toEqual(["p1.s2", "p4.s1"]);
    expect(planRestore(writes, incoming).report).toEqual({ added: 0, merged: 0, unchanged: 2 });
  });

  it.each([
    ["not-json", "{ definitely not"],
    ["not-samhlida", JSON.stringify({ app: "anki", words: [] })],
    ["bad-version", JSON.stringify({ app: "samhlida", kind: "vocabulary", version: 99, words: [] })],
    ["invalid-entry", JSON.stringify({ app: "samhlida", kind: "vocabulary", version: 1, words: [words[0], { id: "x" }] })],
  ])("rejects a %s file with a clear code", (code, text) => {
    try {
      parseBackup(text);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(VocabError);
      expect((error as VocabError).code).toBe(code);
      if (code === "invalid-entry") expect((error as VocabError).index).toBe(1);
    }
  });
});
