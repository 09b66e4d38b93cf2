/**
 * Reader keyboard shortcuts as data: the key handler and the help dialog both read this list, so
 * the dialog can never disagree with what the keys do.
 */
export const readerShortcuts = [
  { action: "next-sentence", keys: ["j"] },
  { action: "previous-sentence", keys: ["k"] },
  { action: "reveal-translation", keys: ["t"] },
  { action: "open-gloss", keys: ["g"] },
  { action: "next-word", keys: ["ArrowRight"] },
  { action: "previous-word", keys: ["ArrowLeft"] },
  { action: "save-word", keys: ["s"] },
  { action: "toggle-hints", keys: ["h"] },
  { action: "listen-sentence", keys: ["l"] },
  { action: "listen-text", keys: ["L"] },
  { action: "stop-listening", keys: ["x"] },
  { action: "help", keys: ["?"] },
] as const;

export type ReaderAction = (typeof readerShortcuts)[number]["action"];

export function actionForKey(key: string): ReaderAction | undefined {
  return readerShortcuts.find((shortcut) => (shortcut.keys as readonly string[]).includes(key))?.action;
}
