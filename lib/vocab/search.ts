import type { SavedWord, Status } from "./model";
import { exact, plainQuery, plainSpellings } from "./fold";

const collator = new Intl.Collator("is", { sensitivity: "base" });

/** How well a word matches, best first; words that do not match at all have no rank. */
export const ranks = ["exact", "contains", "part", "plain"] as const;
export type Rank = (typeof ranks)[number];

/** The longest Icelandic ending a typed form may add to a stem ("herstod" + "inni"). */
const MAX_ENDING = 4;
const MIN_STEM = 3;

/** The stem a lemma's forms share: the lemma without a final vowel (dróni → drón). */
const stemOf = (lemma: string) => (/[aeiouyáéíóúýæö]$/.test(lemma) && lemma.length > MIN_STEM + 1 ? lemma.slice(0, -1) : lemma);
const isForm = (typed: string, stem: string) => stem.length >= MIN_STEM && typed.startsWith(stem) && typed.length - stem.length <= MAX_ENDING;

/**
 * Ranks a word for a query:
 * - exact: the lemma or a saved form as typed, or a lemma lemma-is gives for the query;
 * - contains: lemma, form or meaning contains the query, Icelandic letters as typed;
 * - part: a compound contains the query's lemma or stem ("dróna" → sprengjudróni);
 * - plain: the same, typed without Icelandic letters ("herstod" → herstöð, "loftvarnakerfid" → loftvarnakerfi).
 */
export function rank(word: SavedWord, query: string, queryLemmas: readonly string[] = []): Rank | undefined {
  const q = exact(query.trim());
  if (!q) return "exact";
  const lemma = exact(word.lemma);
  const forms = word.forms.map(exact);
  const lemmas = queryLemmas.map(exact);
  if (lemma === q || forms.includes(q) || lemmas.includes(lemma)) return "exact";
  if (lemma.includes(q) || forms.some((f) => f.includes(q)) || exact(word.meaning).includes(q)) return "contains";
  const queryStem = q.length > MIN_STEM + 1 ? q.slice(0, -1) : q;
  if (lemmas.some((l) => l.length >= MIN_STEM && lemma.includes(l)) || (q.length > MIN_STEM && lemma.includes(queryStem))) return "part";
  const typed = plainQuery(q);
  const plainLemmas = plainSpellings(word.lemma);
  const plainForms = word.forms.flatMap(plainSpellings);
  if (
    plainLemmas.some((l) => l.includes(typed) || isForm(typed, stemOf(l))) ||
    plainForms.some((f) => f.includes(typed)) ||
    (typed.length > MIN_STEM + 1 && plainLemmas.some((l) => l.includes(typed.slice(0, -1))))
  ) {
    return "plain";
  }
  return undefined;
}

export function matches(word: SavedWord, query: string, queryLemmas: readonly string[] = []): boolean {
  return rank(word, query, queryLemmas) !== undefined;
}

export type SortOrder = "alphabetical" | "newest" | "oldest";

/** Icelandic alphabetical order (á after a, ð after d, þ æ ö at the end), or by date saved. */
export function sortWords(words: readonly SavedWord[], order: SortOrder): SavedWord[] {
  const sorted = [...words];
  if (order === "alphabetical") return sorted.sort((a, b) => collator.compare(a.lemma, b.lemma));
  const direction = order === "newest" ? -1 : 1;
  return sorted.sort((a, b) => direction * a.createdAt.localeCompare(b.createdAt));
}

/** Words that match, better matches first and the chosen order within each rank. */
export function filterWords(
  words: readonly SavedWord[],
  options: { query?: string; queryLemmas?: readonly string[]; status?: Status | "all"; order?: SortOrder },
): SavedWord[] {
  const ranked = new Map<SavedWord, number>();
  for (const word of words) {
    if (options.status && options.status !== "all" && word.status !== options.status) continue;
    const r = rank(word, options.query ?? "", options.queryLemmas);
    if (r) ranked.set(word, ranks.indexOf(r));
  }
  const sorted = sortWords([...ranked.keys()], options.order ?? "alphabetical");
  return sorted.sort((a, b) => ranked.get(a)! - ranked.get(b)!);
}
