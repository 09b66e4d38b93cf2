// Issue 9 probe: a rewriting proxy in front of `next start` (UP, default :3113) that applies CSS/HTML variants
// from variants.mjs without a rebuild, and drops the CSP header (its hashes would not match rewritten pages).
// It also drops Accept-Encoding: fine for traces on loopback, but NOT for Lighthouse, whose simulated network
// then sees uncompressed bytes. Usage: node variant-proxy.mjs <port> <variant[+variant]>
// A rewriting proxy in front of `next start`, for trying CSS/HTML variants without rebuilding.
// Usage: node proxy.mjs <port> <variant[+variant…]>
import http from "node:http";
import { variants } from "./variants.mjs";
const [port, names] = process.argv.slice(2);
const chosen = names.split("+").map((n) => { if (!variants[n]) throw new Error("no variant " + n); return variants[n]; });
const UP = process.env.UP ?? "http://127.0.0.1:3113";
http.createServer(async (req, res) => {
  const headers = { ...req.headers };
  delete headers["accept-encoding"]; delete headers.host;
  const up = await fetch(UP + req.url, { headers, redirect: "manual", method: req.method });
  const type = up.headers.get("content-type") ?? "";
  const out = {};
  up.headers.forEach((v, k) => { if (!["content-security-policy", "content-length", "content-encoding", "transfer-encoding", "connection"].includes(k)) out[k] = v; });
  let body = Buffer.from(await up.arrayBuffer());
  const path = req.url.split("?")[0];
  if (type.includes("text/css") || type.includes("text/html")) {
    let text = body.toString("utf8");
    for (const v of chosen) text = type.includes("css") ? (v.css?.(text, path) ?? text) : (v.html?.(text, path) ?? text);
    body = Buffer.from(text);
  }
  res.writeHead(up.status, out).end(body);
}).listen(Number(port), "127.0.0.1", () => console.log("ready", port, names));
