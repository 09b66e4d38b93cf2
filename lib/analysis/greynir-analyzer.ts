import "server-only";
import { segment } from "../text/segment";
import type { Analysis, Analyzer } from "./types";
import type { WorkerClient } from "./worker-client";
import type { WorkerPool } from "./worker-pool";

/** A text is sent whole below this many words; above it, in pieces the workers share. */
const SPLIT_ABOVE_WORDS = 150;

interface Piece {
  start: number;
  text: string;
}

/**
 * A long text in about `count` pieces of similar length, cut between sentences, so that each
 * worker of a pool parses its share at once (Greynir uses one core per process).
 */
export function splitForWorkers(text: string, count: number): Piece[] {
  const words = (s: string) => s.split(/\s+/).filter(Boolean).length;
  const total = words(text);
  if (count <= 1 || total <= SPLIT_ABOVE_WORDS) return [{ start: 0, text }];
  const target = Math.ceil(total / count);
  const pieces: Piece[] = [];
  let start = -1;
  let end = 0;
  let size = 0;
  for (const sentence of segment(text).flatMap((p) => p.sentences)) {
    if (start < 0) start = sentence.start;
    end = sentence.end;
    size += words(sentence.text);
    if (size >= target) {
      pieces.push({ start, text: text.slice(start, end) });
      start = -1;
      size = 0;
    }
  }
  if (start >= 0) pieces.push({ start, text: text.slice(start, end) });
  return pieces.length > 0 ? pieces : [{ start: 0, text }];
}

/** GreynirEngine and BÍN through the Python worker: lemma, word class and grammar in context. */
export function createGreynirAnalyzer(client: Pick<WorkerClient | WorkerPool, "analyze">, workers = 1): Analyzer {
  return {
    async analyze(text, options) {
      const pieces = splitForWorkers(text, workers * 2);
      const replies = await Promise.all(pieces.map((piece) => client.analyze(piece.text, options?.signal)));
      const tokens = replies.flatMap((reply, i) => {
        const shift = pieces[i]!.start;
        return reply.tokens.map((token) => ({ ...token, start: token.start + shift, end: token.end + shift }));
      });
      const analysis: Analysis = { tokens, engine: "greynir", automatic: true };
      return analysis;
    },
  };
}
