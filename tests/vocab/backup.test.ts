import { Rating } from "ts-fsrs";
import { describe, expect, it } from "vitest";
import { BACKUP_VERSION, checkBackupSize, parseBackup, toBackup } from "@/lib/vocab/backup";
import { planRestore } from "@/lib/vocab/merge";
import { VocabError } from "@/lib/vocab/errors";
import { BACKUP_LIMITS } from "@/lib/vocab/limits";
import { addContext, editWord, saveWord, setStatus } from "@/lib/vocab/save";
import { reviewWord } from "@/lib/vocab/schedule";
import { asV1, at, input } from "./support";

const reviewed = reviewWord(saveWord(undefined, input("loftvarnakerfum", "p1.s2"), at("2026-11-01T10:00:00Z")), Rating.Again, at("2026-11-01T10:05:00Z"));
const words = [reviewed, saveWord(undefined, input("dróninn", "p1.s2", { entryId: "dróni:noun", lemma: "dróni" }), at("2026-11-02T10:00:00Z"))];
const file = (version: number, list: unknown[]) => JSON.stringify({ app: "samhlida", kind: "vocabulary", version, words: list });

function codeOf(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    if (error instanceof VocabError) return error.code;
    throw error;
  }
  return undefined;
}

describe("backup and restore", () => {
  it("round-trips every field, review logs and status history included", () => {
    const text = toBackup(words, at("2026-11-24T00:00:00Z"));
    expect(JSON.parse(text).version).toBe(BACKUP_VERSION);
    expect(BACKUP_VERSION).toBe(2);
    const back = parseBackup(text);
    expect(back).toEqual(words);
    expect(back[0]!.reviews).toHaveLength(1);
  });

  it("reads a version 1 backup, with the learner's statuses and an empty review log", () => {
    const v1 = setStatus(words[1]!, "learning-2", at("2026-11-05T00:00:00Z"));
    const old = asV1(v1);
    const [word] = parseBackup(file(1, [old]));
    expect(word).toMatchObject({ id: "dróni:noun", status: "learning-2", statusBy: "learner", reviews: [] });
    expect(word!.statusHistory).toEqual([
      { at: v1.createdAt, status: "new" },
      { at: v1.updatedAt, status: "learning-2" },
    ]);
  });

  it("merges into existing words, reviews and contexts united, and reports what it did", () => {
    const current = [setStatus(words[0]!, "learning-2", at("2026-11-10T00:00:00Z"))];
    const incoming = [addContext(words[0], input("loftvarnakerfin", "p4.s1"), at("2026-11-05T00:00:00Z")).word, words[1]!];
    const { writes, report } = planRestore(current, incoming);
    expect(report).toEqual({ added: 1, merged: 1, unchanged: 0 });
    const merged = writes.find((w) => w.id === "loftvarnakerfi:noun")!;
    expect(merged.status).toBe("learning-2"); // the newer edit wins
    expect(merged.contexts.map((c) => c.sentenceId)).toEqual(["p1.s2", "p4.s1"]);
    expect(merged.reviews).toHaveLength(1);
    expect(planRestore(writes, incoming).report).toEqual({ added: 0, merged: 0, unchanged: 2 });
  });

  it.each([
    ["not-json", "{ definitely not"],
    ["not-samhlida", JSON.stringify({ app: "anki", words: [] })],
    ["bad-version", file(99, [])],
    ["invalid-entry", file(2, [words[0], { id: "x" }])],
  ])("rejects a %s file with a clear code", (code, text) => {
    expect(codeOf(() => parseBackup(text))).toBe(code);
  });

  it("says which word is bad", () => {
    expect.assertions(1);
    try {
      parseBackup(file(2, [words[0], { id: "x" }]));
    } catch (error) {
      expect(error instanceof VocabError && error.index).toBe(1);
    }
  });
});

