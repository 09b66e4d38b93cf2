"use client";

/**
 * In "Icelandic only", the translations the learner revealed, as one rule naming them by id: the
 * server-rendered sentences stay as they are, and no selector has to search the page (no :has()).
 */
export function RevealStyle({ revealed }: { revealed: ReadonlySet<string> }) {
  if (revealed.size === 0) return null;
  const selectors = [...revealed].map((id) => `[id="en-${id}"]`).join(",");
  return (
    <style>{`[data-mode="icelandic-only"] :is(${selectors}){display:block;padding-left:1rem;border-left:3px solid var(--accent)}`}</style>
  );
}
