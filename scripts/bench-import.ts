/**
 * npm run bench:import — the import figures alone, against a running server (BENCH_URL, default
 * http://127.0.0.1:3000); `npm run bench` measures the same as one slot of its table.
 */
import { measure } from "./bench/import";

const baseUrl = process.env.BENCH_URL ?? "http://127.0.0.1:3000";
const figures = await measure({ baseUrl, chromiumPath: undefined, readerPath: "", libraryPath: "", quick: true });
for (const f of figures) console.log(`${f.measure.padEnd(48)} ${f.value.padStart(10)}  ${f.target ?? ""}${f.met === undefined ? "" : f.met ? " ✓" : " ✗"}  ${f.baseline ?? ""}`);
