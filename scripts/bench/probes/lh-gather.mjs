// Issue 9 probe: one Lighthouse mobile run saved as artifacts (gather mode), for lh-whatif*.mjs. Usage: node lh-gather.mjs <url> <dir>
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
const [url, dir] = process.argv.slice(2);
const chrome = await chromeLauncher.launch({ chromePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", chromeFlags: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"] });
try { await lighthouse(url, { port: chrome.port, logLevel: "error", gatherMode: dir, onlyCategories: ["performance"] }); } finally { await chrome.kill(); }
