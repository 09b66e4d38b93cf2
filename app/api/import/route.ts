import { trustedProxies } from "@/lib/http/client";
import { createRateLimiter } from "@/lib/http/rate-limit";
import { createImportHandler } from "@/lib/texts/import-handler";
import { importPipeline } from "@/lib/texts/import-server";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/**
 * Import a text: JSON in (lib/texts/import-protocol.ts), NDJSON events out as the analysis lands.
 * An import keeps the analysis worker busy for seconds to minutes, so a client gets a few at once
 * (SAMHLIDA_IMPORT_BURST, default 6; the end-to-end suite, which imports from one address, sets
 * more) and one more every 10 seconds; refused requests spend tokens too.
 */
const burst = Number.parseInt(process.env.SAMHLIDA_IMPORT_BURST ?? "", 10);
export const POST = createImportHandler({
  limiter: createRateLimiter({ capacity: Number.isInteger(burst) && burst > 0 ? burst : 6, perMinute: 6 }),
  proxies: trustedProxies(process.env),
  pipeline: importPipeline,
});
