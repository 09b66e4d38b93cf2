import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, securityHeaders } from "@/lib/http/headers";
import { hasInlineStyles, inlineScriptHashes } from "@/lib/http/inline-scripts";
import { preferencesScript } from "@/lib/reader/preferences-script";

const sha = (text: string) => `sha256-${createHash("sha256").update(text).digest("base64")}`;

describe("inline script hashes", () => {
  it("hashes each inline script's exact text and skips scripts with src", () => {
    const prefs = preferencesScript();
    const html = `<head><script>${prefs}</script><script src="/_next/a.js" async></script></head><body><script>self.__next_f.push([1,"x"])</script><script>self.__next_f.push([1,"x"])</script></body>`;
    expect(inlineScriptHashes(html)).toEqual([sha(prefs), sha('self.__next_f.push([1,"x"])')]);
  });

  it("sees style attributes and style elements", () => {
    expect(hasInlineStyles('<div style="color:red">')).toBe(true);
    expect(hasInlineStyles("<style>body{}</style>")).toBe(true);
    expect(hasInlineStyles('<div class="style">')).toBe(false);
  });
});

describe("content security policy", () => {
  const directives = (policy: string) => new Map(policy.split("; ").map((d) => [d.split(" ")[0], d.split(" ").slice(1)]));

  it("allows the hashed scripts and nothing inline otherwise", () => {
    const policy = directives(contentSecurityPolicy({ scriptHashes: ["sha256-abc="] }));
    expect(policy.get("script-src")).toEqual(["'self'", "'sha256-abc='"]);
    expect(policy.get("style-src")).toEqual(["'self'"]);
    for (const [name, value] of [["object-src", "'none'"], ["base-uri", "'none'"], ["frame-ancestors", "'none'"], ["form-action", "'self'"], ["connect-src", "'self'"]]) {
      expect(policy.get(name!)).toEqual([value]);
    }
    expect(contentSecurityPolicy()).not.toMatch(/unsafe-(inline|eval)/);
  });

  it("relaxes styles only for a page that has inline styles, and scripts only in development", () => {
    expect(directives(contentSecurityPolicy({ inlineStyles: true })).get("style-src")).toContain("'unsafe-inline'");
    expect(directives(contentSecurityPolicy({ development: true })).get("script-src")).toContain("'unsafe-eval'");
  });

  it("sends HSTS only when asked, for a TLS deployment", () => {
    expect(securityHeaders().map((h) => h.key)).not.toContain("strict-transport-security");
    expect(securityHeaders({ hsts: true }).find((h) => h.key === "strict-transport-security")?.value).toMatch(/max-age=\d{8}/);
  });

  it("does not block speech synthesis (not permission-gated) and blocks sensors", () => {
    const policy = securityHeaders().find((h) => h.key === "permissions-policy")?.value ?? "";
    expect(policy).toContain("microphone=()");
    expect(policy).toContain("camera=()");
    expect(policy).not.toMatch(/speaker|speech/);
  });
});
