import type { NameKind, NameSort, ProperName } from "../analysis/types";

/** A label that says whose name it is: a man's, a woman's, either, or nobody's in particular. */
export interface GenderedLabel {
  any: string;
  Masc: string;
  Fem: string;
  both: string;
}

const GENDERED = ["given", "patronymic", "matronymic", "nickname"] as const;
type GenderedSort = (typeof GENDERED)[number];
type PlainSort = Exclude<NameSort, GenderedSort>;

/** The interface strings of locales/<lng>/reader.json `gloss.names`, in whichever language. */
export type NameLabels = Record<GenderedSort | "person", GenderedLabel> & Record<PlainSort | Exclude<NameKind, "person">, string> & { also: Record<NameKind, string> };

const isGendered = (sort: NameSort | undefined): sort is GenderedSort => GENDERED.some((s) => s === sort);

function whose(label: GenderedLabel, genders: ProperName["genders"]): string {
  if (!genders || genders.length === 0) return label.any;
  if (genders.length > 1) return label.both;
  return genders[0] === "Masc" ? label.Masc : genders[0] === "Fem" ? label.Fem : label.any;
}

/**
 * What the gloss of a proper noun with no meaning of its own says instead: the kind of name,
 * as finely as the analysis knows it ("a given name (woman's)", "a street name", "örnefni"),
 * then the other kinds BÍN files it under ("also a place name"). No kind known: "a proper name".
 */
export function describeName(name: ProperName | undefined, labels: NameLabels): string {
  const main = (() => {
    if (!name) return labels.other;
    if (name.kind === "person") {
      if (name.sort === "family") return labels.family;
      return whose(labels[isGendered(name.sort) ? name.sort : "person"], name.genders);
    }
    if (name.sort && !isGendered(name.sort)) return labels[name.sort];
    return labels[name.kind];
  })();
  return [main, ...(name?.also ?? []).map((kind) => labels.also[kind])].join("; ");
}
