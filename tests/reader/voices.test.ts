import { describe, expect, it } from "vitest";
import { pickIcelandicVoice } from "@/lib/reader/voices";
import { actionForKey, readerShortcuts } from "@/lib/reader/shortcuts";

describe("choosing a voice", () => {
  it("takes an Icelandic voice, preferring a local one", () => {
    const voices = [
      { lang: "en-US", name: "Samantha", localService: true },
      { lang: "is-IS", name: "Dóra (online)", localService: false },
      { lang: "is_IS", name: "Karl", localService: true },
    ];
    expect(pickIcelandicVoice(voices)?.name).toBe("Karl");
  });

  it("never falls back to another language", () => {
    expect(pickIcelandicVoice([{ lang: "en-GB", name: "Daniel" }, { lang: "it-IT", name: "Alice" }])).toBeUndefined();
    // "is" must be the language subtag, not a prefix of another code.
    expect(pickIcelandicVoice([{ lang: "ise", name: "Not Icelandic" }])).toBeUndefined();
  });
});

describe("reader shortcuts", () => {
  it("map each key to one action", () => {
    const keys = readerShortcuts.flatMap((shortcut) => shortcut.keys);
    expect(new Set(keys).size).toBe(keys.length);
    expect(actionForKey("j")).toBe("next-sentence");
    expect(actionForKey("?")).toBe("help");
    expect(actionForKey("q")).toBeUndefined();
  });
});
