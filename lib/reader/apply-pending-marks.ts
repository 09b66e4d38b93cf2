import readerEn from "../../locales/en/reader.json";
import type { NameLabels } from "../glossary/name-label";
import { canSave, saveWord, setStatus } from "../vocab/save";
import type { VocabStore } from "../vocab/store";
import type { PendingMark } from "./pending-marks";
import { indexDocument } from "./places";
import { saveInputAt } from "./save-input";
import type { ReaderDocument } from "./types";

/** A name with no meaning is kept as its kind, in English like every saved meaning (as the reader's own S does). */
const NAME_MEANINGS = readerEn.gloss.names as NameLabels;

/**
 * Applies the marks of one document to the store, as the reader's S and status keys do. Returns
 * the marks that are finished: applied, or impossible for good (the word is not in this
 * version of the document, or cannot be saved). A store that fails throws, and the marks stay.
 */
export async function applyPendingMarks(store: VocabStore, document: ReaderDocument, marks: readonly PendingMark[]): Promise<PendingMark[]> {
  const { places } = indexDocument(document);
  const finished: PendingMark[] = [];
  for (const mark of marks) {
    const place = places.get(mark.termId);
    const input = place && saveInputAt(document, place, NAME_MEANINGS);
    if (input && canSave(input)) {
      const at = new Date(mark.at);
      const status = mark.status;
      await store.update(input.entryId, (word) => {
        // The learner changed the word after this key (on a loaded page, or in another tab): theirs stands.
        if (word && Date.parse(word.updatedAt) > at.getTime()) return undefined;
        return status ? setStatus(word ?? saveWord(undefined, input, at), status, at) : word ? undefined : saveWord(undefined, input, at);
      });
    }
    finished.push(mark);
  }
  return finished;
}
