/** Interface languages. The first is the fallback for browsers that ask for neither. */
export const locales = ["en", "is"] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = "en";

/** The interface language a learner chose, for their next visit to a path without a locale. */
export const LOCALE_COOKIE = "samhlida-lng";

/** One namespace per feature, each a JSON file in locales/<lng>/. */
export const namespaces = ["common", "credits", "grammar", "import", "reader", "stats", "translate", "vocab"] as const;
export type Namespace = (typeof namespaces)[number];

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (locales as readonly string[]).includes(value);
}
