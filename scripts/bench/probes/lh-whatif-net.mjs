// Issue 9 probe. Lantern what-if: the reader's document transferred as if it were N bytes (gzip), the trace unchanged.
import fs from "node:fs";
import lighthouse from "lighthouse";
const [dir, bytes] = process.argv.slice(2);
const out = `${dir}-wn`;
fs.rmSync(out, { recursive: true, force: true });
fs.cpSync(dir, out, { recursive: true });
const log = JSON.parse(fs.readFileSync(`${dir}/defaultPass.devtoolslog.json`, "utf8"));
const doc = log.find((m) => m.method === "Network.responseReceived" && m.params.type === "Document").params.requestId;
for (const m of log) if (m.params?.requestId === doc && m.method === "Network.loadingFinished") m.params.encodedDataLength = Number(bytes);
fs.writeFileSync(`${out}/defaultPass.devtoolslog.json`, JSON.stringify(log));
const r = await lighthouse(undefined, { logLevel: "error", auditMode: out, onlyCategories: ["performance"] });
const a = r.lhr.audits;
console.log(dir.split("/").pop(), bytes, "TBT", Math.round(a["total-blocking-time"].numericValue), "FCP", Math.round(a["first-contentful-paint"].numericValue), "TTI", Math.round(a["interactive"].numericValue));
