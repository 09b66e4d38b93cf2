import { describe, expect, it } from "vitest";
import { decodeFile, MAX_FILE_BYTES } from "@/lib/texts/read-file";

const utf8 = (s: string) => new TextEncoder().encode(s);

describe("opening a .txt file", () => {
  it("reads UTF-8, with or without a byte order mark", () => {
    expect(decodeFile(utf8("Þórður fór á ströndina."))).toEqual({ ok: true, text: "Þórður fór á ströndina.", encoding: "utf-8" });
    expect(decodeFile(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8("Já")]))).toEqual({ ok: true, text: "Já", encoding: "utf-8" });
  });

  it("reads UTF-16 by its byte order mark", () => {
    const bytes = new Uint8Array([0xff, 0xfe, 0xde, 0x00, 0x61, 0x00]);
    expect(decodeFile(bytes)).toEqual({ ok: true, text: "Þa", encoding: "utf-16le" });
  });

  it("reports binary data (NUL bytes) and oversized files", () => {
    expect(decodeFile(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]))).toEqual({ ok: false, problem: "binary" });
    expect(decodeFile(new Uint8Array(MAX_FILE_BYTES + 1))).toEqual({ ok: false, problem: "too-large" });
  });

  it("reads a Latin-1 file as Windows-1252 and says so", () => {
    // "Þórður" in ISO-8859-1: not valid UTF-8.
    expect(decodeFile(new Uint8Array([0xde, 0xf3, 0x72, 0xf0, 0x75, 0x72]))).toEqual({ ok: true, text: "Þórður", encoding: "windows-1252" });
  });
});
