import { lemmaIs } from "@/lib/lemma/lemma-is";
import { resolveLemmas } from "@/lib/lemma/resolve";

export const runtime = "nodejs";

/** Lemma candidates for a typed word, so vocabulary search finds any inflected form. */
export function GET(request: Request) {
  const q = (new URL(request.url).searchParams.get("q") ?? "").normalize("NFC").trim().slice(0, 60);
  if (!/^[\p{L}-]+$/u.test(q)) return Response.json({ lemmas: [] });
  const lemmas = [...new Set(resolveLemmas(q, lemmaIs()).map((candidate) => candidate.lemma))];
  return Response.json({ lemmas }, { headers: { "Cache-Control": "public, max-age=86400" } });
}
