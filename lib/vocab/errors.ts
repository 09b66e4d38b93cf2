/** Codes the interface maps to messages in the learner's language (locales/<lng>/vocab.json). */
export type VocabErrorCode =
  | "not-json"
  | "not-samhlida"
  | "bad-version"
  | "too-large"
  | "too-many-words"
  | "invalid-entry"
  | "too-many-texts"
  | "invalid-text"
  | "storage-unavailable"
  | "storage-full"
  | "storage-failed";

export class VocabError extends Error {
  override name = "VocabError";
  constructor(
    readonly code: VocabErrorCode,
    message: string,
    /** For invalid-entry: the position of the first bad word in the file. */
    readonly index?: number,
  ) {
    super(message);
  }
}
