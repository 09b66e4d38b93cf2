import { z } from "zod";
import { GENDERS } from "./types";

/**
 * The glossary as data. Two files:
 *  - content/glossary/lexicon.json — dictionary entries, shared by every article (a word means the
 *    same thing everywhere; what differs per sentence is its form and which sense applies).
 *  - content/articles/<slug>/glosses.json — per sentence, the grammar of each glossed form as it
 *    stands there and the sense that applies. Lemmas are NOT typed here: a form reaches its entry
 *    through lemma-is (or its compound head), and `entry` only picks among lemma-is's candidates
 *    when more than one has an entry.
 */

export const partOfSpeech = z.enum([
  "noun",
  "proper-noun",
  "verb",
  "adjective",
  "adverb",
  "numeral",
  "pronoun",
  "preposition",
  "conjunction",
  "particle",
  "phrase",
]);
export type PartOfSpeech = z.infer<typeof partOfSpeech>;

export const gender = z.enum(GENDERS);

const nonEmpty = z.string().trim().min(1);

export const compoundPart = z.object({
  /** The part as written inside the compound, e.g. "sprengju". */
  form: nonEmpty,
  /** Its dictionary form, e.g. "sprengja". */
  lemma: nonEmpty,
  /** English meaning of the part, e.g. "bomb". */
  meaning: nonEmpty,
});
export type CompoundPart = z.infer<typeof compoundPart>;

export const lexiconEntry = z
  .object({
    /** "<lemma>:<pos>", e.g. "sprengjudróni:noun", "skjóta niður:phrase". */
    id: nonEmpty,
    /** Dictionary form (BÍN headword); for a phrase, its citation form ("skjóta e-ð niður"). */
    lemma: nonEmpty,
    pos: partOfSpeech,
    gender: gender.optional(),
    /** English meanings, most relevant first. */
    meanings: z.array(nonEmpty).min(1),
    parts: z.array(compoundPart).min(2).optional(),
    /** Usage note for learners (English). */
    note: nonEmpty.optional(),
    /**
     * For phrases: the lemmas that must appear in order in one sentence (contiguous unless a
     * slot is "*" — one intervening word), e.g. ["skjóta", "niður"], ["lýsa", "yfir", "ábyrgð"].
     */
    pattern: z.array(nonEmpty).min(2).optional(),
    /**
     * For phrases with an open slot right after the pattern ("á vegum e-s"): the case the word
     * there must have in an analysed sentence, so "hálka á vegum" (on the roads) is not the phrase.
     */
    takes: z.enum(["Acc", "Dat", "Gen"]).optional(),
    /**
     * For phrases that stand alone ("á eftir" later, "í fyrra" last year): no noun, pronoun,
     * adjective, determiner or number may follow, which would make them a preposition's phrase
     * ("á eftir honum", "í fyrra skiptið").
     */
    alone: z.literal(true).optional(),
    /** Where the entry is attested: "bin" = the lemma is a BÍN headword (checked by a test);
     *  "curated" = BÍN lacks it (e.g. sprengjudróni), written by us. */
    source: z.enum(["bin", "curated"]),
  })
  .superRefine((entry, ctx) => {
    const expectedId = `${entry.pos === "phrase" ? (entry.pattern ?? []).join(" ") : entry.lemma}:${entry.pos}`;
    if (entry.id !== expectedId) {
      ctx.addIssue({ code: "custom", message: `entry ${entry.id}: id must be "${expectedId}"` });
    }
    if (entry.pos === "noun" && !entry.gender) {
      ctx.addIssue({ code: "custom", message: `noun ${entry.lemma} needs a gender` });
    }
    if (entry.pos === "phrase" && !entry.pattern) {
      ctx.addIssue({ code: "custom", message: `phrase ${entry.lemma} needs a pattern` });
    }
  });
export type LexiconEntry = z.infer<typeof lexiconEntry>;

export const lexicon = z.array(lexiconEntry).superRefine((entries, ctx) => {
  const seen = new Set<string>();
  for (const entry of entries) {
    if (seen.has(entry.id)) ctx.addIssue({ code: "custom", message: `duplicate entry ${entry.id}` });
    seen.add(entry.id);
  }
});

export const formGloss = z.object({
  /** The word exactly as it stands in the sentence (case-sensitive), e.g. "sprengjudrónum". */
  form: nonEmpty,
  /** Only when lemma-is offers several lemmas that have entries: which entry id applies here. */
  entry: nonEmpty.optional(),
  /** Grammar of the form in this sentence, in English: "dative plural, indefinite". */
  grammar: nonEmpty,
  /** Index into the entry's meanings of the sense used here (default 0). */
  sense: z.number().int().min(0).optional(),
  /** A note that applies to this occurrence only. */
  note: nonEmpty.optional(),
});
export type FormGloss = z.infer<typeof formGloss>;

/** Sentence id ("p1.s1") → the glossed forms of that sentence, in reading order. */
export const articleGlosses = z.record(z.string().regex(/^p\d+\.s\d+$/), z.array(formGloss));
export type ArticleGlosses = z.infer<typeof articleGlosses>;
