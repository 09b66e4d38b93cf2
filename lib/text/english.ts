import type { SegmentationRules } from "./icelandic";

/**
 * English rules as data, for splitting a pasted translation into sentences: titles before names
 * never end a sentence, "etc." and "U.S." may.
 */
export const englishRules: SegmentationRules = {
  abbreviations: new Set([
    "mr.", "mrs.", "ms.", "dr.", "prof.", "st.", "gen.", "sen.", "rep.", "gov.", "lt.", "col.", "capt.", "sgt.", "rev.",
    "e.g.", "i.e.", "vs.", "cf.", "approx.", "no.", "nos.", "fig.", "p.", "pp.", "vol.", "ch.", "sec.", "art.", "mt.",
  ]),
  finishers: new Set([
    "etc.", "u.s.", "u.k.", "u.n.", "a.m.", "p.m.", "jr.", "sr.", "inc.", "ltd.", "co.", "corp.", "bros.",
    "jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.", "sep.", "sept.", "oct.", "nov.", "dec.", "km.", "kg.",
  ]),
  sentenceOpenings: new Set([
    "he", "she", "it", "they", "we", "i", "you", "the", "this", "that", "these", "those", "there", "then", "but",
    "and", "in", "on", "at", "after", "before", "when", "if", "a", "an", "his", "her", "their", "its", "no", "one",
  ]),
};
