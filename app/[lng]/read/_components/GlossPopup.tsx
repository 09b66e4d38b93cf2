"use client";

import { useEffect, useLayoutEffect, type RefObject } from "react";
import { antecedentPhrase, describeFeatures, describeGovernor, type GrammarLabels } from "@/lib/glossary/grammar";
import type { Reading } from "@/lib/analysis/types";
import { wordClassFromUpos, type FormGrammar, type GlossEntry } from "@/lib/glossary/types";
import { fill } from "@/lib/i18n/fill";
import type { TokenPlace } from "@/lib/reader/places";
import type { ReaderDocument } from "@/lib/reader/types";
import type { SavedWord, Status } from "@/lib/vocab/model";
import { hasContext } from "@/lib/vocab/contexts";
import { GlossEntryView, LookUpLinks } from "./GlossEntryView";
import type { ReaderLabels } from "./labels";
import { placeSheet, SheetNav, useSwipeDown } from "./GlossSheet";
import { GLOSS_ID } from "./ReaderContext";
import { preloadWordActions } from "./useWordActions";

const MARGIN = 8;
const GAP = 6;
const QUICK_STATUSES = ["learning-1", "learning-2", "learning-3", "learning-4", "known", "ignored"] as const satisfies readonly Status[];

interface Props {
  termId: string;
  place: TokenPlace;
  document: ReaderDocument;
  labels: ReaderLabels;
  /** The saved word for this entry, when the vocabulary has loaded; null before that. */
  saved: SavedWord | undefined | null;
  onMark(status?: Status): void;
  onUnsave(): void;
  onAddSentence(): void;
  /** On touch screens the gloss is a bottom sheet with its own previous/next/close buttons. */
  sheet: { onStep(direction: 1 | -1): void; onClose(): void } | null;
  popupRef: RefObject<HTMLDivElement | null>;
  /** Opened by focus or a tap rather than a hovering mouse. */
  mayScroll: boolean;
}

/**
 * Below the word, or above it when there is no room below; never over it, never off screen.
 * Positioned in page coordinates, so it scrolls with the text. When it fits neither way (a long
 * gloss on a phone), the page scrolls just enough to show it, as long as the word stays in view;
 * never for a mouse hover, where the page moving under the pointer would be disorienting.
 */
function place(popup: HTMLElement, anchor: HTMLElement, mayScroll: boolean) {
  // Measure at its natural height: a cap left from the previous word would skew the choice.
  popup.style.maxHeight = "";
  const word = anchor.getBoundingClientRect();
  const viewport = document.documentElement.clientWidth;
  const { width, height } = popup.getBoundingClientRect();
  const left = Math.max(MARGIN, Math.min(word.left, viewport - MARGIN - width));
  const below = word.bottom + GAP;
  const roomBelow = window.innerHeight - MARGIN - below;
  const roomAbove = word.top - GAP - MARGIN;
  let up = height > roomBelow && height <= roomAbove;
  const capped = height > roomBelow && height > roomAbove && !mayScroll;
  if (capped) {
    // Fits neither way under a mouse: the roomier side, its height capped there (it scrolls inside).
    up = roomAbove > roomBelow;
    popup.style.maxHeight = `${Math.max(0, up ? roomAbove : roomBelow)}px`;
  }
  // A region that scrolls must be reachable by keyboard too.
  popup.classList.toggle("gloss-capped", capped);
  if (capped) popup.tabIndex = 0;
  else popup.removeAttribute("tabindex");
  const shown = Math.min(height, up ? roomAbove : Number.POSITIVE_INFINITY);
  popup.classList.toggle("gloss-above", up);
  popup.style.left = `${left + window.scrollX}px`;
  popup.style.top = `${(up ? word.top - GAP - shown : below) + window.scrollY}px`;
  const overflow = below + height - (window.innerHeight - MARGIN);
  if (!up && overflow > 0 && mayScroll) window.scrollBy({ top: Math.min(overflow, word.top - MARGIN) });
}

