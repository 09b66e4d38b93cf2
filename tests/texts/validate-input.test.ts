import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { hasErrors, MAX_CHARACTERS, sentenceCountIssues, validateInput, type InputIssueCode } from "@/lib/texts/validate-input";

const icelandic = "Tveimur sprengjudrónum var beint að herstöð Bandaríkjahers og bandamanna í Anbar-héraði í Írak í gær.";
const codes = (text: string, translation?: string) => validateInput({ text, translation }).map((issue) => issue.code);

describe("validateInput", () => {
  it("accepts a normal Icelandic text with its translation", () => {
    expect(validateInput({ text: icelandic, translation: "Two bomb drones were directed at a base in Iraq yesterday." })).toEqual([]);
  });

  it.each([[""], ["   "], ["\n\t\r\n \u00A0"]])("rejects empty or whitespace-only text: %j", (text) => {
    const issues = validateInput({ text });
    expect(issues).toEqual([{ code: "empty", severity: "error", field: "text" }]);
    expect(hasErrors(issues)).toBe(true);
  });

  it("rejects text over 100,000 characters, with the numbers for the message", () => {
    const text = `${icelandic} `.repeat(Math.ceil(MAX_CHARACTERS / icelandic.length) + 1);
    expect(validateInput({ text })).toEqual([{ code: "too-long", severity: "error", field: "text", values: { count: text.length, limit: 100_000 } }]);
  });

  it("accepts exactly 100,000 characters", () => {
    const text = `${icelandic} `.repeat(2000).slice(0, MAX_CHARACTERS);
    expect(codes(text)).not.toContain("too-long");
  });

  it("rejects a file with NUL bytes as binary", () => {
    expect(codes(`PK\u0003\u0004\u0000\u0000${icelandic}`)).toEqual(["binary"]);
  });

  it("rejects text that is mostly U+FFFD and control characters (a binary file decoded as UTF-8)", () => {
    const junk = Array.from({ length: 300 }, (_, k) => (k % 3 === 0 ? "\uFFFD" : k % 3 === 1 ? "\u0007" : "x")).join("");
    expect(codes(junk)).toEqual(["binary"]);
  });

  it("only warns about a few unreadable characters in otherwise good text", () => {
    const issues = validateInput({ text: `${icelandic} Þetta er \uFFFD eitt tákn. ${icelandic}` });
    expect(issues).toEqual([{ code: "replacement-characters", severity: "warning", field: "text", values: { count: 1 } }]);
    expect(hasErrors(issues)).toBe(false);
  });

  it.each([
    ["a script element", `<script>alert("x")</script> ${icelandic}`],
    ["paragraph tags", `<p>${icelandic}</p>`],
    ["an HTML entity", `Hann&nbsp;kom. ${icelandic}`],
    ["a javascript: link", `${icelandic} javascript:alert(1)`],
  ])("flags %s as markup (a warning: shown as text, never run)", (_name, text) => {
    const issues = validateInput({ text });
    expect(issues.map((i) => i.code)).toContain("markup");
    expect(hasErrors(issues)).toBe(false);
  });

  it("does not flag comparisons or arrows as markup", () => {
    expect(codes(`Hitinn var < 5 stig og > 0 stig, ${icelandic}`)).not.toContain("markup");
  });

  it("warns when the text is not Icelandic, and lets it through", () => {
    const issues = validateInput({ text: "Two bomb drones were directed at a base of the US military and its allies in Anbar Province in Iraq yesterday." });
    expect(issues).toEqual([{ code: "not-icelandic", severity: "warning", field: "text" }]);
  });

  it("warns when the language cannot be told, but not for a word or two", () => {
    expect(codes("Xyz qwv plomb trask wirrel.")).toEqual(["language-uncertain"]);
    expect(codes("Já.")).toEqual([]);
  });

  it("checks the translation too: too long, binary, markup", () => {
    expect(codes(icelandic, "x".repeat(MAX_CHARACTERS + 1))).toEqual(["translation-too-long"]);
    expect(codes(icelandic, "\u0000\u0001binary")).toEqual(["translation-binary"]);
    expect(codes(icelandic, "<b>Bold</b> <div>text</div>")).toEqual(["translation-markup"]);
    expect(codes(icelandic, "   ")).toEqual([]);
  });
});

describe("sentenceCountIssues", () => {
  it("warns when the translation has a very different number of sentences", () => {
    expect(sentenceCountIssues(20, 8)).toEqual([{ code: "sentence-count-mismatch", severity: "warning", field: "translation", values: { icelandic: 20, english: 8 } }]);
    expect(sentenceCountIssues(5, 12)).toHaveLength(1);
  });

  it("allows the merges and splits of a normal translation, and small texts", () => {
    expect(sentenceCountIssues(20, 16)).toEqual([]);
    expect(sentenceCountIssues(3, 1)).toEqual([]);
    expect(sentenceCountIssues(10, 0)).toEqual([]);
  });
});

describe("the issue codes", () => {
  it("each have an English and an Icelandic message with the same numbers", () => {
    const all: InputIssueCode[] = ["empty", "too-long", "binary", "replacement-characters", "markup", "not-icelandic", "language-uncertain", "translation-too-long", "translation-binary", "translation-markup", "sentence-count-mismatch"];
    for (const lng of ["en", "is"]) {
      const messages: { issues: Record<string, string> } = JSON.parse(readFileSync(`locales/${lng}/import.json`, "utf8"));
      expect(Object.keys(messages.issues).sort()).toEqual([...all].sort());
    }
  });
});
