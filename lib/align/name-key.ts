/**
 * Names are compared by a folded four-letter key, because Icelandic inflects them and spells them
 * its own way: "Íraks"/"Iraq" → "irak", "Gasa"/"Gaza" → "gasa", "Jórdaníu"/"Jordan" → "jord".
 */
const FOLD: Record<string, string> = { þ: "th", ð: "d", æ: "ae", ö: "o", á: "a", é: "e", í: "i", ó: "o", ú: "u", ý: "i", y: "i", q: "k", c: "k", w: "v", z: "s", ø: "o", å: "a", ä: "a", ü: "u" };

export function nameKey(word: string): string {
  return [...word.toLowerCase()].map((char) => FOLD[char] ?? char).join("").replace(/[^a-z0-9]/gu, "").slice(0, 4);
}
