/**
 * Tells every page of this origin (this tab's other islands and other tabs) that a stored text
 * changed, so a reader opened before its analysis ended shows paragraphs as they arrive and the
 * library stays current. BroadcastChannel delivers to every other channel object of the name,
 * including ones in the same page.
 */
const CHANNEL = "samhlida-texts";

export function announceTextChange(id: string): void {
  if (typeof BroadcastChannel === "undefined") return;
  const channel = new BroadcastChannel(CHANNEL);
  channel.postMessage({ id });
  channel.close();
}

/** Calls `listener` with the id of each text changed elsewhere; returns the unsubscribe. */
export function onTextChange(listener: (id: string) => void): () => void {
  if (typeof BroadcastChannel === "undefined") return () => undefined;
  const channel = new BroadcastChannel(CHANNEL);
  channel.onmessage = (event: MessageEvent<unknown>) => {
    const data = event.data;
    if (typeof data === "object" && data !== null && "id" in data && typeof data.id === "string") listener(data.id);
  };
  return () => channel.close();
}
