import type { Status } from "../vocab/model";

/**
 * Every reader key, defined once: the key handler and the `?` dialog both read this list, so the
 * dialog lists every key and a unit test checks that no key means two things. Word actions apply
 * to the focused word; the status keys follow Lute and LingQ (1–4 learning, K known, I ignore), so
 * sentences move with N and P rather than Vim's J and K.
 */
export const readerShortcuts = [
  { action: "next-sentence", keys: ["n"] },
  { action: "previous-sentence", keys: ["p"] },
  { action: "reveal-translation", keys: ["t"] },
  { action: "open-gloss", keys: ["g"] },
  { action: "next-word", keys: ["ArrowRight"] },
  { action: "previous-word", keys: ["ArrowLeft"] },
  { action: "close-gloss", keys: ["Escape"] },
  { action: "save-word", keys: ["s"] },
  { action: "look-up", keys: ["d"] },
  { action: "mark-learning-1", keys: ["1"], status: "learning-1" },
  { action: "mark-learning-2", keys: ["2"], status: "learning-2" },
  { action: "mark-learning-3", keys: ["3"], status: "learning-3" },
  { action: "mark-learning-4", keys: ["4"], status: "learning-4" },
  { action: "mark-known", keys: ["k"], status: "known" },
  { action: "mark-ignored", keys: ["i"], status: "ignored" },
  { action: "toggle-hints", keys: ["h"] },
  { action: "listen-sentence", keys: ["l"] },
  { action: "listen-text", keys: ["L"] },
  { action: "stop-listening", keys: ["x"] },
  { action: "help", keys: ["?"] },
] as const satisfies readonly { action: string; keys: readonly string[]; status?: Status }[];

export type ReaderShortcut = (typeof readerShortcuts)[number];
export type ReaderAction = ReaderShortcut["action"];

/** Letters match in either case unless a shifted letter has its own action (L). */
export function shortcutForKey(key: string): ReaderShortcut | undefined {
  return (
    readerShortcuts.find((shortcut) => (shortcut.keys as readonly string[]).includes(key)) ??
    readerShortcuts.find((shortcut) => (shortcut.keys as readonly string[]).includes(key.toLowerCase()))
  );
}

/** The status a word action sets, if it is one. */
export function statusOf(shortcut: ReaderShortcut): Status | undefined {
  return "status" in shortcut ? shortcut.status : undefined;
}
