"use client";

import { useMemo } from "react";
import { countLemmas } from "@/lib/vocab/counts";
import { ReaderControls } from "./ReaderControls";
import { stopSpeaking } from "./speech";
import { useReader } from "./ReaderContext";

const fill = (template: string, count: number) => template.replace("{{count}}", String(count));

/** Switches, listening and help; the text's word counts; and the reader's one status line. */
export function ReaderToolbar() {
  const { document, labels, vocabulary, status, listenAll, openHelp } = useReader();
  const entryIds = useMemo(() => (document?.glosses ?? []).map((entry) => entry.id), [document]);
  const counts = countLemmas(entryIds, vocabulary.byId);
  return (
    <>
      <div className="reader-toolbar">
        <ReaderControls labels={labels.controls} />
        <button type="button" className="switch" onClick={listenAll}>
          {labels.actions.listenText}
        </button>
        <button type="button" className="switch" onClick={stopSpeaking}>
          {labels.actions.stop}
        </button>
        <button type="button" className="switch" aria-haspopup="dialog" onClick={openHelp}>
          {labels.actions.help}
        </button>
      </div>
      {vocabulary.loaded && document && (
        <p className="vocab-counts" aria-label={labels.vocab.counts.label}>
          {[fill(labels.vocab.counts.known, counts.known), fill(labels.vocab.counts.learning, counts.learning), fill(labels.vocab.counts.new, counts.new)].join(" · ")}
        </p>
      )}
      <p className="reader-status" role="status" aria-live="polite">
        {status}
      </p>
    </>
  );
}
