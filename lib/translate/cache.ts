import "server-only";
import { createHash } from "node:crypto";
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import path from "node:path";
import { z } from "zod";
import { createCacheIndex, type CacheBounds } from "./cache-index";
import type { LanguagePair, SentenceResult, Translator } from "./types";

const entry = z.object({ provider: z.string(), from: z.string(), to: z.string(), source: z.string(), text: z.string() });

export interface CacheStats {
  hits: number;
  misses: number;
}

export const defaultCacheBounds: CacheBounds = { maxEntries: 20_000, maxBytes: 50 * 1024 * 1024 };

/**
 * A disk cache in front of a translator, keyed by provider, language pair and the exact source
 * text: a sentence is sent at most once while it is cached. One small JSON file per sentence,
 * written to a temporary name and renamed, so a crash never leaves half a file and concurrent
 * writers never mix. Bounded in files and bytes; the least recently used go first.
 */
export function withDiskCache(
  translator: Translator,
  dir: string,
  bounds: CacheBounds = defaultCacheBounds,
): Translator & { stats(): CacheStats & { entries: number; bytes: number } } {
  const stats: CacheStats = { hits: 0, misses: 0 };
  const index = createCacheIndex(dir, bounds);

  const fileFor = (source: string, pair: LanguagePair) => {
    const key = createHash("sha256").update(JSON.stringify([translator.id, pair.from, pair.to, source])).digest("hex");
    return path.join(dir, key.slice(0, 2), `${key}.json`);
  };

  async function read(source: string, pair: LanguagePair): Promise<string | undefined> {
    try {
      const file = fileFor(source, pair);
      const parsed = entry.safeParse(JSON.parse(await readFile(file, "utf8")));
      // The stored source is compared too: a hash collision must never serve another sentence.
      if (!parsed.success || parsed.data.source !== source) return undefined;
      index.touch(file);
      return parsed.data.text;
    } catch {
      return undefined;
    }
  }

  async function write(source: string, pair: LanguagePair, text: string) {
    const file = fileFor(source, pair);
    await mkdir(path.dirname(file), { recursive: true });
    const temporary = `${file}.${process.pid}.${Date.now()}.tmp`;
    const content = JSON.stringify({ provider: translator.id, ...pair, source, text });
    await writeFile(temporary, content);
    await rename(temporary, file);
    await index.added(file, Buffer.byteLength(content));
  }

  return {
    id: translator.id,
    stats: () => ({ ...stats, ...index.size() }),
    async translate(sentences, pair) {
      await index.ready();
      const cached = await Promise.all(sentences.map((sentence) => read(sentence, pair)));
      const missing = sentences.flatMap((sentence, index) => (cached[index] === undefined ? [index] : []));
      stats.hits += sentences.length - missing.length;
      stats.misses += missing.length;
      const fresh = missing.length > 0 ? await translator.translate(missing.map((i) => sentences[i]!), pair) : [];
      const results: SentenceResult[] = cached.map((text) => (text === undefined ? { ok: true, text: "" } : { ok: true, text }));
      await Promise.all(
        missing.map(async (sentenceIndex, freshIndex) => {
          const result = fresh[freshIndex]!;
          results[sentenceIndex] = result;
          if (result.ok) await write(sentences[sentenceIndex]!, pair, result.text).catch(() => undefined);
        }),
      );
      return results;
    },
  };
}
