import { viewTerms, type TextViewSentence } from "./text-view";
import { tokenElementId } from "./types";

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Text and attribute values of the markup below; a learner's own text may hold any character. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

/**
 * The Icelandic side of a sentence as HTML: plain text, with each glossed word (or word of a
 * phrase) one focusable element carrying its token's id, `data-g` (its gloss row, for the status
 * colours' CSS) and, with `titles`, its "lemma: meaning" for reading without JavaScript.
 *
 * Written by hand, not by React, on purpose: as one string the words are one element for React
 * to hydrate (the sentence) instead of ~20, which is most of what hydrating the reader costs. The
 * gloss layer reaches the words by delegated events and their ids, never through React.
 */
export function sentenceHtml(sentence: TextViewSentence, titles?: readonly string[]): string {
  let html = "";
  let at = 0;
  for (const term of viewTerms(sentence)) {
    if (term.start > at) html += escapeHtml(sentence.is.slice(at, term.start));
    const title = titles?.[term.titleRow];
    html +=
      `<span id="${escapeHtml(tokenElementId(sentence.id, term.index))}"` +
      (term.gloss === undefined ? ` class="term term-phrase-only"` : ` class="term"`) +
      ` tabindex="0"` +
      (term.gloss === undefined ? "" : ` data-g="${term.gloss}"`) +
      (title === undefined ? "" : ` title="${escapeHtml(title)}"`) +
      `>${escapeHtml(sentence.is.slice(term.start, term.end))}</span>`;
    at = term.end;
  }
  return html + escapeHtml(sentence.is.slice(at));
}
