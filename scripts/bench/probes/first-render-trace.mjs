// Issue 9 probe (not part of npm run bench). Per run: the first style/layout/paint task and the scripting after the main
// chunk, in wall and thread (CPU) time, Lighthouse-like mobile emulation. Usage: BASES=label:port,… PAGES=/en,/en/read/<slug>
// RUNS=10 [VERBOSE=1] node scripts/bench/probes/first-render-trace.mjs (against `next start` or variant-proxy.mjs ports).
// Trace a page load (Lighthouse-like mobile emulation); per run: the render task (biggest style+layout+paint task)
// and script work, in both wall-clock and thread (CPU) time. Pages alternate; medians at the end.
import { chromium } from "playwright";
import fs from "node:fs";

const pages = (process.env.PAGES ?? "/en,/en/read/drone-attack-anbar").split(",");
const runs = Number(process.env.RUNS ?? 10);
const UA = "Mozilla/5.0 (Linux; Android 11; moto g power (2022)) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Mobile Safari/537.36";
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"] });
const CATS = ["devtools.timeline", "disabled-by-default-devtools.timeline", "v8.execute", "toplevel", "blink.user_timing", "loading", "fonts"];

async function one(path, base) {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true, userAgent: UA, serviceWorkers: process.env.SW === "block" ? "block" : "allow" });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const events = [];
  cdp.on("Tracing.dataCollected", (e) => events.push(...e.value));
  const done = new Promise((r) => cdp.once("Tracing.tracingComplete", r));
  await cdp.send("Tracing.start", { traceConfig: { includedCategories: CATS, recordMode: "recordAsMuchAsPossible" }, transferMode: "ReportEvents" });
  await page.goto(base + path, { waitUntil: "load" });
  await page.waitForTimeout(2000);
  await cdp.send("Tracing.end");
  await done;
  await context.close();
  return analyse(events, path);
}

const JS = new Set(["EvaluateScript", "FunctionCall", "v8.compile", "v8.evaluateModule", "TimerFire", "FireAnimationFrame", "EventDispatch", "v8.compileModule", "RunMicrotasks", "v8.run", "V8.Execute"]);
const STYLE = new Set(["UpdateLayoutTree"]), LAYOUT = new Set(["Layout"]), PAINT = new Set(["Paint", "PrePaint", "Layerize", "Commit"]);
const FONT = new Set(["WebSandboxSupportLinux::GetWebFontRenderStyleForStrike"]);

