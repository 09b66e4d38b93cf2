import { describe, expect, it } from "vitest";
import { readerShortcuts, shortcutForKey, statusOf } from "@/lib/reader/shortcuts";
import { statuses } from "@/lib/vocab/model";

describe("reader shortcuts", () => {
  it("give each key exactly one meaning", () => {
    const keys = readerShortcuts.flatMap((shortcut) => shortcut.keys);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it("keep k for 'known' on a focused word and move sentences with n and p", () => {
    expect(shortcutForKey("k")?.action).toBe("mark-known");
    expect(shortcutForKey("K")?.action).toBe("mark-known");
    expect(shortcutForKey("n")?.action).toBe("next-sentence");
    expect(shortcutForKey("p")?.action).toBe("previous-sentence");
    expect(shortcutForKey("q")).toBeUndefined();
  });

  it("tell a shifted letter with its own action from the plain one", () => {
    expect(shortcutForKey("l")?.action).toBe("listen-sentence");
    expect(shortcutForKey("L")?.action).toBe("listen-text");
  });

  it("have a key for every status a learner sets from a gloss (all but 'new')", () => {
    const set = readerShortcuts.flatMap((shortcut) => statusOf(shortcut) ?? []);
    expect(set.sort()).toEqual(statuses.filter((status) => status !== "new").sort());
    expect(["1", "2", "3", "4", "k", "i"].map((key) => statusOf(shortcutForKey(key)!))).toEqual([
      "learning-1",
      "learning-2",
      "learning-3",
      "learning-4",
      "known",
      "ignored",
    ]);
  });
});
