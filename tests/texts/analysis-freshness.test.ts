import { describe, expect, it } from "vitest";
import type { ImportEvent } from "@/lib/texts/import-protocol";
import { applyImportEvent, stampAfterDone } from "@/lib/texts/import-protocol";
import { analysisFreshness, readServerAnalysis, withinMs } from "@/lib/texts/analysis-freshness";
import { generateDocument } from "@/lib/reader/generate";

const server = { version: "b2c3d4e5f6a1", engine: "greynir" } as const;
const done = (engine: "greynir" | "lemma-is", version?: string): Extract<ImportEvent, { type: "done" }> => ({ type: "done", engine, ...(version !== undefined && { version }) });

describe("is a stored text's analysis older than the server's?", () => {
  it("counts a text stored before stamps existed as older", () => {
    expect(analysisFreshness(undefined, server)).toBe("older");
  });

  it("is current with the same version from the full analysis, older with any other version", () => {
    expect(analysisFreshness({ version: server.version, engine: "greynir" }, server)).toBe("current");
    expect(analysisFreshness({ version: "000000000000", engine: "greynir" }, server)).toBe("older");
  });

  it("counts a text glossed by lemma-is alone (the worker was down) as older, even at the same version", () => {
    expect(analysisFreshness({ version: server.version, engine: "lemma-is" }, server)).toBe("older");
  });

  it("offers nothing when the server itself has only lemma-is: an update would make the text worse", () => {
    const lemmasOnly = { version: server.version, engine: "lemma-is" } as const;
    expect(analysisFreshness(undefined, lemmasOnly)).toBe("unavailable");
    expect(analysisFreshness({ version: "000000000000", engine: "greynir" }, lemmasOnly)).toBe("unavailable");
  });

  it("reads the server's answer only when it is one", () => {
    expect(readServerAnalysis({ version: "abc", engine: "greynir" })).toEqual({ version: "abc", engine: "greynir" });
    expect(readServerAnalysis({ version: "", engine: "greynir" })).toBeUndefined();
    expect(readServerAnalysis({ version: "abc", engine: "spacy" })).toBeUndefined();
    expect(readServerAnalysis("<html>offline</html>")).toBeUndefined();
    expect(readServerAnalysis(null)).toBeUndefined();
  });
});

describe("stamping a document when its analysis is done", () => {
  it("keeps a new import's stamp (the started document carries the server's) and takes the engine that ran", () => {
    const started = { ...generateDocument({ id: "t", words: 20 }), analysis: { version: "v2", engine: "greynir" as const } };
    expect(applyImportEvent(started, done("greynir", "v2")).analysis).toEqual({ version: "v2", engine: "greynir" });
    expect(applyImportEvent(started, done("lemma-is", "v2")).analysis).toEqual({ version: "v2", engine: "lemma-is" });
  });

  it("leaves a document unstamped when the server does not say its version", () => {
    expect(applyImportEvent(generateDocument({ id: "t", words: 20 }), done("greynir")).analysis).toBeUndefined();
  });

  it("keeps the older stamp when an import is finished by a server with another version (part of it is older)", () => {
    expect(stampAfterDone({ version: "v1", engine: "greynir" }, done("greynir", "v2"))).toEqual({ version: "v1", engine: "greynir" });
    expect(stampAfterDone({ version: "v1", engine: "greynir" }, done("lemma-is", "v2"))).toEqual({ version: "v1", engine: "lemma-is" });
  });

  it("keeps lemma-is when any part of the text was analysed by it", () => {
    expect(stampAfterDone({ version: "v2", engine: "lemma-is" }, done("greynir", "v2"))).toEqual({ version: "v2", engine: "lemma-is" });
  });

  it("leaves a document begun before stamps existed unstamped when a resume finishes it, so it still counts as older", () => {
    expect(stampAfterDone(undefined, done("greynir", "v2"))).toBeUndefined();
  });
});

describe("waiting a moment for the server's answer", () => {
  it("gives the answer that comes in time, and undefined for one that does not", async () => {
    const prompt = new Promise<string>((resolve) => setTimeout(() => resolve("greynir"), 5));
    expect(await withinMs(prompt, 1_000)).toBe("greynir");
    const late = new Promise<string>((resolve) => setTimeout(() => resolve("late"), 200));
    expect(await withinMs(late, 20)).toBeUndefined();
  });
});