function analyse(events, path) {
  const parse = events.find((e) => e.name === "ParseHTML" && e.args?.beginData?.url?.endsWith(path));
  const { pid, tid } = parse;
  const mine = events.filter((e) => e.pid === pid && e.tid === tid && e.ph === "X").sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const t0 = parse.ts;
  // Assign each event to its enclosing RunTask; count only outermost events of each kind.
  const tasks = [];
  let cur = null;
  const open = { js: -1, style: -1, layout: -1, paint: -1, font: -1 };
  for (const e of mine) {
    if (e.name === "RunTask") { cur = { ts: e.ts, wall: e.dur / 1000, thr: (e.tdur ?? e.dur) / 1000, js: [0, 0], style: [0, 0], layout: [0, 0], paint: [0, 0], font: [0, 0], nFont: 0 }; cur.end = e.ts + e.dur; tasks.push(cur); for (const k in open) open[k] = -1; continue; }
    if (!cur || e.ts >= cur.end) continue;
    const kind = JS.has(e.name) ? "js" : STYLE.has(e.name) ? "style" : LAYOUT.has(e.name) ? "layout" : PAINT.has(e.name) ? "paint" : FONT.has(e.name) ? "font" : null;
    if (!kind || e.ts < open[kind]) continue;
    open[kind] = e.ts + e.dur;
    cur[kind][0] += e.dur / 1000; cur[kind][1] += (e.tdur ?? e.dur) / 1000;
    if (kind === "font") cur.nFont++;
  }
  const fcpE = events.find((e) => e.name === "firstContentfulPaint" && e.pid === pid);
  const render = tasks.filter((t) => t.style[1] + t.layout[1] > 0).reduce((a, b) => (b.style[1] + b.layout[1] + b.paint[1] > a.style[1] + a.layout[1] + a.paint[1] ? b : a));
  const jsTasks = tasks.filter((t) => t.js[1] > 0.5 * t.thr && t.thr > 1);
  const evalMain = jsTasks.reduce((a, b) => (b.thr > a.thr ? b : a), { thr: 0, wall: 0 });
  const r = {
    renderWall: render.wall, renderThr: render.thr, renderStyleThr: render.style[1], renderLayoutThr: render.layout[1], renderPaintThr: render.paint[1],
    renderStyleWall: render.style[0], renderLayoutWall: render.layout[0], renderFontWaitWall: render.font[0], renderFontCalls: render.nFont,
    renderAt: (render.ts - t0) / 1000,
    styleLayoutThrAll: tasks.reduce((s, t) => s + t.style[1] + t.layout[1], 0),
    jsThrAll: tasks.reduce((s, t) => s + t.js[1], 0), jsWallAll: tasks.reduce((s, t) => s + t.js[0], 0),
    biggestJsTaskThr: evalMain.thr, biggestJsTaskWall: evalMain.wall,
    // after the biggest (chunk evaluation) task: React's hydration slices and effects
    hydrateThr: jsTasks.filter((t) => t.ts > (evalMain.ts ?? 0)).reduce((s, t) => s + t.thr, 0),
    maxSliceThr: Math.max(0, ...jsTasks.filter((t) => t.ts > (evalMain.ts ?? 0)).map((t) => t.thr)),
    longTasksWall: tasks.filter((t) => t.wall > 12.5).length,
    tbt4Wall: tasks.reduce((s, t) => s + Math.max(0, 4 * t.wall - 50), 0),
    tbt4Thr: tasks.reduce((s, t) => s + Math.max(0, 4 * t.thr - 50), 0),
    fcp: fcpE ? (fcpE.ts - t0) / 1000 : -1,
    fontCallsAll: tasks.reduce((s, t) => s + t.nFont, 0), fontWaitAll: tasks.reduce((s, t) => s + t.font[0], 0),
  };
  r.list = tasks.filter((t) => t.wall > 8).map((t) => `${((t.ts - t0) / 1000).toFixed(0)}:${t.wall.toFixed(0)}/${t.thr.toFixed(0)}${t.style[1] + t.layout[1] > 1 ? `[s${t.style[1].toFixed(1)} l${t.layout[1].toFixed(1)} f${t.nFont}:${t.font[0].toFixed(1)}]` : ""}${t.js[1] > 1 ? `[j${t.js[1].toFixed(1)}]` : ""}`).join(" ");
  return r;
}

const results = {};
const bases = (process.env.BASES ?? "base:3113").split(",").map((b) => { const [label, port] = b.split(":"); return { label, url: `http://127.0.0.1:${port}` }; });
for (const b of bases) await one(pages[0], b.url).catch(() => {});
for (let i = 0; i < runs; i++) for (const b of (i % 2 ? [...bases].reverse() : bases)) for (const p of pages) {
  try { (results[`${b.label} ${p}`] ??= []).push(await one(p, b.url)); } catch (e) { console.error(p, e.message); }
}
await browser.close();
const med = (xs) => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };
const summary = {};
for (const [p, rs] of Object.entries(results)) {
  const keys = Object.keys(rs[0]).filter((k) => typeof rs[0][k] === "number");
  summary[p] = Object.fromEntries(keys.map((k) => [k, +med(rs.map((r) => r[k])).toFixed(1)]));
}
const cols = ["renderThr", "renderStyleThr", "renderLayoutThr", "renderPaintThr", "renderWall", "renderFontCalls", "renderFontWaitWall", "styleLayoutThrAll", "biggestJsTaskThr", "hydrateThr", "maxSliceThr", "tbt4Wall", "tbt4Thr", "fcp"];
console.log(["variant page".padEnd(34), ...cols.map((c) => c.replace("render", "r").slice(0, 11).padStart(11))].join(""));
for (const [p, m] of Object.entries(summary)) console.log([p.replace("/read/drone-attack-anbar", "/read").padEnd(34), ...cols.map((c) => String(m[c]).padStart(11))].join(""));
const label = process.env.LABEL ?? "";

if (process.env.VERBOSE) for (const [p, rs] of Object.entries(results)) for (const r of rs) console.log(p.slice(0, 12), r.list);
if (process.env.OUT) fs.writeFileSync(process.env.OUT, JSON.stringify({ label, summary, results }, null, 1));
