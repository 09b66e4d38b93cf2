import { describe, expect, it } from "vitest";
import { allowedMethods, hasBadPercentEncoding, isMethodAllowed, pathOf } from "@/lib/http/methods";

describe("request methods", () => {
  it("pages and files are read-only; API routes may take POST", () => {
    expect(isMethodAllowed("GET", "/en/read/x")).toBe(true);
    expect(isMethodAllowed("HEAD", "/favicon.ico")).toBe(true);
    expect(isMethodAllowed("POST", "/en")).toBe(false);
    expect(isMethodAllowed("POST", "/api/translate")).toBe(true);
    expect(allowedMethods("/api/lemmas")).toEqual(["GET", "HEAD", "POST"]);
  });

  it("refuses TRACE, TRACK, CONNECT and other verbs everywhere", () => {
    for (const method of ["TRACE", "TRACK", "CONNECT", "PUT", "DELETE", "OPTIONS", "PATCH", "BREW"]) {
      expect(isMethodAllowed(method, "/en")).toBe(false);
      expect(isMethodAllowed(method, "/api/translate")).toBe(false);
    }
  });
});

describe("paths", () => {
  it("finds escapes that do not decode", () => {
    expect(hasBadPercentEncoding("/%")).toBe(true);
    expect(hasBadPercentEncoding("/en/read/%E0%A4%A")).toBe(true);
    expect(hasBadPercentEncoding("/%C3%28")).toBe(true);
    expect(hasBadPercentEncoding("/is/read/%C3%BEing")).toBe(false);
    expect(hasBadPercentEncoding("/en")).toBe(false);
  });

  it("takes the path of a request target", () => {
    expect(pathOf("/en/read/x?y=%#z")).toBe("/en/read/x");
    expect(pathOf("http://evil.example/api/translate?x")).toBe("/api/translate");
    expect(pathOf("*")).toBe("*");
    expect(pathOf("")).toBe("/");
  });
});
