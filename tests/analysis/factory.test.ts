import { afterEach, describe, expect, it } from "vitest";
import { chooseEngine, createAnalyzer } from "@/lib/analysis/factory";

const open: { close(): void }[] = [];
afterEach(() => open.splice(0).forEach((a) => a.close()));

describe("createAnalyzer", { timeout: 60_000 }, () => {
  it("falls back to lemma-is when the Python interpreter does not exist", async () => {
    const analyzer = createAnalyzer({ SAMHLIDA_PYTHON: "/nonexistent/python3" });
    open.push(analyzer);
    expect(analyzer.engine).toBe("lemma-is");
    const analysis = await analyzer.analyze("Hermennirnir féllu í árásinni.");
    expect(analysis.engine).toBe("lemma-is");
    expect(analysis.automatic).toBe(true);
    const attack = analysis.tokens.find((t) => t.form === "árásinni");
    expect(attack).toMatchObject({ lemma: "árás", upos: "NOUN", feats: {} });
  });

  it("uses lemma-is when asked to", () => {
    expect(chooseEngine({ SAMHLIDA_ANALYSIS: "lemma-is" })).toMatchObject({ engine: "lemma-is" });
  });

  it("chooses GreynirEngine when the interpreter exists", () => {
    expect(chooseEngine({ SAMHLIDA_PYTHON: process.execPath })).toEqual({ engine: "greynir", python: process.execPath });
  });

  it("answers with lemma-is when the worker cannot start", async () => {
    // node is no Python: the worker process exits at once, and the request still gets lemmas
    const analyzer = createAnalyzer({ SAMHLIDA_PYTHON: process.execPath });
    open.push(analyzer);
    const analysis = await analyzer.analyze("Hún les bókina.");
    expect(analysis.engine).toBe("lemma-is");
    expect(analysis.tokens.find((t) => t.form === "bókina")?.lemma).toBe("bók");
  });

  it("rejects an unknown engine name", () => {
    expect(() => createAnalyzer({ SAMHLIDA_ANALYSIS: "apertium" })).toThrow();
  });
});
