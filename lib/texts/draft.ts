/**
 * The import form's draft, kept in localStorage as the learner types, so nothing pasted is lost
 * to a reload, a refusal or a failed connection; cleared only after a successful import.
 * localStorage (not IndexedDB) because it is synchronous: the draft is back before first input.
 */
export interface ImportDraft {
  text: string;
  translation: string;
  title: string;
}

export const DRAFT_KEY = "samhlida-import-draft";
export const EMPTY_DRAFT: ImportDraft = { text: "", translation: "", title: "" };

type Storage = Pick<globalThis.Storage, "getItem" | "setItem" | "removeItem">;

export function readDraft(storage: Storage): ImportDraft {
  try {
    const value: unknown = JSON.parse(storage.getItem(DRAFT_KEY) ?? "null");
    if (typeof value !== "object" || value === null) return EMPTY_DRAFT;
    const field = (name: keyof ImportDraft) => (name in value ? Reflect.get(value, name) : undefined);
    const str = (v: unknown) => (typeof v === "string" ? v : "");
    return { text: str(field("text")), translation: str(field("translation")), title: str(field("title")) };
  } catch {
    return EMPTY_DRAFT;
  }
}

/** False when the browser refused (storage full or disabled): the form then says the draft is not kept. */
export function writeDraft(storage: Storage, draft: ImportDraft): boolean {
  try {
    if (!draft.text && !draft.translation && !draft.title) storage.removeItem(DRAFT_KEY);
    else storage.setItem(DRAFT_KEY, JSON.stringify(draft));
    return true;
  } catch {
    return false;
  }
}

export function clearDraft(storage: Storage): void {
  try {
    storage.removeItem(DRAFT_KEY);
  } catch {
    // nothing to clear in a storage we cannot use
  }
}

/** A title from the first line: up to ~80 characters, cut at a word. */
export function suggestTitle(text: string): string {
  const first = text.trim().split(/\r?\n/u)[0]?.trim() ?? "";
  if (first.length <= 80) return first;
  const cut = first.slice(0, 80);
  const space = cut.lastIndexOf(" ");
  return `${(space > 40 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
