/** Runs once when the server starts: install the guard that answers unusable requests early. */
export async function register() {
  // Inside the condition, so the Node-only module stays out of any Edge bundle.
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { installEarlyGuard } = await import("./lib/http/early-guard");
    installEarlyGuard();
  }
}
