import { z } from "zod";

/** Translation settings from the environment, validated once; see the README's Configuration. */
export const translateConfig = z.object({
  SAMHLIDA_TRANSLATOR: z.enum(["none", "google"]).default("none"),
  SAMHLIDA_TRANSLATE_HOST: z.string().min(1).optional(),
  /** PEM file of a certificate authority to trust for that host (a proxy, or a test server). */
  SAMHLIDA_TRANSLATE_CA: z.string().min(1).optional(),
  SAMHLIDA_TRANSLATE_TIMEOUT_MS: z.coerce.number().int().positive().default(10_000),
  SAMHLIDA_TRANSLATE_CONCURRENCY: z.coerce.number().int().min(1).max(16).default(4),
  SAMHLIDA_TRANSLATE_CACHE_DIR: z.string().min(1).default(".cache/translations"),
  /** Bounds of that cache; the least recently used sentences are deleted past either. */
  SAMHLIDA_TRANSLATE_CACHE_MAX_ENTRIES: z.coerce.number().int().min(1).default(20_000),
  SAMHLIDA_TRANSLATE_CACHE_MAX_MB: z.coerce.number().positive().default(50),
});
export type TranslateConfig = z.infer<typeof translateConfig>;

export function readTranslateConfig(env: Record<string, string | undefined>): TranslateConfig {
  const parsed = translateConfig.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`Invalid translation setting ${String(issue?.path[0])}: ${issue?.message}`);
  }
  return parsed.data;
}
