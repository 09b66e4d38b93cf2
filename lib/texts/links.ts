/** Where a text stored in this browser is read: the static client route, with the id in the query. */
export function storedTextHref(lng: string, id: string): string {
  return `/${lng}/read/local?id=${encodeURIComponent(id)}`;
}

/** Ids the import page gives the texts it stores; built-in slugs never start so. */
export const STORED_TEXT_PREFIX = "import-";

/** Where a saved word's sentence is read: a stored text in this browser, or a built-in article. */
export function contextHref(lng: string, slug: string, sentenceId: string): string {
  // A built-in slug stays as written: the path only ever names a page of this site.
  const base = slug.startsWith(STORED_TEXT_PREFIX) ? storedTextHref(lng, slug) : `/${lng}/read/${slug}`;
  return `${base}#${sentenceId}`;
}
