import { z } from "zod";
import { lemmaKey } from "../glossary/lexicon";

/**
 * What a verb means in the middle voice, where that is not its active meaning: BÍN files
 * *finnst* ("mér finnst" 'I think') under *finna* 'find' and *komst* under *koma* 'come', and
 * the dictionaries rarely list the -st verb, so a learner would read the active's meaning.
 * Written by an editor (content/glossary/middle-voice.json).
 */
export const middleVoiceEntry = z
  .object({
    /** The BÍN headword the analysis gives, e.g. "finna". */
    verb: z.string().trim().min(1),
    /** The middle-voice infinitive, e.g. "finnast". */
    middle: z.string().trim().min(1),
    /** English meanings of the middle voice, most common first. */
    meanings: z.array(z.string().trim().min(1)).min(1),
  })
  .refine((entry) => entry.middle === `${entry.verb}st`, { message: "middle must be the verb + st" });
export type MiddleVoiceEntry = z.infer<typeof middleVoiceEntry>;

export const middleVoiceList = z.array(middleVoiceEntry).superRefine((entries, ctx) => {
  const seen = new Set<string>();
  for (const entry of entries) {
    if (seen.has(entry.verb)) ctx.addIssue({ code: "custom", message: `duplicate verb ${entry.verb}` });
    seen.add(entry.verb);
  }
});

export type MiddleVoiceIndex = ReadonlyMap<string, MiddleVoiceEntry>;

export const indexMiddleVoice = (entries: readonly MiddleVoiceEntry[]): MiddleVoiceIndex => new Map(entries.map((entry) => [lemmaKey(entry.verb), entry]));
