"use client";

import { useDeferredValue, useEffect, useMemo, useState, useSyncExternalStore } from "react";
import { useTranslation } from "react-i18next";
import { clearDraft, EMPTY_DRAFT, readDraft, suggestTitle, writeDraft, type ImportDraft } from "@/lib/texts/draft";
import type { ImportOutcome } from "@/lib/texts/import-client";
import type { FileText } from "@/lib/texts/read-file";
import { hasErrors, MAX_CHARACTERS, validateInput, type InputIssue } from "@/lib/texts/validate-input";
import { FileButton } from "./FileButton";
import { ImportProgressPanel } from "./ImportProgressPanel";
import { IssueList } from "./IssueList";
import { jobSnapshot, resetJob, startJob, subscribeJob } from "./job";
import { StoppedImports } from "./StoppedImports";

type FileResult = FileText | { ok: false; problem: "unreadable" };

function outcomeMessage(outcome: ImportOutcome | undefined) {
  if (!outcome || outcome.kind === "done" || outcome.kind === "stopped") return undefined;
  if (outcome.kind === "refused") return `errors.${outcome.code}` as const;
  return `errors.${outcome.kind}` as const;
}

const sameDraft = (a: ImportDraft, b: ImportDraft) => a.text === b.text && a.translation === b.translation && a.title === b.title;

/**
 * The import form. What the learner types is a draft in localStorage from the first keystroke
 * and is cleared only after the whole text has been analysed and stored: a refusal, a network
 * failure or a stopped analysis leaves it in the form and in the draft.
 */
export function ImportForm({ lng }: { lng: string }) {
  const { t } = useTranslation("import");
  const [draft, setDraft] = useState<ImportDraft>(EMPTY_DRAFT);
  const [draftKept, setDraftKept] = useState(true);
  const [restored, setRestored] = useState(false);
  const [attempted, setAttempted] = useState(false);
  const [fileNote, setFileNote] = useState("");
  const [serverIssues, setServerIssues] = useState<InputIssue[]>([]);
  const job = useSyncExternalStore(subscribeJob, jobSnapshot, () => undefined);
  const busy = Boolean(job && !job.outcome);

  useEffect(() => {
    const saved = readDraft(window.localStorage);
    if (saved.text || saved.translation || saved.title) {
      // localStorage exists only in the browser: the draft comes back right after hydration.
      // eslint-disable-next-line react-hooks/set-state-in-effect
      setDraft(saved);
      setRestored(true);
    }
  }, []);

  const change = (next: Partial<ImportDraft>) =>
    setDraft((current) => {
      const merged = { ...current, ...next };
      // The title follows the first line until the learner writes one of their own.
      if (next.text !== undefined && (current.title === "" || current.title === suggestTitle(current.text))) merged.title = suggestTitle(next.text);
      setDraftKept(writeDraft(window.localStorage, merged));
      return merged;
    });

  const deferred = useDeferredValue(draft);
  const issues = useMemo(() => validateInput({ text: deferred.text, translation: deferred.translation }), [deferred.text, deferred.translation]);
  const shown = attempted || deferred.text.trim() !== "" ? issues : [];

  function opened(field: "text" | "translation", name: string, result: FileResult) {
    if (!result.ok) return setFileNote(t(`file.${result.problem}`, { name, limit: 400 }));
    setFileNote(result.encoding === "windows-1252" ? t("file.windows-1252", { name }) : "");
    change(field === "text" ? { text: result.text } : { translation: result.text });
  }

  async function submit() {
    setAttempted(true);
    setServerIssues([]);
    const now = validateInput({ text: draft.text, translation: draft.translation });
    if (hasErrors(now)) return;
    const title = draft.title.trim() || suggestTitle(draft.text) || "—";
    const sent = draft;
    const outcome = await startJob({ title, text: draft.text, ...(draft.translation.trim() && { translation: draft.translation }) });
    if (outcome.kind === "refused") setServerIssues(outcome.issues);
    // The form stays editable while the import runs: a draft changed since (the next text) stays.
    if (outcome.kind === "done" && sameDraft(readDraft(window.localStorage), sent)) clearDraft(window.localStorage);
  }

  const message = outcomeMessage(job?.outcome);
  const started = job?.progress;
  return (
    <div className="import-form">
      {!busy && <StoppedImports lng={lng} />}
      {started ? (
        <ImportProgressPanel
          job={job}
          lng={lng}
          onAnother={() => {
            resetJob();
            // What was imported leaves the form; what was typed while it ran is still the draft.
            if (job?.outcome?.kind === "done") setDraft(readDraft(window.localStorage));
            setAttempted(false);
          }}
        />
      ) : null}
      {started && <IssueList issues={started.issues} lng={lng} />}
      {message && (
        <p role="alert" className="notice import-error">
          {t(message)}
        </p>
      )}
      <IssueList issues={[...serverIssues, ...shown.filter((issue) => !serverIssues.some((s) => s.code === issue.code))]} lng={lng} />
      {fileNote && (
        <p role="alert" className="notice">
          {fileNote}
        </p>
      )}
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (!busy) void submit();
        }}
      >
        <div className="import-field">
          <label htmlFor="import-text">{t("text.label")}</label>
          <p className="muted" id="import-text-help">
            {t("text.help", { limit: MAX_CHARACTERS.toLocaleString(lng) })}{" "}
            <span aria-live="off">{t("text.count", { count: draft.text.length.toLocaleString(lng), limit: MAX_CHARACTERS.toLocaleString(lng) })}</span>
          </p>
          <textarea id="import-text" lang="is" rows={12} value={draft.text} aria-describedby="import-text-help" onChange={(e) => change({ text: e.target.value })} />
          <FileButton label={t("text.open")} onText={(name, result) => opened("text", name, result)} />
        </div>
        <div className="import-field">
          <label htmlFor="import-title">{t("titleField.label")}</label>
          <p className="muted" id="import-title-help">
            {t("titleField.help")}
          </p>
          <input id="import-title" lang="is" value={draft.title} maxLength={200} aria-describedby="import-title-help" onChange={(e) => change({ title: e.target.value })} />
        </div>
        <div className="import-field">
          <label htmlFor="import-translation">{t("translation.label")}</label>
          <p className="muted" id="import-translation-help">
            {t("translation.help")}
          </p>
          <textarea
            id="import-translation"
            lang="en"
            rows={8}
            value={draft.translation}
            aria-describedby="import-translation-help"
            onChange={(e) => change({ translation: e.target.value })}
          />
          <FileButton label={t("translation.open")} onText={(name, result) => opened("translation", name, result)} />
        </div>
        <p className="muted">{restored ? `${t("draft.restored")} ` : ""}{draftKept ? t("draft.saved") : t("draft.notSaved")}</p>
        <button type="submit" className="switch primary" disabled={busy}>
          {busy ? t("working") : t("submit")}
        </button>
      </form>
    </div>
  );
}
