import { describe, expect, it } from "vitest";
import { generateDocument } from "@/lib/reader/generate";
import { readBackupTexts, TEXT_BACKUP_LIMITS } from "@/lib/texts/backup";
import { parseBackup, toBackup } from "@/lib/vocab/backup";

describe("texts in the JSON backup", () => {
  const document = generateDocument({ id: "import-abc", words: 40 });

  it("round-trips the learner's texts beside the words, and a file without texts has none", () => {
    const file = toBackup([], new Date("2026-11-25T10:00:00Z"), [{ id: document.id, savedAt: "2026-11-25T09:00:00.000Z", document }]);
    expect(parseBackup(file)).toEqual([]);
    expect(readBackupTexts(JSON.parse(file))).toEqual([{ id: "import-abc", savedAt: "2026-11-25T09:00:00.000Z", document }]);
    expect(readBackupTexts(JSON.parse(toBackup([], new Date())))).toEqual([]);
  });

  it("refuses the whole file on a damaged document, a foreign id or too many texts", () => {
    const broken = { ...document, paragraphs: [{ id: "p1", sentences: [{ id: "p1.s1" }] }] };
    expect(() => readBackupTexts({ texts: [{ document }, { document: broken }] })).toThrow(expect.objectContaining({ code: "invalid-text", index: 1 }));
    expect(() => readBackupTexts({ texts: [{ document: { ...document, id: "drone-attack-anbar" } }] })).toThrow(expect.objectContaining({ code: "invalid-text" }));
    expect(() => readBackupTexts({ texts: "x" })).toThrow(expect.objectContaining({ code: "invalid-text" }));
    const many = Array.from({ length: TEXT_BACKUP_LIMITS.texts + 1 }, () => ({ document }));
    expect(() => readBackupTexts({ texts: many })).toThrow(expect.objectContaining({ code: "too-many-texts" }));
  });
});
