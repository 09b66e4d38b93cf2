/**
 * Bounds on a backup file. Generous for a learner's real vocabulary (years of daily reading),
 * small enough that a hostile or broken file cannot freeze the tab or fill the disk.
 */
export const BACKUP_LIMITS = {
  /** Bytes of the file; checked before it is read. */
  fileBytes: 20 * 1024 * 1024,
  words: 20_000,
  contextsPerWord: 100,
  formsPerWord: 200,
  reviewsPerWord: 2_000,
  statusChangesPerWord: 2_000,
  /** Characters: a lemma, a form, an id, a part of speech. */
  short: 200,
  /** Characters: a meaning, a note, a sentence or its translation, a title. */
  long: 5_000,
} as const;

/**
 * What the app stores keeps within the same bounds, so every backup it writes restores: text too
 * long (a pasted page as a meaning, a 100,000-letter "word" in an imported text) is cut, and lists
 * keep their newest entries.
 */
export const clampShort = (text: string) => (text.length > BACKUP_LIMITS.short ? text.slice(0, BACKUP_LIMITS.short) : text);
export const clampLong = (text: string) => (text.length > BACKUP_LIMITS.long ? text.slice(0, BACKUP_LIMITS.long) : text);
export const newest = <T>(items: readonly T[], limit: number): T[] => (items.length > limit ? items.slice(-limit) : [...items]);
