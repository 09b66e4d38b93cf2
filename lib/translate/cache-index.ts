import "server-only";
import { readdir, stat, unlink } from "node:fs/promises";
import path from "node:path";

export interface CacheBounds {
  maxEntries: number;
  maxBytes: number;
}

/**
 * What the disk cache holds, in order of last use, so it can stay within its bounds: when a write
 * takes it past either bound, the least recently used files are deleted. Recency lives in memory
 * (a Map keeps insertion order; a hit moves the file to the end); on start the files' modification
 * times give the order, which is close enough after a restart.
 */
export function createCacheIndex(dir: string, bounds: CacheBounds) {
  const files = new Map<string, number>();
  let bytes = 0;
  let loading: Promise<void> | undefined;

  async function load() {
    const found: { file: string; size: number; time: number }[] = [];
    const shards = await readdir(dir).catch(() => []);
    for (const shard of shards) {
      const names = await readdir(path.join(dir, shard)).catch(() => []);
      for (const name of names) {
        if (!name.endsWith(".json")) continue;
        const file = path.join(dir, shard, name);
        const info = await stat(file).catch(() => undefined);
        if (info?.isFile()) found.push({ file, size: info.size, time: info.mtimeMs });
      }
    }
    found.sort((a, b) => a.time - b.time);
    for (const { file, size } of found) remember(file, size);
    await evict();
  }

  function remember(file: string, size: number) {
    bytes -= files.get(file) ?? 0;
    files.delete(file);
    files.set(file, size);
    bytes += size;
  }

  async function evict() {
    while (files.size > bounds.maxEntries || (bytes > bounds.maxBytes && files.size > 0)) {
      const [oldest, size] = files.entries().next().value ?? ["", 0];
      files.delete(oldest);
      bytes -= size;
      await unlink(oldest).catch(() => undefined);
    }
  }

  return {
    ready: () => (loading ??= load()),
    /** A hit: this file was just used. */
    touch(file: string) {
      const size = files.get(file);
      if (size !== undefined) remember(file, size);
    },
    /** A write of `size` bytes; older files go if the cache is now past a bound. */
    async added(file: string, size: number) {
      remember(file, size);
      await evict();
    },
    size: () => ({ entries: files.size, bytes }),
  };
}
