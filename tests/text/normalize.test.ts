import { describe, expect, it } from "vitest";
import { normalizeText } from "@/lib/text/normalize";
import { layoutParagraphs } from "@/lib/text/paragraphs";
import { composeMaps, toOriginalOffset, toOriginalSpan } from "@/lib/text/position-map";

/** The original substring behind every occurrence of `word` in the normalised text. */
function originalsOf(raw: string, word: string): string[] {
  const { text, map } = normalizeText(raw);
  return [...text.matchAll(new RegExp(word, "gu"))].map((m) => {
    const span = toOriginalSpan(map, m.index ?? 0, (m.index ?? 0) + m[0].length);
    return raw.slice(span.start, span.end);
  });
}

describe("normalizeText", () => {
  it("composes decomposed letters (NFC) and maps them back to both code units", () => {
    const raw = "Þo\u0301rður sa\u0301 a\u0301na.";
    const { text } = normalizeText(raw);
    expect(text).toBe("Þórður sá ána.");
    expect(originalsOf(raw, "sá")).toEqual(["sa\u0301"]);
    expect(originalsOf(raw, "ána")).toEqual(["a\u0301na"]);
  });

  it("turns CRLF and lone CR into LF", () => {
    const raw = "Eitt.\r\nTvö.\rÞrjú.";
    expect(normalizeText(raw).text).toBe("Eitt.\nTvö.\nÞrjú.");
    expect(originalsOf(raw, "Þrjú")).toEqual(["Þrjú"]);
  });

  it.each([
    ["soft hyphen", "\u00AD"],
    ["zero-width space", "\u200B"],
    ["zero-width non-joiner", "\u200C"],
    ["zero-width joiner", "\u200D"],
    ["byte-order mark", "\uFEFF"],
    ["word joiner", "\u2060"],
    ["right-to-left override", "\u202E"],
    ["left-to-right embedding", "\u202A"],
    ["pop directional formatting", "\u202C"],
    ["first strong isolate", "\u2068"],
    ["NUL", "\u0000"],
  ])("removes a %s and keeps offsets true", (_name, invisible) => {
    const raw = `${invisible}Sprengju${invisible}drónum var beint${invisible} að herstöð.`;
    const { text, map } = normalizeText(raw);
    expect(text).toBe("Sprengjudrónum var beint að herstöð.");
    // the word with the removed character inside maps to the whole original word
    expect(originalsOf(raw, "Sprengjudrónum")).toEqual([`Sprengju${invisible}drónum`]);
    expect(originalsOf(raw, "herstöð")).toEqual(["herstöð"]);
    expect(toOriginalOffset(map, text.length)).toBe(raw.length);
  });

  it("replaces a lone surrogate with U+FFFD and keeps pairs (emoji) intact", () => {
    const raw = "Hæ \uD83D\uDE00 og \uD800 bless";
    const { text } = normalizeText(raw);
    expect(text).toBe("Hæ \uD83D\uDE00 og \uFFFD bless");
    expect(originalsOf(raw, "bless")).toEqual(["bless"]);
    expect(originalsOf(raw, "\uFFFD")).toEqual(["\uD800"]);
  });

  it("keeps Icelandic quotes, en and em dashes, and maps look-alikes", () => {
    const raw = "„Já,“ sagði hún – og ‚nei‘ — Anbar\u2010héraði 5\u00A0000 \u2033sko\u2033";
    const { text } = normalizeText(raw);
    expect(text).toBe("„Já,“ sagði hún – og ‚nei‘ — Anbar-héraði 5 000 \"sko\"");
    expect(originalsOf(raw, "Anbar-héraði")).toEqual(["Anbar\u2010héraði"]);
  });

  it("expands a paragraph separator to a blank line, both mapping to it", () => {
    const raw = "Eitt.\u2029Tvö.";
    const { text, map } = normalizeText(raw);
    expect(text).toBe("Eitt.\n\nTvö.");
    expect(toOriginalSpan(map, 5, 7)).toEqual({ start: 5, end: 6 });
    expect(originalsOf(raw, "Tvö")).toEqual(["Tvö"]);
  });

  it("leaves clean Icelandic text untouched, offsets identical", () => {
    const raw = "Tveimur sprengjudrónum var beint að herstöð í Anbar-héraði í gær.";
    const { text, map } = normalizeText(raw);
    expect(text).toBe(raw);
    expect(map.starts).toEqual([...raw].map((_, i) => i));
  });
});

describe("layoutParagraphs", () => {
  it("with blank lines: blank lines separate paragraphs, single line breaks are wrapping", () => {
    expect(layoutParagraphs("Fyrsta lína\nheldur áfram.\n\nÖnnur málsgrein.\n").text).toBe(
      "Fyrsta lína heldur áfram.\nÖnnur málsgrein.",
    );
  });

  it("without blank lines: every line is a paragraph", () => {
    expect(layoutParagraphs("Fyrsta.\n  Önnur.  \nÞriðja.").text).toBe("Fyrsta.\nÖnnur.\nÞriðja.");
  });

  it("keeps list items on their own lines inside a blank-line-separated text", () => {
    const raw = "Á fundinum:\n1. kosning\n2. önnur mál\n\nLok.\n- eitt\n- tvö";
    expect(layoutParagraphs(raw).text).toBe("Á fundinum:\n1. kosning\n2. önnur mál\nLok.\n- eitt\n- tvö");
  });

  it("does not take a date at the start of a wrapped line for a list item", () => {
    expect(layoutParagraphs("Lýðveldið var stofnað\n17. júní 1944.\n\nSvo.").text).toBe("Lýðveldið var stofnað 17. júní 1944.\nSvo.");
  });

  it("maps every kept character, and each joining space, back to the input", () => {
    const raw = "  Eitt\r\norð.\r\n\r\nTvö\u00ADorð.";
    const first = normalizeText(raw);
    const second = layoutParagraphs(first.text);
    const map = composeMaps(first.map, second.map);
    expect(second.text).toBe("Eitt orð.\nTvöorð.");
    const at = second.text.indexOf("Tvöorð");
    const span = toOriginalSpan(map, at, at + "Tvöorð".length);
    expect(raw.slice(span.start, span.end)).toBe("Tvö\u00ADorð");
    const joint = toOriginalSpan(map, 4, 5);
    expect(raw.slice(joint.start, joint.end)).toBe("\r\n");
    expect(raw.slice(toOriginalOffset(map, 0), toOriginalSpan(map, 0, 9).end)).toBe("Eitt\r\norð.");
  });

  it("returns nothing for blank input", () => {
    expect(layoutParagraphs(" \n\n \n").text).toBe("");
  });
});
