// Issue 9 probe. Lantern what-if: scale chosen main-thread tasks of a gathered Lighthouse run and re-audit.
// Usage: node lh-whatif.mjs <artifactsDir> <rule>; rule: none | layout:<f> | parse:<f> | slices:<f> | range:<fromMs>:<toMs>:<f>
// | zero:<commit|parse|layout|eval|js> (that class of tasks scaled to 1%). Prints the re-simulated TBT, FCP and TTI.
import fs from "node:fs";
import lighthouse from "lighthouse";
const [dir, rule = "none"] = process.argv.slice(2);
const out = `${dir}-wi`;
fs.rmSync(out, { recursive: true, force: true });
fs.cpSync(dir, out, { recursive: true });
const trace = JSON.parse(fs.readFileSync(`${dir}/defaultPass.trace.json`, "utf8"));
const ev = trace.traceEvents ?? trace;
const parse = ev.find((e) => e.name === "ParseHTML" && /\/en(\/read\/|$)/.test(e.args?.beginData?.url ?? ""));
const { pid, tid } = parse;
const nav = ev.filter((e) => e.name === "navigationStart" && e.pid === pid && e.ts <= parse.ts).sort((a, b) => b.ts - a.ts)[0];
const t0 = nav.ts;
const main = ev.filter((e) => e.pid === pid && e.tid === tid && e.ph === "X");
const tasks = main.filter((e) => e.name === "RunTask").sort((a, b) => a.ts - b.ts);
const inside = (t) => main.filter((e) => e !== t && e.ts >= t.ts && e.ts + (e.dur ?? 0) <= t.ts + t.dur);
const [kind, ...args] = rule.split(":");
let n = 0;
for (const t of tasks) {
  const kids = inside(t);
  const hasLayout = kids.some((k) => k.name === "Layout");
  const hasParse = kids.some((k) => k.name === "ParseHTML");
  const hasJs = kids.some((k) => k.name === "EvaluateScript" || k.name === "FunctionCall");
  const start = (t.ts - t0) / 1000;
  let f = 1;
  if (kind === "layout" && hasLayout && t.dur > 10000) f = Number(args[0]);
  if (kind === "parse" && hasParse && !hasLayout && start > 20) f = Number(args[0]);
  if (kind === "slices" && hasJs && !hasParse && t.dur > 10000 && t.dur < 25000) f = Number(args[0]);
  const isEval = hasJs && t.dur > 25000;
  if (kind === "zero") {
    const cls = start < 20 && !hasLayout ? "commit" : hasLayout && t.dur > 10000 ? "layout" : hasParse ? "parse" : isEval ? "eval" : hasJs ? "js" : "other";
    if (cls === args[0]) f = 0.01;
  }
  if (kind === "range" && start >= Number(args[0]) && start < Number(args[1]) && t.dur > 5000) f = Number(args[2]);
  if (f === 1) continue;
  n++;
  for (const k of kids) { k.ts = t.ts + (k.ts - t.ts) * f; if (k.dur) k.dur = k.dur * f; if (k.tdur) k.tdur *= f; }
  t.dur *= f; if (t.tdur) t.tdur *= f;
}
fs.writeFileSync(`${out}/defaultPass.trace.json`, JSON.stringify(trace));
const r = await lighthouse(undefined, { logLevel: "error", auditMode: out, onlyCategories: ["performance"] });
const a = r.lhr.audits;
console.log(dir.split("/").pop(), rule.padEnd(14), "scaled", n, "TBT", Math.round(a["total-blocking-time"].numericValue), "FCP", Math.round(a["first-contentful-paint"].numericValue), "TTI", Math.round(a["interactive"].numericValue));
