import { closers, icelandicRules, openers, romanNumeral, type SegmentationRules } from "./icelandic";

/**
 * Where sentences end inside one line: at . ! ? … (with any closing quotes) before white space and
 * a sentence opening, unless the full stop belongs to a word that the rules in icelandic.ts say
 * continues the sentence. Offsets are into the line, one past the closing mark.
 */
const END = new RegExp(`[.!?…]+[${escape(closers)}]*`, "gu");

function escape(chars: string): string {
  return chars.replace(/[\]\\^-]/g, "\\$&");
}

function opensSentence(char: string | undefined): boolean {
  return char !== undefined && (/[\p{Lu}\d]/u.test(char) || openers.includes(char));
}

const stripOpeners = (word: string) => word.replace(/^[„"'«“‘‚(\[]+/u, "");

/** The word that follows the gap, without opening quotes, lower-cased. */
function nextWord(line: string, from: number): string {
  return stripOpeners(/^\S*/u.exec(line.slice(from))?.[0] ?? "").replace(/[^\p{L}]+$/u, "").toLowerCase();
}

/** Is the full stop at `markAt` part of a word that keeps the sentence going? */
function continues(line: string, markAt: number, next: number, rules: SegmentationRules): boolean {
  const { abbreviations, finishers, sentenceOpenings } = rules;
  const before = line.slice(0, markAt);
  const word = /(\S+)$/u.exec(before)?.[1];
  if (!word) return false;
  const withStop = `${stripOpeners(word)}.`;
  const lower = withStop.toLowerCase();
  const following = line[next] ?? "";
  if (abbreviations.has(lower)) return true;
  if (finishers.has(lower)) return !/[\p{Lu}]/u.test(following) && !openers.includes(following);
  // a lone lower-case letter is an abbreviation ("þ.á m.", "f. 1950")
  if (/^\p{Ll}\.$/u.test(withStop)) return true;
  // a list number at the start of a line ("1. Setning fundar.")
  if (/^\d{1,3}\.$/u.test(withStop) && before.trim() === word) return true;
  const initial = /^(?:\p{Lu}\.)*\p{Lu}\.$/u.test(withStop);
  const previousWord = /(\S+)\s+\S+$/u.exec(before)?.[1] ?? "";
  const regnal = romanNumeral.test(word) && /^\p{Lu}/u.test(previousWord);
  if (initial || regnal) return !sentenceOpenings.has(nextWord(line, next));
  return false;
}

export function sentenceEnds(line: string, rules: SegmentationRules = icelandicRules): number[] {
  const ends: number[] = [];
  for (const match of line.matchAll(END)) {
    const end = (match.index ?? 0) + match[0].length;
    const gap = /^\s+/u.exec(line.slice(end))?.[0].length ?? 0;
    if (gap === 0 || !opensSentence(line[end + gap])) continue;
    if (match[0] === "." && continues(line, match.index ?? 0, end + gap, rules)) continue;
    ends.push(end);
  }
  return ends;
}
