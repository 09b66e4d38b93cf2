import { z } from "zod";

/**
 * An article is a folder content/articles/<slug>/ with:
 *  - source.is.txt        the Icelandic text verbatim, one paragraph per line
 *  - meta.json            titles and attribution (articleMeta)
 *  - translation.en.json  one English sentence per Icelandic sentence (translationFile)
 *  - glosses.json         per-sentence grammar of glossed forms (lib/glossary/schema.ts)
 *  - translation.en.draft.json (optional) machine drafts awaiting review; never shown as reviewed
 */

const nonEmpty = z.string().trim().min(1);

export const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "lowercase words joined by hyphens");

export const articleMeta = z.object({
  slug,
  title: z.object({ is: nonEmpty, en: nonEmpty }),
  /** Who reported it; no invented dates, outlets or authors. */
  attribution: z.object({ is: nonEmpty, en: nonEmpty }),
  language: z.literal("is"),
});
export type ArticleMeta = z.infer<typeof articleMeta>;

export const translatedSentence = z.object({
  /** Sentence id from the segmenter, e.g. "p1.s2". */
  id: z.string().regex(/^p\d+\.s\d+$/),
  /** The Icelandic sentence exactly as the segmenter cuts it: guards against misalignment. */
  is: nonEmpty,
  en: nonEmpty,
});
export type TranslatedSentence = z.infer<typeof translatedSentence>;

export const translationFile = z.object({
  language: z.literal("en"),
  /** Who produced it: a person (reviewed) or a machine draft awaiting review. */
  status: z.enum(["reviewed", "draft"]),
  sentences: z.array(translatedSentence),
});
export type TranslationFile = z.infer<typeof translationFile>;
