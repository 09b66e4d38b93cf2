/** Where a text stored in this browser is read: the static client route, with the id in the query. */
export function storedTextHref(lng: string, id: string): string {
  return `/${lng}/read/local?id=${encodeURIComponent(id)}`;
}
