import { unavailable } from "./errors";
import type { Translator } from "./types";

/** The default: needs no network and no key, and says plainly that it translates nothing. */
export const unavailableTranslator: Translator = {
  id: "none",
  async translate(sentences) {
    return sentences.map(() => ({ ok: false as const, error: unavailable() }));
  },
};
