import { UD_FEATURE_NAMES, type AnalyzedToken, type UdFeatures } from "../analysis/types";

/**
 * The curated grammar of the built-in article is English prose ("dative plural, indefinite:
 * beina takes …"). Its head — before ":", "(" or ";" — is read back into UD features and a word
 * class, so it can be compared with the automatic analysis.
 */
const WORDS: [RegExp, Partial<Record<keyof UdFeatures, string>>][] = [
  [/\bnominative\b/, { Case: "Nom" }], [/\baccusative\b/, { Case: "Acc" }],
  [/\bdative\b/, { Case: "Dat" }], [/\bgenitive\b/, { Case: "Gen" }],
  [/\bsingular\b/, { Number: "Sing" }], [/\bplural\b/, { Number: "Plur" }],
  [/\bmasculine\b/, { Gender: "Masc" }], [/\bfeminine\b/, { Gender: "Fem" }], [/\bneuter\b/, { Gender: "Neut" }],
  [/\bindefinite\b/, { Definite: "Ind" }], [/(?<!in)definite\b/, { Definite: "Def" }],
  [/\bweak\b/, { Definite: "Def" }], [/\bstrong\b/, { Definite: "Ind" }],
  [/\b1st person\b/, { Person: "1" }], [/\b2nd person\b/, { Person: "2" }], [/\b3rd person\b/, { Person: "3" }],
  [/\bpast (?!participle)/, { Tense: "Past" }], [/\bpresent (?!participle)/, { Tense: "Pres" }],
  [/\bindicative\b/, { Mood: "Ind" }], [/\bsubjunctive\b/, { Mood: "Sub" }], [/\bmiddle voice\b/, { Voice: "Mid" }],
  [/\binfinitive\b/, { VerbForm: "Inf" }], [/\bsupine\b/, { VerbForm: "Sup" }],
  [/\bpast participle\b/, { VerbForm: "Part", Tense: "Past" }], [/\bpresent participle\b(?! used)/, { VerbForm: "Part", Tense: "Pres" }],
  [/\bcomparative\b/, { Degree: "Cmp" }],
];
const CLASSES: [RegExp, string[]][] = [
  [/^(sentence )?adverb\b/, ["ADV"]], [/^negation\b/, ["ADV", "PART"]], [/^preposition\b/, ["ADP"]],
  [/^conjunction\b/, ["SCONJ", "CCONJ"]], [/^present participle used as an adjective/, ["ADJ", "VERB"]],
];

export interface Expected { feats: UdFeatures; classes?: string[] }

export function readCurated(grammar: string): Expected {
  const head = grammar.split(/[:(;]/)[0]!.replace(/\bof \S+$/, "").trim();
  const feats: UdFeatures = {};
  for (const [pattern, value] of WORDS) if (pattern.test(head)) Object.assign(feats, value);
  const classes = CLASSES.find(([pattern]) => pattern.test(head))?.[1];
  return classes ? { feats: {}, classes } : { feats };
}

/** Whether the automatic analysis says what the curated head says (nothing more is asked). */
export function agrees(expected: Expected, token: AnalyzedToken | undefined): boolean {
  if (!token) return false;
  if (expected.classes) return token.upos !== undefined && expected.classes.includes(token.upos);
  return UD_FEATURE_NAMES.every((name) => expected.feats[name] === undefined || token.feats?.[name] === expected.feats[name]);
}
