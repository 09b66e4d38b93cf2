import { describe, expect, it } from "vitest";
import { pickIcelandicVoice } from "@/lib/reader/voices";

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
