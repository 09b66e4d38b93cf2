/**
 * The vocabulary's write side, as the reader uses it. It is loaded on demand (useWordActions):
 * saving a word brings in the scheduler (ts-fsrs), which no first screen needs.
 */
export { addSentence, restore, save, unsave } from "@/lib/vocab/actions";
export { canSave, saveWord, setStatus } from "@/lib/vocab/save";
