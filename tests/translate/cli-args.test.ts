import { describe, expect, it } from "vitest";
import { parseTranslateArgs } from "@/lib/translate/cli-args";

const parse = (...args: string[]) => parseTranslateArgs(args, "content/articles");

describe("parseTranslateArgs", () => {
  it("takes the slug alone, as the README writes it, with the default folder", () => {
    expect(parse("drone-attack-anbar")).toEqual({ ok: true, value: { slug: "drone-attack-anbar", root: "content/articles" } });
  });

  it("takes --content before or after the slug, and in its = form", () => {
    const expected = { ok: true, value: { slug: "a", root: "/tmp/x" } };
    expect(parse("a", "--content", "/tmp/x")).toEqual(expected);
    expect(parse("--content", "/tmp/x", "a")).toEqual(expected);
    expect(parse("--content=/tmp/x", "a")).toEqual(expected);
  });

  it("explains what is missing or wrong", () => {
    const messages = [parse(), parse("a", "b"), parse("a", "--content"), parse("a", "--cotnent", "x"), parse("../etc")].map((r) =>
      r.ok ? "" : r.message,
    );
    expect(messages[0]).toMatch(/no article slug/);
    expect(messages[1]).toMatch(/one article slug expected, got a, b/);
    expect(messages[2]).toMatch(/--content/);
    expect(messages[3]).toMatch(/cotnent/);
    expect(messages[4]).toMatch(/not an article slug/);
    for (const message of messages) expect(message).toMatch(/usage: npm run translate -- <article-slug>/);
  });
});