describe("backup limits", () => {
  const long = (n: number) => "a".repeat(n);

  it("refuses a file over the size limit before reading it", () => {
    expect(codeOf(() => checkBackupSize(BACKUP_LIMITS.fileBytes + 1))).toBe("too-large");
    expect(codeOf(() => checkBackupSize(BACKUP_LIMITS.fileBytes))).toBeUndefined();
    expect(codeOf(() => parseBackup(" ".repeat(BACKUP_LIMITS.fileBytes + 1)))).toBe("too-large");
  });

  it("refuses more words than the limit", () => {
    expect(codeOf(() => parseBackup(file(2, Array.from({ length: BACKUP_LIMITS.words + 1 }, () => words[1]))))).toBe("too-many-words");
  });

  it.each([
    ["a meaning", { meaning: long(BACKUP_LIMITS.long + 1) }],
    ["a lemma", { lemma: long(BACKUP_LIMITS.short + 1) }],
    ["a sentence", { contexts: [{ ...words[1]!.contexts[0]!, is: long(BACKUP_LIMITS.long + 1) }] }],
    ["the contexts", { contexts: Array.from({ length: BACKUP_LIMITS.contextsPerWord + 1 }, (_, i) => ({ ...words[1]!.contexts[0]!, sentenceId: `p${i}.s1` })) }],
    ["the reviews", { reviews: Array.from({ length: BACKUP_LIMITS.reviewsPerWord + 1 }, () => reviewed.reviews[0]) }],
  ])("refuses a word when %s is too long", (_, change) => {
    expect(codeOf(() => parseBackup(file(2, [words[0], { ...words[1], ...change }])))).toBe("invalid-entry");
  });

  it("accepts a word at every limit", () => {
    const atLimit = { ...words[1]!, meaning: long(BACKUP_LIMITS.long), lemma: long(BACKUP_LIMITS.short) };
    expect(parseBackup(file(2, [atLimit]))[0]!.meaning).toHaveLength(BACKUP_LIMITS.long);
  });
});

describe("what the app stores always restores", () => {
  it("cuts over-long text when saving and editing, so the backup of it parses", () => {
    const huge = "ö".repeat(100_000);
    const hostile = input(huge, "p1.s1", { entryId: "x:noun", lemma: huge, meaning: huge });
    hostile.context.is = huge;
    const word = editWord(saveWord(undefined, hostile, at("2026-11-01T00:00:00Z")), { note: huge }, at("2026-11-02T00:00:00Z"));
    expect(word.lemma).toHaveLength(BACKUP_LIMITS.short);
    expect(word.note).toHaveLength(BACKUP_LIMITS.long);
    expect(parseBackup(toBackup([word], at("2026-11-03T00:00:00Z")))).toEqual([word]);
  });

  it("keeps the newest reviews when a word has more than a backup holds", () => {
    let word = saveWord(undefined, input("a", "p1.s1", { entryId: "a:noun", lemma: "a" }), at("2026-11-01T00:00:00Z"));
    const many = Array.from({ length: BACKUP_LIMITS.reviewsPerWord }, () => reviewed.reviews[0]!);
    word = reviewWord({ ...word, reviews: many }, Rating.Good, at("2026-11-02T00:00:00Z"));
    expect(word.reviews).toHaveLength(BACKUP_LIMITS.reviewsPerWord);
    expect(word.reviews.at(-1)?.review).toBe("2026-11-02T00:00:00.000Z");
    expect(parseBackup(toBackup([word], at("2026-11-03T00:00:00Z")))).toHaveLength(1);
  });

  it("refuses a sentence beyond the contexts a backup holds", () => {
    let word = saveWord(undefined, input("a", "p0.s1", { entryId: "a:noun", lemma: "a" }), at("2026-11-01T00:00:00Z"));
    for (let i = 1; i < BACKUP_LIMITS.contextsPerWord; i++) word = addContext(word, input("a", `p${i}.s1`, { entryId: "a:noun", lemma: "a" }), at("2026-11-01T00:00:00Z")).word;
    expect(word.contexts).toHaveLength(BACKUP_LIMITS.contextsPerWord);
    expect(addContext(word, input("a", "p999.s1", { entryId: "a:noun", lemma: "a" }), at("2026-11-02T00:00:00Z")).outcome).toBe("full");
  });
});
