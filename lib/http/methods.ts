/**
 * Which requests the app answers at all. Pages and files are read-only (GET, HEAD); only API
 * routes take POST (each route answers 405 for methods it does not export). Everything else —
 * TRACE, TRACK, CONNECT, PUT, DELETE, OPTIONS, made-up verbs — is refused before Next sees it:
 * Node's fetch Request refuses TRACE outright, which made Next answer 500 and log a stack.
 */
const READ = ["GET", "HEAD"] as const;
const API = ["GET", "HEAD", "POST"] as const;

export function allowedMethods(pathname: string): readonly string[] {
  return pathname === "/api" || pathname.startsWith("/api/") ? API : READ;
}

export function isMethodAllowed(method: string | undefined, pathname: string): boolean {
  return method !== undefined && allowedMethods(pathname).includes(method.toUpperCase());
}

/** True when a path's percent-escapes do not decode to UTF-8 (`/%`, `/en/read/%E0%A4%A`). */
export function hasBadPercentEncoding(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return false;
  } catch {
    return true;
  }
}

/** The path of a request target (`/a/b?c` → `/a/b`); an absolute-form target keeps only its path. */
export function pathOf(target: string): string {
  const path = target.startsWith("/") ? target : target.replace(/^[a-z][a-z0-9+.-]*:\/\/[^/]*/i, "");
  const end = path.search(/[?#]/);
  return (end === -1 ? path : path.slice(0, end)) || "/";
}
