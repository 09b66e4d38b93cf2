import { describe, expect, it } from "vitest";
import { documentProblem, isReaderDocument } from "@/lib/reader/check";
import { generateDocument } from "@/lib/reader/generate";
import { readerDocumentSchema } from "@/lib/reader/schema";
import { firstArticle } from "../support/article";

const valid = () => generateDocument({ id: "t", words: 60 });
type Doc = ReturnType<typeof valid>;

/** Broken copies of a valid document, each with one thing wrong. */
const broken: [string, (d: Doc) => unknown][] = [
  ["not an object", () => "text"],
  ["another version", (d) => ({ ...d, version: 2 })],
  ["no id", (d) => ({ ...d, id: "" })],
  ["no title", (d) => ({ ...d, title: undefined })],
  ["a gloss with an unknown word class", (d) => ({ ...d, glosses: [{ ...d.glosses[0]!, pos: "gerund" }] })],
  ["a meaning without a source", (d) => ({ ...d, glosses: d.glosses.map((g) => ({ ...g, meanings: [{ text: "x" }] })) })],
  ["a token pointing past the gloss table", (d) => ({ ...d, glosses: d.glosses.slice(0, 1) })],
  ["a token outside its sentence", (d) => withToken(d, { start: 0, end: 999, kind: "word" })],
  ["a token ending before it starts", (d) => withToken(d, { start: 3, end: 3, kind: "word" })],
  ["a token of an unknown kind", (d) => withToken(d, { start: 0, end: 1, kind: "space" })],
  ["a negative offset", (d) => withToken(d, { start: -1, end: 1, kind: "word" })],
  ["a fractional gloss index", (d) => withToken(d, { start: 0, end: 1, kind: "word", gloss: 0.5 })],
  ["a token in a phrase that does not exist", (d) => withToken(d, { start: 0, end: 1, kind: "word", phrases: [0] })],
  ["an unknown UD feature", (d) => withToken(d, { start: 0, end: 1, kind: "word", grammar: { features: { Colour: "Red" } } })],
  ["a reflexive's antecedent without its word", (d) => withToken(d, { start: 0, end: 1, kind: "word", grammar: { antecedent: { form: "" } } })],
  ["a sentence without alignment", (d) => mapSentence(d, (s) => ({ ...s, alignment: undefined }))],
  ["a sentence with a bad id", (d) => mapSentence(d, (s) => ({ ...s, id: "sentence 1" }))],
  ["a phrase over a missing token", (d) => mapSentence(d, (s) => ({ ...s, phrases: [{ tokens: [999], gloss: 0 }] }))],
  ["a name of an unknown kind", (d) => withName(d, { name: { kind: "river" } })],
  ["a name with an unknown gender", (d) => withName(d, { name: { kind: "person", genders: ["Man"] } })],
  ["a common word without meanings", (d) => withName(d, { asWord: { lemma: "valur", meanings: [] } })],
  ["an analysis stamp without a version", (d) => ({ ...d, analysis: { version: "", engine: "greynir" } })],
  ["an analysis stamp of an unknown engine", (d) => ({ ...d, analysis: { version: "abc", engine: "spacy" } })],
];

/** The first gloss as a proper noun, with the given fields. */
const withName = (d: Doc, fields: Record<string, unknown>) => ({ ...d, glosses: [{ ...d.glosses[0]!, pos: "proper-noun", ...fields }, ...d.glosses.slice(1)] });

function mapSentence(d: Doc, f: (s: Doc["paragraphs"][number]["sentences"][number]) => unknown) {
  const [first, ...rest] = d.paragraphs;
  return { ...d, paragraphs: [{ ...first!, sentences: [f(first!.sentences[0]!), ...first!.sentences.slice(1)] }, ...rest] };
}
const withToken = (d: Doc, token: unknown) => mapSentence(d, (s) => ({ ...s, tokens: [token, ...s.tokens.slice(1)] }));

describe("checking a stored reader document in the browser (no zod)", () => {
  it("accepts the built-in article and a generated automatic one, as the zod schema does", async () => {
    for (const document of [(await firstArticle()).document, valid()]) {
      expect(documentProblem(document)).toBeUndefined();
      expect(readerDocumentSchema.safeParse(document).success).toBe(true);
    }
    // The article is analysed by the Python worker first (~30 s on a busy machine).
  }, 180_000);

  it.each(broken)("rejects %s, as the zod schema does", (_name, breakIt) => {
    const value = breakIt(valid());
    expect(isReaderDocument(value)).toBe(false);
    expect(readerDocumentSchema.safeParse(value).success).toBe(false);
  });

  it("accepts a name's kind and the common word it is spelled like, as the zod schema does", () => {
    const named = withName(valid(), {
      meanings: [],
      name: { kind: "person", sort: "given", genders: ["Masc"], also: ["place"] },
      asWord: { lemma: "valur", meanings: [{ text: "falcon", source: "apertium" }] },
    });
    expect(documentProblem(named)).toBeUndefined();
    expect(readerDocumentSchema.safeParse(named).data?.glosses[0]).toMatchObject({ name: { kind: "person" }, asWord: { lemma: "valur" } });
  });

  it("accepts a document stamped with the analysis that made it, and one without (stored before stamps)", () => {
    const stamped = { ...valid(), analysis: { version: "3f9a2c41d0b7", engine: "greynir" } };
    expect(documentProblem(stamped)).toBeUndefined();
    expect(readerDocumentSchema.safeParse(stamped).success).toBe(true);
    expect("analysis" in valid()).toBe(false);
  });

  it("names the first problem it finds", () => {
    expect(documentProblem(withToken(valid(), { start: 0, end: 999, kind: "word" }))).toMatch(/p1\.s1 token 1 lies outside the sentence/);
  });

  it("checks a 10,000-word document quickly enough to run on every open", () => {
    const long = generateDocument({ id: "long", words: 10_000 });
    expect(isReaderDocument(JSON.parse(JSON.stringify(long)))).toBe(true);
  });
});
