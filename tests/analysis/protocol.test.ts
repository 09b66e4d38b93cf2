import { describe, expect, it } from "vitest";
import { replySchema } from "@/lib/analysis/protocol";

const reply = (token: Record<string, unknown>) => ({ id: 1, sentences: 1, parsed: 1, tokens: [{ kind: "name", form: "Valur", start: 0, end: 5, lemma: "Valur", upos: "PROPN", ...token }] });

describe("the worker's reply for a proper noun", () => {
  it("keeps what kind of name it is", () => {
    const parsed = replySchema.parse(reply({ name: { kind: "person", sort: "given", genders: ["Masc", "Fem"], also: ["place"] } }));
    expect("tokens" in parsed && parsed.tokens[0]?.name).toEqual({ kind: "person", sort: "given", genders: ["Masc", "Fem"], also: ["place"] });
  });

  it("still takes a token without it (the lemma-is engine, an older worker)", () => {
    expect(replySchema.safeParse(reply({})).success).toBe(true);
  });

  it("refuses a kind outside the closed set", () => {
    expect(replySchema.safeParse(reply({ name: { kind: "river" } })).success).toBe(false);
    expect(replySchema.safeParse(reply({ name: { kind: "person", genders: ["Man"] } })).success).toBe(false);
  });
});
