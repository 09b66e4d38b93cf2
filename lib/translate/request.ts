import { z } from "zod";

/** What the app may ask of the translate route; bounded so one request cannot be a flood. */
export const LIMITS = { sentences: 50, charsPerSentence: 1_000, totalChars: 10_000 } as const;

export const translateRequest = z.object({
  sentences: z.array(z.string()).min(1),
  from: z.string().regex(/^[a-z]{2,3}$/).default("is"),
  to: z.string().regex(/^[a-z]{2,3}$/).default("en"),
  lng: z.enum(["en", "is"]).default("en"),
});
export type TranslateRequest = z.infer<typeof translateRequest>;

export function exceedsLimits(sentences: readonly string[]): boolean {
  return (
    sentences.length > LIMITS.sentences ||
    sentences.some((s) => s.length > LIMITS.charsPerSentence) ||
    sentences.reduce((sum, s) => sum + s.length, 0) > LIMITS.totalChars
  );
}
