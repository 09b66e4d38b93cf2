"use client";

import { fill } from "@/lib/i18n/fill";
import { readingModes } from "@/lib/reader/preferences";
import { countLemmas } from "@/lib/vocab/counts";
import { savePreferences, usePreferences } from "../../_site/usePreferences";
import { ReaderControls, TwoLabels } from "./ReaderControls";
import { stopSpeaking } from "./speech";
import { useReader } from "./ReaderContext";

const MORE_ID = "reader-more";

/**
 * The reader bar: switches, listening, and "more" (reading mode, stop, help, the text's word
 * counts); then the reader's one live line. On phones it is one compact row that stays at the top
 * while the text scrolls, and "more" opens as a popover; on wider screens everything is in view
 * and "more" is not needed (CSS).
 */
export function ReaderToolbar() {
  const { entryIds, labels, vocabulary, status, listenAll, openHelp } = useReader();
  const prefs = usePreferences();
  const counts = countLemmas(entryIds, vocabulary.byId);
  const c = labels.controls;
  return (
    <div id="reader-bar" className="reader-bar">
      <div className="reader-toolbar">
        <ReaderControls labels={c} />
        <button type="button" className="switch" onClick={listenAll}>
          <TwoLabels long={labels.actions.listenText} short={c.listen} />
        </button>
        <button type="button" className="switch more-button" popoverTarget={MORE_ID}>
          {c.more}
        </button>
        <div id={MORE_ID} popover="auto" className="reader-more">
          <div role="group" aria-label={c.mode} className="more-only reader-modes">
            {readingModes.map((mode) => (
              <button key={mode} type="button" className="switch" aria-pressed={prefs.mode === mode} onClick={() => savePreferences({ ...prefs, mode })}>
                {c.modes[mode]}
              </button>
            ))}
          </div>
          <button type="button" className="switch" onClick={stopSpeaking}>
            {labels.actions.stop}
          </button>
          <button type="button" className="switch" aria-haspopup="dialog" onClick={openHelp}>
            {labels.actions.help}
          </button>
          {/* Its line is kept from the first paint: the counts need the learner's vocabulary, which
              loads after hydration, and a line appearing then would move the text under the pointer. */}
          {vocabulary.loaded ? (
            <p className="vocab-counts" aria-label={labels.vocab.counts.label}>
              {[fill(labels.vocab.counts.known, { count: counts.known }), fill(labels.vocab.counts.learning, { count: counts.learning }), fill(labels.vocab.counts.new, { count: counts.new })].join(" · ")}
            </p>
          ) : (
            <p className="vocab-counts" aria-hidden="true">
              {"\u00a0"}
            </p>
          )}
        </div>
      </div>
      <div className="reader-status" role="status" aria-live="polite">
        {status && (
          <>
            <span>{status.text}</span>
            {status.undo && (
              <button type="button" className="switch" onClick={status.undo}>
                {labels.vocab.undo}
              </button>
            )}
          </>
        )}
      </div>
    </div>
  );
}
