import { describe, expect, it } from "vitest";
import { segment } from "@/lib/text/segment";
import { boundaries, loadSegmentationCases, score } from "@/scripts/bench/segmentation-set";

// The held-out file was scored once as it came (docs/language-tools.md) and is a regression set now.
const cases = [...loadSegmentationCases(), ...loadSegmentationCases("tests/text/segmentation-heldout.txt")];
const sentencesOf = (text: string) => segment(text).flatMap((paragraph) => paragraph.sentences.map((s) => s.text));

describe("the hand-written segmentation set", () => {
  it("has at least 150 cases in every group the issue names", () => {
    expect(cases.length).toBeGreaterThanOrEqual(150);
    expect(new Set(cases.map((c) => c.group)).size).toBeGreaterThanOrEqual(16);
  });

  it("reaches at least 99 % precision and recall of sentence boundaries", () => {
    const failures: string[] = [];
    const result = score(
      cases.map((c) => {
        const got = sentencesOf(c.passage);
        if (JSON.stringify(got) !== JSON.stringify(c.sentences)) failures.push(`${c.group}: ${JSON.stringify(got)}`);
        return { gold: boundaries(c.sentences), predicted: boundaries(got) };
      }),
    );
    expect(result.precision, failures.join("\n")).toBeGreaterThanOrEqual(0.99);
    expect(result.recall, failures.join("\n")).toBeGreaterThanOrEqual(0.99);
  });

  it("scores boundaries on visible characters, so a rewritten copy counts the same", () => {
    expect([...boundaries(["Hann kom.", "Hún fór."])]).toEqual([8]);
    expect([...boundaries(["Hann  kom.", "Hún fór."])]).toEqual([8]);
    expect(score([{ gold: new Set([8]), predicted: new Set([8, 3]) }])).toMatchObject({ precision: 0.5, recall: 1 });
  });
});
