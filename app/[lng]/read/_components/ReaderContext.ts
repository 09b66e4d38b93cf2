"use client";

import { createContext, useContext } from "react";
import type { TokenPlace } from "@/lib/reader/places";
import type { ReaderDocument, ReaderSentence } from "@/lib/reader/types";
import type { Status } from "@/lib/vocab/model";
import type { Vocabulary } from "../../_site/useVocabulary";
import type { ReaderLabels } from "./labels";


/** The one small store the reader's islands share: the document, its strings and the learner's words. */
export interface ReaderState {
  document: ReaderDocument;
  labels: ReaderLabels;
  vocabulary: Vocabulary;
  sentences: ReadonlyMap<string, ReaderSentence>;
  status: string;
  announce(text: string): void;
  revealed: ReadonlySet<string>;
  toggleReveal(sentenceId: string): void;
  listen(sentenceIds: readonly string[]): void;
  listenAll(): void;
  stop(): void;
  openHelp(): void;
  /** Saves the word at a token (and sets its status, when given). */
  mark(place: TokenPlace, status?: Status): void;
}

export const ReaderContext = createContext<ReaderState | null>(null);

export function useReader(): ReaderState {
  const state = useContext(ReaderContext);
  if (!state) throw new Error("useReader outside ReaderProvider");
  return state;
}
