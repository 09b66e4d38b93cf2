import { cleanMeaning, cleanText, entryCollector } from "./clean";
import type { CleaningReport, DictionaryEntry } from "./types";
import { wordClassOfApertiumTag } from "./word-class";

/** English lemmas Apertium's English morphology expands later; to a learner they are no words. */
const PLACEHOLDERS = new Set(["prpers"]);

const GENDERS: Record<string, DictionaryEntry["gender"]> = { m: "masculine", f: "feminine", nt: "neuter" };

const ENTITIES: Record<string, string> = { lt: "<", gt: ">", quot: '"', apos: "'", amp: "&" };

function decodeEntities(text: string): string {
  if (!text.includes("&")) return text;
  return text.replace(/&(#\d+|lt|gt|quot|apos|amp);/g, (_, name: string) =>
    name.startsWith("#") ? String.fromCodePoint(Number(name.slice(1))) : (ENTITIES[name] ?? ""),
  );
}

/**
 * The words of one side of a pair: `<b/>` is a space, `<g>` groups a multi-word lemma, tags go,
 * and so does the remnant of a tag that lost its `<s` in the source ("efforts n="n"/>").
 */
function sideText(xml: string): string {
  const words = xml.replace(/<b\s*\/>/g, " ").replace(/<[^>]*>/g, "").replace(/\s*\bn="[^"]*"\s*\/>/g, "");
  return cleanText(decodeEntities(words));
}

const tagsOf = (xml: string) => [...xml.matchAll(/<s\s+n="([^"]*)"\s*\/>/g)].map((m) => m[1] ?? "");

/**
 * Reads an Apertium bilingual dictionary (.dix) in the Icelandic → English direction. The file's
 * own order is kept: Apertium lists the default translation of a lemma first (lexical selection
 * marks the alternatives `slr="1"`, `slr="2"`), and its "main" section before "unchecked".
 * Left out: English → Icelandic-only entries (`r="RL"`), regular-expression and paradigm entries
 * (numbers, dates).
 */
export function parseApertiumDix(xml: string): { entries: DictionaryEntry[]; report: CleaningReport } {
  const collector = entryCollector();
  const body = xml.replace(/<!--[\s\S]*?-->/g, "");
  const sectionsStart = body.indexOf("<section");
  const sections = sectionsStart >= 0 ? body.slice(sectionsStart) : "";
  for (const match of sections.matchAll(/<e\b([^>]*)>([\s\S]*?)<\/e>/g)) {
    const [, attributes = "", content = ""] = match;
    const left = /<l>([\s\S]*?)<\/l>/.exec(content)?.[1];
    const right = /<r>([\s\S]*?)<\/r>/.exec(content)?.[1];
    if (/\br="RL"/.test(attributes) || /<(re|par|i)\b/.test(content) || left === undefined || right === undefined) {
      collector.report.notIcelandicToEnglish += 1;
      continue;
    }
    const meaning = cleanMeaning(sideText(right));
    if (PLACEHOLDERS.has(meaning)) {
      collector.report.placeholders += 1;
      continue;
    }
    const tags = tagsOf(left);
    const wordClass = wordClassOfApertiumTag(tags[0]);
    const gender = tags.map((tag) => GENDERS[tag]).find(Boolean);
    collector.add({ lemma: sideText(left), meaning, ...(wordClass && { wordClass }), ...(gender && { gender }) });
  }
  return { entries: collector.entries, report: collector.report };
}
