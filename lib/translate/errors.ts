/**
 * Every way a translation can fail, as one error type with a code the interface maps to a
 * message in the learner's language. Messages here are for logs and command-line users.
 */
export type TranslationErrorCode =
  | "unavailable" // no provider configured: ask the learner for their own translation
  | "timeout"
  | "rate-limited"
  | "malformed" // the service answered something we cannot read
  | "network" // the service could not be reached
  | "service"; // the service answered with another HTTP error

export class TranslationError extends Error {
  override name = "TranslationError";
  constructor(
    readonly code: TranslationErrorCode,
    message: string,
    readonly retryable = code === "rate-limited",
  ) {
    super(message);
  }
}

export const unavailable = () =>
  new TranslationError(
    "unavailable",
    "Machine translation is not configured (set SAMHLIDA_TRANSLATOR=google to enable it).",
  );
