// Issue 9 probe: Lighthouse runs alternating between BASES (label:port) and PAGES, medians of TBT etc.
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import fs from "node:fs";
const pages = (process.env.PAGES ?? "/en,/en/read/drone-attack-anbar").split(",");
const runs = Number(process.env.RUNS ?? 5);
const bases = (process.env.BASES ?? "base:3113").split(",").map((b) => { const [label, port] = b.split(":"); return { label, url: `http://127.0.0.1:${port}` }; });
const chrome = await chromeLauncher.launch({ chromePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", chromeFlags: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"] });
const results = {};
async function run(url, attempt = 1) {
  const r = await lighthouse(url, { port: chrome.port, output: "json", logLevel: "error", onlyCategories: ["performance", "accessibility"] });
  if (r.lhr.runtimeError) { if (attempt < 3) return run(url, attempt + 1); throw new Error(r.lhr.runtimeError.code); }
  const a = r.lhr.audits;
  return {
    perf: Math.round(r.lhr.categories.performance.score * 100), a11y: Math.round(r.lhr.categories.accessibility.score * 100),
    tbt: a["total-blocking-time"].numericValue, fcp: a["first-contentful-paint"].numericValue, lcp: a["largest-contentful-paint"].numericValue, cls: a["cumulative-layout-shift"].numericValue,
    dom: a["dom-size"].numericValue,
    long: (a["long-tasks"].details?.items ?? []).map((t) => `${t.url.replace(/.*\//, "").slice(0, 18)}@${Math.round(t.startTime)}:${Math.round(t.duration)}`).join(" "),
  };
}
try {
  await run(bases[0].url + pages[0]).catch(() => {});
  for (let i = 0; i < runs; i++) for (const b of (i % 2 ? [...bases].reverse() : bases)) for (const p of pages) {
    const r = await run(b.url + p);
    (results[`${b.label} ${p}`] ??= []).push(r);
    if (process.env.VERBOSE) console.log(b.label, p.slice(0, 12), r.perf, Math.round(r.tbt), Math.round(r.fcp), Math.round(r.lcp), r.long);
  }
} finally { await chrome.kill(); }
const med = (xs) => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };
for (const [k, rs] of Object.entries(results)) console.log(k.replace("/read/drone-attack-anbar", "/read").padEnd(30), "TBT med", Math.round(med(rs.map((r) => r.tbt))), "all", rs.map((r) => Math.round(r.tbt)).join(","), "perf", med(rs.map((r) => r.perf)), "a11y", med(rs.map((r) => r.a11y)), "cls", med(rs.map((r) => r.cls)).toFixed(3), "dom", med(rs.map((r) => r.dom)), "fcp", Math.round(med(rs.map((r) => r.fcp))), "lcp", Math.round(med(rs.map((r) => r.lcp))));
if (process.env.OUT) fs.writeFileSync(process.env.OUT, JSON.stringify(results, null, 1));
