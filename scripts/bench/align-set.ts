/**
 * The alignment benchmark set: the built-in article's reviewed translation plus the hand-written
 * passages of tests/align/parallel-news.txt, each as written (all 1–1) and in three edited
 * variants where the English merges two sentences (2–1), splits one (1–2), drops one (1–0) or
 * adds one (0–1), as real translations do. Edits are drawn with a fixed seed, so every run
 * scores the same set; gold links follow from the edits.
 */
import { readFileSync } from "node:fs";
import { z } from "zod";
import type { Link } from "../../lib/align/types";

export interface Passage {
  id: string;
  pairs: [string, string][];
}

export interface AlignmentCase {
  id: string;
  is: string[];
  en: string[];
  gold: Link[];
}

const Translation = z.object({ sentences: z.array(z.object({ is: z.string(), en: z.string() })) });

export function loadPassages(): Passage[] {
  const article = Translation.parse(JSON.parse(readFileSync("content/articles/drone-attack-anbar/translation.en.json", "utf8")));
  const passages: Passage[] = [{ id: "drone-attack-anbar", pairs: article.sentences.map((s): [string, string] => [s.is, s.en]) }];
  for (const block of readFileSync("tests/align/parallel-news.txt", "utf8").normalize("NFC").split(/^## /mu).slice(1)) {
    const [id = "", ...lines] = block.split("\n").filter((line) => line.trim() !== "" && !line.startsWith("#"));
    const pairs: [string, string][] = [];
    for (let i = 0; i + 1 < lines.length; i += 2) {
      const en = lines[i + 1] ?? "";
      if (!en.startsWith("= ")) throw new Error(`${id}: expected "= English" after "${lines[i]}"`);
      pairs.push([lines[i] ?? "", en.slice(2)]);
    }
    passages.push({ id: id.trim(), pairs });
  }
  return passages;
}

/** Sentences a translator might add: a gloss for foreign readers, a credit line. */
const ADDITIONS = [
  "Iceland has a population of about 390,000.",
  "Reykjavík is the capital of Iceland.",
  "(Reporting by our correspondent.)",
  "This article has been updated.",
  "The Icelandic króna is the country's currency.",
  "More details are expected later today.",
];

const STARTERS = new Set(["The", "It", "He", "She", "They", "That", "This", "There", "In", "A", "An", "About", "Most", "Some", "No", "Such", "When", "With", "Snow", "Calm", "Schools", "Parents", "Analysts", "Average", "House", "Food", "Residents", "Flights", "Lava", "Geologists", "Construction", "Opinions", "Prices", "Fishermen", "Book", "Publishers", "Travellers", "Gusts", "Overnight", "Tourism", "Many", "Just", "According", "Nor", "One", "Two", "Five", "Such"]);

function lowerStart(sentence: string): string {
  const first = sentence.split(" ")[0] ?? "";
  return STARTERS.has(first) ? sentence[0]!.toLowerCase() + sentence.slice(1) : sentence;
}

function merge(a: string, b: string, connector: string): string {
  return `${a.replace(/[.]$/u, "")}${connector}${lowerStart(b)}`;
}

/** Split at the comma or conjunction nearest the middle, if both halves keep four words. */
function split(sentence: string): [string, string] | undefined {
  const points = [...sentence.matchAll(/,? (?:and|but|while) |; /gu)]
    .map((m) => ({ at: m.index ?? 0, length: m[0].length }))
    .filter(({ at, length }) => sentence.slice(0, at).split(" ").length >= 4 && sentence.slice(at + length).split(" ").length >= 4);
  const middle = sentence.length / 2;
  const point = points.sort((x, y) => Math.abs(x.at - middle) - Math.abs(y.at - middle))[0];
  if (!point || /["“„]/u.test(sentence)) return undefined;
  const rest = sentence.slice(point.at + point.length);
  return [`${sentence.slice(0, point.at)}.`, `${rest[0]!.toUpperCase()}${rest.slice(1)}`];
}

function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function editedVariant(passage: Passage, seed: number): AlignmentCase {
  const next = random(seed);
  const is = passage.pairs.map(([s]) => s);
  const en: string[] = [];
  const gold: Link[] = [];
  const push = (isIdx: number[], sentences: string[]) => {
    gold.push([isIdx, sentences.map((_, k) => en.length + k)]);
    en.push(...sentences);
  };
  let dropped = false;
  for (let i = 0; i < passage.pairs.length; i++) {
    const english = passage.pairs[i]![1];
    const following = passage.pairs[i + 1]?.[1];
    const roll = next();
    const pieces = split(english);
    if (roll < 0.12 && following && !/[?!"”]$/u.test(english)) {
      push([i, i + 1], [merge(english, following, next() < 0.5 ? ", and " : "; ")]);
      i++;
    } else if (roll >= 0.12 && roll < 0.24 && pieces) {
      push([i], pieces);
    } else if (roll >= 0.24 && roll < 0.29 && !dropped) {
      // a drop next to another drop or an addition would be a substitution, not a drop
      push([i], []);
      dropped = true;
      continue;
    } else {
      push([i], [english]);
    }
    dropped = false;
    if (next() < 0.05) push([], [ADDITIONS[Math.floor(next() * ADDITIONS.length)]!]);
  }
  return { id: `${passage.id}#${seed}`, is, en, gold };
}

/** Seeds 1–3 were used while choosing the aligner's weights; 4–20 were not (the held-out rows). */
export const TUNING_SEEDS = [1, 2, 3];
export const HELD_OUT_SEEDS = Array.from({ length: 17 }, (_, k) => k + 4);

export function alignmentCases(seeds: readonly number[] = TUNING_SEEDS, withOriginals = true): AlignmentCase[] {
  return loadPassages().flatMap((passage) => [
    ...(withOriginals
      ? [{ id: passage.id, is: passage.pairs.map(([s]) => s), en: passage.pairs.map(([, e]) => e), gold: passage.pairs.map((_, i): Link => [[i], [i]]) }]
      : []),
    ...seeds.map((k) => editedVariant(passage, k * 7919 + passage.id.length)),
  ]);
}
