import { serverAnalysis } from "@/lib/analysis/version";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/**
 * Which analysis this server runs now (`{ version, engine }`, lib/analysis/version.ts), so the
 * reader of a stored text can offer to bring its glosses up to date. Nothing of the learner's is
 * sent; the answer is the same for everyone, but not cached, since a deployment changes it.
 */
export function GET() {
  return Response.json(serverAnalysis(), { headers: { "Cache-Control": "no-store" } });
}
