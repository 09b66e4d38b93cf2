/**
 * Whether a request comes from the app's own pages. Browsers send `Origin` with every POST and
 * `Sec-Fetch-Site` on secure contexts (HTTPS and loopback); a cross-site form or fetch cannot
 * forge either. Compared with the Host the request was sent to, so no configuration is needed.
 */
export function isSameOrigin(headers: Headers, options: { requireEvidence: boolean }): boolean {
  const site = headers.get("sec-fetch-site");
  if (site !== null && site !== "same-origin" && site !== "none") return false;
  const origin = headers.get("origin");
  if (origin !== null) return origin !== "null" && hostOf(origin) === headers.get("host")?.toLowerCase();
  if (site === "same-origin") return true;
  // Without either header the request is not from a browser page (or from a very old browser):
  // POST routes refuse it, read-only GET routes may allow it.
  return !options.requireEvidence;
}

function hostOf(origin: string): string | undefined {
  try {
    return new URL(origin).host.toLowerCase();
  } catch {
    return undefined;
  }
}
