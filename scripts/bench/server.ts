import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

/** The same Chromium the end-to-end tests use (scripts/chromium.ts). */
export { findChromium as chromiumPath } from "../chromium";

export function build() {
  execFileSync("npx", ["next", "build"], { stdio: ["ignore", "ignore", "inherit"], env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
}

export interface Running {
  url: string;
  pid: number;
  stop(): Promise<void>;
}

/** `next start` on 127.0.0.1 (never another interface), ready when it answers the library page. */
export async function startNext(port: number, env: Record<string, string> = {}): Promise<Running> {
  const child: ChildProcess = spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "-H", "127.0.0.1", "-p", String(port)], {
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", SAMHLIDA_TRANSLATE_CACHE_DIR: ".cache/bench-translations", ...env },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`next start exited with ${child.exitCode}`);
    try {
      if ((await fetch(`${url}/en`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error("next start did not answer within 60 s");
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return {
    url,
    pid: child.pid ?? 0,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      }),
  };
}

/**
 * The baseline for throughput: static-server.mjs, a minimal Node server in its own process that
 * answers every request with the same HTML, gzipped per request as `next start` does.
 */
export async function startStatic(html: Buffer, port: number): Promise<Running> {
  const dir = mkdtempSync(path.join(tmpdir(), "bench-static-"));
  const file = path.join(dir, "page.html");
  writeFileSync(file, html);
  const child = spawn(process.execPath, [path.join(import.meta.dirname, "static-server.mjs"), file, String(port)], { stdio: ["ignore", "pipe", "inherit"] });
  await new Promise<void>((resolve, reject) => {
    child.stdout?.once("data", () => resolve());
    child.once("exit", (code) => reject(new Error(`static server exited with ${code}`)));
  });
  return {
    url: `http://127.0.0.1:${port}`,
    pid: child.pid ?? 0,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      }).finally(() => rmSync(dir, { recursive: true, force: true })),
  };
}

/** Resident memory of a process and its children, in bytes (Linux /proc). */
export function rssOf(pid: number): number {
  const pids = [pid];
  try {
    const children = execFileSync("pgrep", ["-P", String(pid)], { encoding: "utf8" }).split("\n").filter(Boolean).map(Number);
    pids.push(...children);
  } catch {
    // no children
  }
  return pids.reduce((sum, id) => {
    try {
      const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${id}/status`, "utf8"));
      return sum + Number(match?.[1] ?? 0) * 1024;
    } catch {
      return sum;
    }
  }, 0);
}
