/**
 * Reading a request body without trusting it: the byte cap holds while the body streams in, so a
 * 10 MB POST costs at most `maxBytes` of memory and is abandoned as soon as it passes the cap.
 */
export type BodyResult = { ok: true; text: string } | { ok: false; reason: "too-large" | "bad-encoding" };

export async function readCappedText(request: Request, maxBytes: number): Promise<BodyResult> {
  // A declared length past the cap is refused before a single byte is read.
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (Number.isFinite(declared) && declared > maxBytes) return { ok: false, reason: "too-large" };
  if (!request.body) return { ok: true, text: "" };

  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      return { ok: false, reason: "too-large" };
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  try {
    return { ok: true, text: new TextDecoder("utf-8", { fatal: true }).decode(bytes) };
  } catch {
    return { ok: false, reason: "bad-encoding" };
  }
}

/** `application/json`, with or without parameters (`; charset=utf-8`), and nothing else. */
export function isJsonContentType(value: string | null): boolean {
  if (!value) return false;
  const type = value.split(";")[0]?.trim().toLowerCase();
  return type === "application/json";
}
