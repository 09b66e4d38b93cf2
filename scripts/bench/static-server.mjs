// A minimal Node server for the throughput baseline: every request gets the same HTML, gzipped
// per request when asked for, as `next start` does. Run as its own process (like next start) so
// the load generator does not share its event loop. Usage: node static-server.mjs <file> <port>
import { readFileSync } from "node:fs";
import { createServer } from "node:http";
import { gzip } from "node:zlib";

const [file, port] = process.argv.slice(2);
const html = readFileSync(file);
createServer((request, response) => {
  if (!/\bgzip\b/.test(String(request.headers["accept-encoding"] ?? ""))) {
    response.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(html);
    return;
  }
  gzip(html, (error, body) => {
    if (error) return void response.writeHead(500).end();
    response.writeHead(200, { "content-type": "text/html; charset=utf-8", "content-encoding": "gzip" }).end(body);
  });
}).listen(Number(port), "127.0.0.1", () => console.log("ready"));
