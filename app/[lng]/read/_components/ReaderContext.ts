"use client";

import { createContext, useContext } from "react";
import type { DocumentIndex, TokenPlace } from "@/lib/reader/places";
import type { ReaderDocument } from "@/lib/reader/types";
import type { Status } from "@/lib/vocab/model";
import type { Vocabulary } from "../../_site/useVocabulary";
import type { ReaderLabels } from "./labels";
import type { Notice } from "./useWordActions";

/**
 * The one small store the reader's islands share: the document, its strings and the learner's
 * words. It changes when the document arrives, the vocabulary changes, or a translation is
 * revealed; opening a gloss does not touch it, so the words' islands never re-render for that.
 */
export interface ReaderState {
  /** Undefined until a built-in article's data has arrived (the text itself is already on the page). */
  document: ReaderDocument | undefined;
  /** Asks for a built-in article's data now rather than when the browser is idle (a word is being reached for). */
  requestDocument(): void;
  /** Per gloss row, its entry's id: known from the page itself, so status colours and counts need not wait for the data. */
  entryIds: readonly string[];
  index: DocumentIndex;
  labels: ReaderLabels;
  vocabulary: Vocabulary;
  /** The reader's one live line: speech problems, what a vocabulary action did (with its undo). */
  status: Notice | null;
  announce(text: string): void;
  revealed: ReadonlySet<string>;
  toggleReveal(sentenceId: string): void;
  listen(sentenceIds: readonly string[]): void;
  listenAll(): void;
  openHelp(): void;
  /** Saves the word at a token (and sets its status, when given); a saved word stays as it is. */
  mark(place: TokenPlace, status?: Status): void;
  /** `mark` for a focused word whose text's data has not arrived yet: it is done once it has. */
  markWhenLoaded(termId: string, status?: Status): void;
  /** Removes the word from the vocabulary, offering an undo. */
  unsave(place: TokenPlace): void;
  /** Adds the token's sentence to the word as a context, and says what happened. */
  addSentence(place: TokenPlace): void;
}

/** The one gloss layer's element id: the open word is described by it (aria-describedby). */
export const GLOSS_ID = "reader-gloss";

export const ReaderContext = createContext<ReaderState | null>(null);

export function useReader(): ReaderState {
  const state = useContext(ReaderContext);
  if (!state) throw new Error("useReader outside ReaderProvider");
  return state;
}
