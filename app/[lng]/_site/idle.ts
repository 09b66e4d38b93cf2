/**
 * Work the first screen does not need waits for the page's `load` and then for an idle moment
 * (at most `timeout` ms), so it never lengthens the tasks that load and hydrate the page.
 * Returns a function that cancels it.
 */
export function afterLoadIdle(run: () => void, timeout = 2000): () => void {
  let idle: number | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const schedule = () => {
    // Safari has no requestIdleCallback: a short timeout after load does the same job there.
    if ("requestIdleCallback" in window) idle = window.requestIdleCallback(run, { timeout });
    else timer = setTimeout(run, 200);
  };
  if (document.readyState === "complete") schedule();
  else window.addEventListener("load", schedule, { once: true });
  return () => {
    window.removeEventListener("load", schedule);
    if (idle !== undefined) window.cancelIdleCallback(idle);
    clearTimeout(timer);
  };
}

/** Resolves in a new task, letting the browser paint and handle input in between. */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
