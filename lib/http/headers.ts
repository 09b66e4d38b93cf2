/**
 * The security headers every response carries (next.config.ts applies them to all paths; proxy.ts
 * replaces the CSP of each page with one naming the hashes of that page's inline scripts).
 * Speech synthesis and IndexedDB are not permission-gated features, so the Permissions-Policy
 * below does not touch them; autoplay is left alone too, so nothing stands between the listen
 * button and the speech it starts.
 */
export const permissionsPolicy = [
  "accelerometer=()",
  "bluetooth=()",
  "camera=()",
  "display-capture=()",
  "geolocation=()",
  "gyroscope=()",
  "hid=()",
  "magnetometer=()",
  "microphone=()",
  "midi=()",
  "payment=()",
  "publickey-credentials-get=()",
  "serial=()",
  "usb=()",
  "browsing-topics=()",
].join(", ");

export interface PolicyInput {
  /** `sha256-…` sources of the page's inline scripts; none means no inline script may run. */
  scriptHashes?: readonly string[];
  /** Next's built-in 404 page styles with attributes; only a page that has them gets 'unsafe-inline' styles. */
  inlineStyles?: boolean;
  /** `next dev` evaluates code and injects scripts and styles of its own. */
  development?: boolean;
}

export function contentSecurityPolicy({ scriptHashes = [], inlineStyles = false, development = false }: PolicyInput = {}): string {
  const scripts = development ? ["'self'", "'unsafe-inline'", "'unsafe-eval'"] : ["'self'", ...scriptHashes.map((hash) => `'${hash}'`)];
  const styles = development || inlineStyles ? ["'self'", "'unsafe-inline'"] : ["'self'"];
  return [
    "default-src 'self'",
    `script-src ${scripts.join(" ")}`,
    `style-src ${styles.join(" ")}`,
    "img-src 'self' data:",
    "font-src 'self'",
    `connect-src 'self'${development ? " ws:" : ""}`,
    "media-src 'self'",
    "manifest-src 'self'",
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
    "form-action 'self'",
  ].join("; ");
}

/** Lower-case names: proxy.ts sets the same names, and Next lets the later value win only for the same key. */
export function securityHeaders(options: { hsts?: boolean } = {}): { key: string; value: string }[] {
  const headers = [
    { key: "content-security-policy", value: contentSecurityPolicy() },
    { key: "x-content-type-options", value: "nosniff" },
    { key: "referrer-policy", value: "same-origin" },
    { key: "permissions-policy", value: permissionsPolicy },
    { key: "cross-origin-opener-policy", value: "same-origin" },
    { key: "cross-origin-resource-policy", value: "same-origin" },
    { key: "x-frame-options", value: "DENY" },
  ];
  // Only behind TLS: browsers ignore it over plain HTTP, and it pins the host to HTTPS for two years.
  if (options.hsts) headers.push({ key: "strict-transport-security", value: "max-age=63072000; includeSubDomains" });
  return headers;
}
