"use client";

/**
 * When a page is ready for a person to use: every island has hydrated (ReadyMarker) and no island
 * still waits for data it needs (the reader's document). Islands that load data hold readiness
 * until it has arrived; <html data-ready> is set once nothing is held.
 */
let holds = 0;
let hydrated = false;

function mark() {
  if (hydrated && holds === 0) document.documentElement.dataset.ready = "true";
}

/** Holds readiness; call the returned function once (on arrival, failure or unmount). */
export function holdReady(): () => void {
  holds++;
  let released = false;
  return () => {
    if (released) return;
    released = true;
    holds--;
    mark();
  };
}

export function markHydrated() {
  hydrated = true;
  // Hydrated but perhaps still waiting for data: what a test of "a word reached for before the
  // reader's data has arrived" waits for.
  document.documentElement.dataset.hydrated = "true";
  mark();
}
