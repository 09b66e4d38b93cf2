import "server-only";
import { Server, type IncomingMessage, type ServerResponse } from "node:http";
import { securityHeaders } from "./headers";
import { allowedMethods, hasBadPercentEncoding, isMethodAllowed, pathOf } from "./methods";

const installed = Symbol.for("samhlida.early-guard");

/**
 * Answers requests no page or route can serve (unused methods → 405, undecodable paths → 400)
 * on the raw Node request, before Next turns it into a fetch Request: for TRACE that conversion
 * itself throws, so proxy.ts never runs. Installed once from instrumentation.ts.
 */
export function installEarlyGuard(serverClass: { prototype: Server } = Server): void {
  const prototype = serverClass.prototype;
  if (Reflect.get(prototype, installed)) return;
  Reflect.set(prototype, installed, true);
  const emit = prototype.emit;
  prototype.emit = function (this: Server, event: string, ...args: unknown[]): boolean {
    if (event === "request" && refuse(args[0] as IncomingMessage, args[1] as ServerResponse)) return true;
    return Reflect.apply(emit, this, [event, ...args]);
  };
}

function refuse(request: IncomingMessage, response: ServerResponse): boolean {
  const path = pathOf(request.url ?? "/");
  if (!isMethodAllowed(request.method, path)) {
    answer(response, 405, "Method Not Allowed", { Allow: allowedMethods(path).join(", ") });
    return true;
  }
  if (hasBadPercentEncoding(path)) {
    answer(response, 400, "Bad Request");
    return true;
  }
  return false;
}

function answer(response: ServerResponse, status: number, text: string, extra: Record<string, string> = {}) {
  response.writeHead(status, {
    ...Object.fromEntries(securityHeaders().map(({ key, value }) => [key, value])),
    "content-type": "text/plain; charset=utf-8",
    "cache-control": "no-store",
    ...extra,
  });
  response.end(`${status} ${text}\n`);
}
