import type { Reading, UdFeatures, Upos } from "../analysis/types";
import { automaticGloss } from "../glossary/automatic";
import { GlossTable } from "./gloss-table";
import { READER_DOCUMENT_VERSION, type ReaderDocument, type ReaderSentence, type ReaderToken } from "./types";

/**
 * A synthetic document of any length, glossed the way automatic analysis glosses an imported
 * text (every word, with UD features, other readings and governors). For benchmarks and tests of
 * long texts (through the same automaticGloss the analysis uses); the words are real Icelandic
 * forms, the sentences are not meant to make sense.
 */
interface Word {
  form: string;
  lemma: string;
  upos: Upos;
  feats: UdFeatures;
  meaning: string;
  also?: Reading[];
  after?: string;
  parts?: [string, string, string][];
}

const WORDS: Word[] = [
  { form: "hermennirnir", lemma: "hermaður", upos: "NOUN", feats: { Case: "Nom", Number: "Plur", Gender: "Masc", Definite: "Def" }, meaning: "soldier", parts: [["her", "her", "army"], ["menn", "maður", "man"]] },
  { form: "fóru", lemma: "fara", upos: "VERB", feats: { Person: "3", Number: "Plur", Tense: "Past", Mood: "Ind", Voice: "Act" }, meaning: "go" },
  { form: "í", lemma: "í", upos: "ADP", feats: {}, meaning: "in, into" },
  { form: "herstöðina", lemma: "herstöð", upos: "NOUN", feats: { Case: "Acc", Number: "Sing", Gender: "Fem", Definite: "Def" }, meaning: "military base", after: "í" },
  { form: "og", lemma: "og", upos: "CCONJ", feats: {}, meaning: "and" },
  { form: "dróninn", lemma: "dróni", upos: "NOUN", feats: { Case: "Nom", Number: "Sing", Gender: "Masc", Definite: "Def" }, meaning: "drone" },
  { form: "var", lemma: "vera", upos: "AUX", feats: { Person: "3", Number: "Sing", Tense: "Past", Mood: "Ind" }, meaning: "be" },
  { form: "skotinn", lemma: "skjóta", upos: "VERB", feats: { VerbForm: "Part", Voice: "Pass", Case: "Nom", Number: "Sing", Gender: "Masc" }, meaning: "shoot" },
  { form: "niður", lemma: "niður", upos: "ADV", feats: {}, meaning: "down" },
  { form: "á", lemma: "á", upos: "ADP", feats: {}, meaning: "on, at", also: [{ lemma: "á", upos: "NOUN", feats: { Case: "Nom", Number: "Sing", Gender: "Fem" } }, { lemma: "eiga", upos: "VERB", feats: { Person: "3", Number: "Sing", Tense: "Pres" } }] },
  { form: "flugvellinum", lemma: "flugvöllur", upos: "NOUN", feats: { Case: "Dat", Number: "Sing", Gender: "Masc", Definite: "Def" }, meaning: "airport", after: "á", parts: [["flug", "flug", "flight"], ["vellinum", "völlur", "field"]] },
  { form: "stjórnvöld", lemma: "stjórnvöld", upos: "NOUN", feats: { Case: "Nom", Number: "Plur", Gender: "Neut" }, meaning: "authorities" },
  { form: "sögðu", lemma: "segja", upos: "VERB", feats: { Person: "3", Number: "Plur", Tense: "Past", Mood: "Ind" }, meaning: "say" },
  { form: "að", lemma: "að", upos: "SCONJ", feats: {}, meaning: "that" },
  { form: "enginn", lemma: "enginn", upos: "PRON", feats: { Case: "Nom", Number: "Sing", Gender: "Masc" }, meaning: "nobody, no one" },
  { form: "hefði", lemma: "hafa", upos: "AUX", feats: { Person: "3", Number: "Sing", Tense: "Past", Mood: "Sub" }, meaning: "have" },
  { form: "særst", lemma: "særa", upos: "VERB", feats: { VerbForm: "Sup", Voice: "Mid" }, meaning: "be wounded" },
  { form: "loftvarnakerfum", lemma: "loftvarnakerfi", upos: "NOUN", feats: { Case: "Dat", Number: "Plur", Gender: "Neut" }, meaning: "air defence system", parts: [["loft", "loft", "air"], ["varna", "vörn", "defence"], ["kerfum", "kerfi", "system"]] },
  { form: "með", lemma: "með", upos: "ADP", feats: {}, meaning: "with" },
  { form: "nýjum", lemma: "nýr", upos: "ADJ", feats: { Case: "Dat", Number: "Plur", Degree: "Pos" }, meaning: "new" },
  { form: "árásinni", lemma: "árás", upos: "NOUN", feats: { Case: "Dat", Number: "Sing", Gender: "Fem", Definite: "Def" }, meaning: "attack", after: "í" },
  { form: "Íraks", lemma: "Írak", upos: "PROPN", feats: { Case: "Gen", Number: "Sing", Gender: "Neut" }, meaning: "Iraq" },
  { form: "meiri", lemma: "mikill", upos: "ADJ", feats: { Degree: "Cmp" }, meaning: "great, much" },
  { form: "vikunni", lemma: "vika", upos: "NOUN", feats: { Case: "Dat", Number: "Sing", Gender: "Fem", Definite: "Def" }, meaning: "week", after: "í" },
];

