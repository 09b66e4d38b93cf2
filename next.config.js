/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  // lemma-is reads its BÍN binary from node_modules at run time; keep it out of the server bundle
  // so the path resolves and the 9 MB file is traced into the output.
  serverExternalPackages: ["lemma-is", "@vitalets/google-translate-api"],
  outputFileTracingIncludes: {
    "/**": ["./node_modules/lemma-is/data-dist/lemma-is.core.bin", "./content/**/*"],
  },
};

export default nextConfig;
