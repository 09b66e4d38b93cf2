import type { CaseGovernor, UdFeatureName, UdFeatures } from "../analysis/types";
import { fill } from "../i18n/fill";

/** The grammar namespace (locales/<lng>/grammar.json): a name for every UD value the app shows. */
export type GrammarLabels = Record<UdFeatureName, Record<string, string>> & { governor: string; antecedent: string };

/**
 * Features that read as one phrase ("dative plural masculine", "3rd person singular"); every
 * other feature is its own comma-separated item ("…, definite").
 */
const GROUPS: readonly (readonly UdFeatureName[])[] = [
  ["Person", "Case", "Number", "Gender"],
  ["Tense", "Mood"],
  ["Definite"],
  ["Voice"],
  ["VerbForm"],
  ["Degree"],
];

/**
 * UD features as a phrase in the interface language: { Case: "Dat", Number: "Plur", Definite: "Def" }
 * → "dative plural, definite" / "þágufall fleirtala, með greini". Values without a name are left out
 * rather than shown as codes.
 */
export function describeFeatures(features: UdFeatures, labels: GrammarLabels): string {
  return GROUPS.map((group) =>
    group
      .flatMap((name) => {
        const value = features[name];
        const label = value === undefined ? undefined : labels[name][value];
        return label ? [label] : [];
      })
      .join(" "),
  )
    .filter(Boolean)
    .join(", ");
}

/** "dative after í" / "þágufall á eftir „í“". */
export function describeGovernor(governor: CaseGovernor, labels: GrammarLabels): string {
  const caseName = labels.Case[governor.case] ?? governor.case;
  return fill(labels.governor, { case: caseName, word: governor.form });
}

/**
 * "refers back to “menn”" as the text before and after the word, so the Icelandic word can be
 * marked lang="is" inside a phrase in the interface language.
 */
export function antecedentPhrase(labels: GrammarLabels): { before: string; after: string } {
  const [before = "", after = ""] = labels.antecedent.split("{{word}}");
  return { before, after };
}