/** The one gloss layer: renders the entry and grammar of the word being hovered, tapped or focused. */
export function GlossPopup({ termId, place: at, document, labels, saved, onMark, onUnsave, onAddSentence, sheet, popupRef, mayScroll }: Props) {
  const token = at.sentence.tokens[at.tokenIndex];
  const entry: GlossEntry | undefined = token?.gloss === undefined ? undefined : document.glosses[token.gloss];
  const phrases = (token?.phrases ?? []).flatMap((index) => at.sentence.phrases?.[index] ?? []);

  useLayoutEffect(() => {
    const popup = popupRef.current;
    const anchor = window.document.getElementById(termId);
    if (!popup || !anchor) return;
    if (sheet) placeSheet(popup, anchor);
    else place(popup, anchor, mayScroll);
  }, [termId, popupRef, mayScroll, saved, sheet]);
  const swipe = useSwipeDown(sheet?.onClose);
  useEffect(preloadWordActions, []);

  const grammar: FormGrammar | undefined = token?.grammar;
  const v = labels.vocab;
  const lemma = entry?.lemma ?? "";
  const inThisSentence = hasContext(saved ?? undefined, { slug: document.id, sentenceId: at.sentence.id });
  return (
    // Keep focus on the word when a button is pressed: the keys act on the focused word.
    <div
      ref={popupRef}
      className={sheet ? "gloss gloss-sheet" : "gloss"}
      role="tooltip"
      id={GLOSS_ID}
      lang={labels.lng}
      onMouseDown={(event) => event.preventDefault()}
      {...(sheet ? swipe : {})}
    >
      {sheet && <SheetNav labels={labels.sheet} onStep={sheet.onStep} onClose={sheet.onClose} />}
      {entry && (
        <>
          <GlossEntryView entry={entry} labels={labels} />
          {/* Next to the word's meaning: what the words mean together is what a reader needs first. */}
          <PhraseViews phrases={phrases} document={document} labels={labels} />
          {grammar && <GrammarView grammar={grammar} labels={labels} />}
          {entry.pos !== "phrase" && <LookUpLinks lemma={entry.lemma} labels={labels} />}
          {saved !== null && (
            <div className="gloss-actions">
              {/* "Saved" is a toggle: pressed again, it removes the word (with an undo). */}
              <button
                type="button"
                tabIndex={-1}
                aria-pressed={Boolean(saved)}
                title={saved ? fill(v.unsave, { lemma }) : undefined}
                onClick={() => (saved ? onUnsave() : onMark())}
              >
                {saved ? v.saved : v.save}
              </button>
              {saved && !inThisSentence && (
                <button type="button" tabIndex={-1} className="gloss-add" onClick={onAddSentence}>
                  {fill(v.addContext, { lemma })}
                </button>
              )}
              <span role="group" aria-label={labels.vocab.statusGroup} className="gloss-statuses">
                {QUICK_STATUSES.map((status) => (
                  <button key={status} type="button" tabIndex={-1} aria-pressed={saved?.status === status} onClick={() => onMark(status)}>
                    {labels.vocab.status[status]}
                  </button>
                ))}
              </span>
              <span className="gloss-shortcut">{labels.vocab.shortcut}</span>
            </div>
          )}
        </>
      )}
      {!entry && <PhraseViews phrases={phrases} document={document} labels={labels} />}
    </div>
  );
}

function PhraseViews({ phrases, document, labels }: { phrases: readonly { gloss: number }[]; document: ReaderDocument; labels: ReaderLabels }) {
  return phrases.map((phrase, index) => {
    const entry = document.glosses[phrase.gloss];
    return entry ? (
      <div key={index} className="gloss-phrase">
        <span className="gloss-label">{labels.gloss.phrase}</span> <GlossEntryView entry={entry} labels={labels} compact />
      </div>
    ) : null;
  });
}

/** "refers back to “menn”": which word a reflexive pronoun takes its number and gender from. */
function AntecedentView({ form, labels }: { form: string; labels: GrammarLabels }) {
  const { before, after } = antecedentPhrase(labels);
  return (
    <>
      {before}
      <span lang="is">{form}</span>
      {after}
    </>
  );
}

function GrammarView({ grammar, labels }: { grammar: FormGrammar; labels: ReaderLabels }) {
  const g = labels.gloss;
  const features = grammar.features && describeFeatures(grammar.features, g.grammar);
  // Curated grammar is written in English; features are named in the interface language.
  const here = grammar.text ?? features;
  return (
    <>
      {here && (
        <div className="gloss-grammar">
          <span className="gloss-label">{g.here}</span> <span lang={grammar.text ? "en" : labels.lng}>{here}</span>
          {(grammar.governor || grammar.antecedent) && (
            <>
              {" ("}
              {grammar.governor && describeGovernor(grammar.governor, g.grammar)}
              {grammar.governor && grammar.antecedent && "; "}
              {grammar.antecedent && <AntecedentView form={grammar.antecedent.form} labels={g.grammar} />})
            </>
          )}
        </div>
      )}
      {!here && grammar.unavailable && <div className="gloss-grammar gloss-unavailable">{g.grammarUnavailable}</div>}
      {grammar.otherReadings && grammar.otherReadings.length > 0 && (
        <div className="gloss-also">
          <span className="gloss-label">{g.also}</span>{" "}
          {byLemma(grammar.otherReadings).map(({ lemma, upos, readings }, index) => (
            <span key={index}>
              {index > 0 && " · "}
              <span lang="is">{lemma}</span> ({g.pos[wordClassFromUpos(upos)]}){readings.some((reading) => describeFeatures(reading.feats, g.grammar)) && ": "}
              {readings
                .map((reading) => describeFeatures(reading.feats, g.grammar))
                .filter(Boolean)
                .join("; ")}
            </span>
          ))}
        </div>
      )}
      {grammar.note && (
        <div lang="en" className="gloss-note">
          {grammar.note}
        </div>
      )}
    </>
  );
}

/** Other readings grouped by lemma and class, in their order: "búa (verb): middle, supine; …" names the lemma once. */
function byLemma(readings: readonly Reading[]): { lemma: string; upos: Reading["upos"]; readings: Reading[] }[] {
  const groups: { lemma: string; upos: Reading["upos"]; readings: Reading[] }[] = [];
  for (const reading of readings) {
    const group = groups.find((g) => g.lemma === reading.lemma && g.upos === reading.upos);
    if (group) group.readings.push(reading);
    else groups.push({ lemma: reading.lemma, upos: reading.upos, readings: [reading] });
  }
  return groups;
}
