import type { GlossEntry } from "../glossary/types";

/**
 * The de-duplicated gloss table of a document: an entry in a given sense is stored once, however
 * many of its forms the text has. Two entries are the same when everything a gloss shows is the
 * same, so a second sense of one lemma gets its own row.
 */
export class GlossTable {
  private readonly rows: GlossEntry[] = [];
  private readonly index = new Map<string, number>();

  /** `base`: rows the document already has (an import resumed on a stored text numbers on from there). */
  constructor(private readonly base = 0) {}

  add(entry: GlossEntry): number {
    const key = stableKey(entry);
    const found = this.index.get(key);
    if (found !== undefined) return found;
    this.rows.push(entry);
    this.index.set(key, this.base + this.rows.length - 1);
    return this.base + this.rows.length - 1;
  }

  /** The rows this table added (all of them when it started empty). */
  entries(): GlossEntry[] {
    return [...this.rows];
  }

  get size(): number {
    return this.base + this.rows.length;
  }

  /** The entries added since the table had `size` rows, e.g. for one streamed paragraph. */
  entriesFrom(size: number): GlossEntry[] {
    return this.rows.slice(size - this.base);
  }
}

/** JSON with sorted keys, so entries built in different orders compare equal. */
function stableKey(value: unknown): string {
  return JSON.stringify(value, (_, v: unknown) =>
    v && typeof v === "object" && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : 1))) : v,
  );
}
