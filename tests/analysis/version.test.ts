import { describe, expect, it } from "vitest";
import { analysisVersion, computeAnalysisVersion, serverAnalysis } from "@/lib/analysis/version";

describe("the server's analysis version", () => {
  it("is a short hash of the analysis inputs, the same every time they are read", () => {
    const version = computeAnalysisVersion();
    expect(version).toMatch(/^[0-9a-f]{12}$/);
    expect(computeAnalysisVersion()).toBe(version);
    expect(analysisVersion()).toBe(version);
  });

  it("says which engine the server's settings choose", () => {
    expect(["greynir", "lemma-is"]).toContain(serverAnalysis().engine);
  });
});
