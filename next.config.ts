import type { NextConfig } from "next";
import { securityHeaders } from "./lib/http/headers";

const nextConfig: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // lemma-is reads its BÍN binary from node_modules at run time; keep it out of the server bundle
  // so the path resolves and the 9 MB file is traced into the output.
  serverExternalPackages: ["lemma-is", "@vitalets/google-translate-api"],
  // Read at run time by path, so the tracer cannot see them: the dictionaries (lib/dictionary) and
  // the analysis worker's Python source (lib/analysis). The worker's virtual environment is not
  // traced: it holds a platform-specific interpreter and ~110 MB of packages, so it is created on
  // the machine that runs the server (`npm ci` / `npm run setup:python`; SAMHLIDA_PYTHON points a
  // copied server at it). Without it the server analyses with lemma-is and says so in each gloss.
  outputFileTracingIncludes: {
    "/**": [
      "./node_modules/lemma-is/data-dist/lemma-is.core.bin",
      "./content/**/*",
      "./data/dictionaries/**/*",
      "./analysis-worker/requirements.txt",
      "./analysis-worker/samhlida_worker/**/*.py",
    ],
  },
  outputFileTracingExcludes: {
    "/**": ["./analysis-worker/.venv/**", "./analysis-worker/tests/**", "**/__pycache__/**"],
  },
  async headers() {
    // Every response: pages, API routes, static files and 404s. HSTS only for a TLS deployment
    // (SAMHLIDA_HSTS=1 at build time), since browsers ignore it over plain HTTP anyway.
    return [{ source: "/:path*", headers: securityHeaders({ hsts: process.env.SAMHLIDA_HSTS === "1" }) }];
  },
};

export default nextConfig;
