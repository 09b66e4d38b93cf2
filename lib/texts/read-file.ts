/**
 * A .txt file the learner opens, as text: UTF-8 (with or without a BOM), or UTF-16 when it starts
 * with a UTF-16 BOM. Anything else is reported, not guessed: a file with NUL bytes is binary; one
 * that is not valid UTF-8 is probably Latin-1/Windows-1252, and is decoded as such with a warning
 * so the learner sees what happened (the text check then flags leftover junk).
 */
export type FileText =
  | { ok: true; text: string; encoding: "utf-8" | "utf-16le" | "utf-16be" | "windows-1252" }
  | { ok: false; problem: "binary" | "too-large" };

/** 100,000 characters are at most 400,000 bytes of UTF-8; a larger file is refused before reading. */
export const MAX_FILE_BYTES = 400_000;

export function decodeFile(bytes: Uint8Array): FileText {
  if (bytes.length > MAX_FILE_BYTES) return { ok: false, problem: "too-large" };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { ok: true, text: new TextDecoder("utf-16le").decode(bytes), encoding: "utf-16le" };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { ok: true, text: new TextDecoder("utf-16be").decode(bytes), encoding: "utf-16be" };
  if (bytes.includes(0)) return { ok: false, problem: "binary" };
  try {
    return { ok: true, text: new TextDecoder("utf-8", { fatal: true }).decode(bytes), encoding: "utf-8" };
  } catch {
    return { ok: true, text: new TextDecoder("windows-1252").decode(bytes), encoding: "windows-1252" };
  }
}
