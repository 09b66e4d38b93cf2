/**
 * Icelandic letters typed on a keyboard without them. Only search uses this: stored words keep
 * every diacritic. Þ is typed "th" by most and "t" by some, so both spellings are tried.
 */
const LETTERS: Record<string, string> = { á: "a", é: "e", í: "i", ó: "o", ú: "u", ý: "y", ð: "d", æ: "ae", ö: "o" };

export const exact = (text: string) => text.normalize("NFC").toLocaleLowerCase("is");

/** The spellings a learner without an Icelandic keyboard may type for a text (one or two). */
export function plainSpellings(text: string): string[] {
  const base = [...exact(text)].map((ch) => LETTERS[ch] ?? ch).join("");
  if (!base.includes("þ")) return [base];
  return [base.replaceAll("þ", "th"), base.replaceAll("þ", "t")];
}

/** The query with any Icelandic letters it has folded the same way (þ as "th"). */
export const plainQuery = (text: string) => plainSpellings(text)[0]!;
