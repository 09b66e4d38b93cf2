// Stands in for the "server-only" guard in unit tests, which run in Node (the server side).
export {};
