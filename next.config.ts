import type { NextConfig } from "next";
import { securityHeaders } from "./lib/http/headers";

const nextConfig: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // lemma-is reads its BÍN binary from node_modules at run time; keep it out of the server bundle
  // so the path resolves and the 9 MB file is traced into the output.
  serverExternalPackages: ["lemma-is", "@vitalets/google-translate-api"],
  outputFileTracingIncludes: {
    "/**": ["./node_modules/lemma-is/data-dist/lemma-is.core.bin", "./content/**/*"],
  },
  async headers() {
    // Every response: pages, API routes, static files and 404s. HSTS only for a TLS deployment
    // (SAMHLIDA_HSTS=1 at build time), since browsers ignore it over plain HTTP anyway.
    return [{ source: "/:path*", headers: securityHeaders({ hsts: process.env.SAMHLIDA_HSTS === "1" }) }];
  },
};

export default nextConfig;
