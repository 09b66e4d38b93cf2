import type { Agent } from "node:https";
import { translate } from "@vitalets/google-translate-api";
import { z } from "zod";
import { TranslationError } from "./errors";
import type { LanguagePair } from "./types";
import type { Segment } from "./segments";

export interface GoogleOptions {
  /** Host of the endpoint; the library always speaks HTTPS to https://{host}/translate_a/single. */
  host?: string;
  /** An https.Agent: a proxy, or a certificate authority to trust (tests use their own). */
  agent?: Agent;
  timeoutMs: number;
}

const rawReply = z.object({
  sentences: z.array(z.union([z.object({ orig: z.string(), trans: z.string() }), z.object({ src_translit: z.string() })])),
});

/** One request to the service, converted to our own types at the boundary. */
export async function requestGoogle(text: string, pair: LanguagePair, options: GoogleOptions): Promise<Segment[]> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), options.timeoutMs);
  try {
    const { raw } = await translate(text, {
      from: pair.from,
      to: pair.to,
      ...(options.host && { host: options.host }),
      fetchOptions: { ...(options.agent && { agent: options.agent }), signal: controller.signal },
    });
    const parsed = rawReply.safeParse(raw);
    if (!parsed.success) throw new TranslationError("malformed", "The translation service sent a reply without sentences.");
    return parsed.data.sentences.flatMap((s) => ("orig" in s ? [{ orig: s.orig, trans: s.trans }] : []));
  } catch (error) {
    throw toTranslationError(error, options.timeoutMs);
  } finally {
    clearTimeout(timer);
  }
}

function toTranslationError(error: unknown, timeoutMs: number): TranslationError {
  if (error instanceof TranslationError) return error;
  const { name, status, type, code } = (typeof error === "object" && error !== null ? error : {}) as {
    name?: string;
    status?: number;
    type?: string;
    code?: string;
  };
  if (name === "AbortError") return new TranslationError("timeout", `No answer from the translation service within ${timeoutMs} ms.`);
  if (status === 429) return new TranslationError("rate-limited", "The translation service is limiting requests (429).");
  if (typeof status === "number") return new TranslationError("service", `The translation service answered HTTP ${status}.`);
  if (type === "invalid-json" || error instanceof SyntaxError || error instanceof TypeError) {
    return new TranslationError("malformed", "The translation service sent a reply that is not valid JSON.");
  }
  return new TranslationError("network", `The translation service could not be reached${code ? ` (${code})` : ""}.`);
}