/** A small deterministic generator (mulberry32), so every run measures the same text. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function glossOf(word: Word, form: string) {
  return automaticGloss(
    {
      kind: "word",
      form,
      start: 0,
      end: form.length,
      lemma: word.lemma,
      upos: word.upos,
      feats: word.feats,
      ...(word.also && { otherReadings: word.also }),
      ...(word.parts && { parts: word.parts.map(([partForm, lemma]) => ({ form: partForm, lemma })) }),
      ...(word.after && word.feats.Case && { governor: { kind: "preposition" as const, lemma: word.after, form: word.after, case: word.feats.Case } }),
    },
    [{ text: word.meaning, source: "wiktionary" }],
    word.parts?.map(([, , meaning]) => meaning),
  );
}

export function generateDocument({ id, words, seed = 1 }: { id: string; words: number; seed?: number }): ReaderDocument {
  const next = random(seed);
  const table = new GlossTable();
  const paragraphs: ReaderDocument["paragraphs"] = [];
  let written = 0;
  let offset = 0;
  while (written < words) {
    const sentences: ReaderSentence[] = [];
    const pid = paragraphs.length + 1;
    for (let s = 0; s < 5 && written < words; s++) {
      const length = Math.min(words - written, 8 + Math.floor(next() * 10));
      const picked = Array.from({ length }, () => WORDS[Math.floor(next() * WORDS.length)]!);
      const tokens: ReaderToken[] = [];
      let text = "";
      for (const [i, word] of picked.entries()) {
        if (i > 0) text += " ";
        const form = i === 0 ? word.form[0]!.toLocaleUpperCase("is") + word.form.slice(1) : word.form;
        const glossed = glossOf(word, form);
        tokens.push({
          start: text.length,
          end: text.length + form.length,
          kind: "word",
          ...(glossed && { gloss: table.add(glossed.entry) }),
          ...(glossed?.grammar && { grammar: glossed.grammar }),
        });
        text += form;
      }
      tokens.push({ start: text.length, end: text.length + 1, kind: "punctuation" });
      text += ".";
      const en = picked.map((word) => word.meaning.split(",")[0]).join(" ") + ".";
      sentences.push({ id: `p${pid}.s${s + 1}`, is: text, start: offset, en, alignment: { translation: "machine" }, tokens });
      offset += text.length + 1;
      written += length;
    }
    paragraphs.push({ id: `p${pid}`, sentences });
  }
  return { version: READER_DOCUMENT_VERSION, id, title: { is: `Langur texti (${words} orð)`, en: `A long text (${words} words)` }, glosses: table.entries(), paragraphs };
}
