import { parseArgs } from "node:util";
import { slug as slugSchema } from "../content/schema";

export interface TranslateArgs {
  slug: string;
  /** Folder holding the article folders. */
  root: string;
}

export const TRANSLATE_USAGE = "usage: npm run translate -- <article-slug> [--content <folder>]";

/**
 * The arguments of `npm run translate`: one slug, and `--content <folder>` (or `--content=<folder>`)
 * before or after it. Node's own parser, so a flag's value is never mistaken for the slug.
 */
export function parseTranslateArgs(
  args: readonly string[],
  defaultRoot: string,
): { ok: true; value: TranslateArgs } | { ok: false; message: string } {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...args],
      options: { content: { type: "string" } },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    return { ok: false, message: `${error instanceof Error ? error.message : String(error)}\n${TRANSLATE_USAGE}` };
  }
  const { positionals, values } = parsed;
  if (positionals.length !== 1 || !positionals[0]) {
    const problem = positionals.length === 0 ? "no article slug given" : `one article slug expected, got ${positionals.join(", ")}`;
    return { ok: false, message: `${problem}\n${TRANSLATE_USAGE}` };
  }
  const slug = slugSchema.safeParse(positionals[0]);
  if (!slug.success) return { ok: false, message: `"${positionals[0]}" is not an article slug (${slug.error.issues[0]?.message})\n${TRANSLATE_USAGE}` };
  if (values.content === "") return { ok: false, message: `--content needs a folder\n${TRANSLATE_USAGE}` };
  return { ok: true, value: { slug: slug.data, root: values.content ?? defaultRoot } };
}
