"use client";

import Link from "next/link";
import { useTranslation } from "react-i18next";
import { storedTextHref } from "@/lib/texts/links";
import type { JobState } from "./job";

/** "Paragraph 3 of 12 analysed", with the reader one click away from the first paragraph on. */
export function ImportProgressPanel({ job, lng, onAnother }: { job: JobState; lng: string; onAnother: () => void }) {
  const { t } = useTranslation("import");
  const { progress, outcome } = job;
  if (!progress) return null;
  const values = { analysed: progress.analysed, total: progress.total, title: job.title };
  const done = outcome?.kind === "done";
  const stopped = outcome?.kind === "stopped" ? outcome.code : undefined;
  return (
    <section className="import-progress" aria-label={t("progress.label")}>
      <p role="status" aria-live="polite">
        {done ? t("progress.done", values) : stopped ? t(`progress.stopped.${stopped}`, values) : t("progress.count", values)}
      </p>
      <progress max={progress.total} value={progress.analysed} aria-label={t("progress.label")} />
      <p>
        <Link className="switch primary" href={storedTextHref(lng, progress.id)}>
          {outcome ? t("progress.read") : t("progress.readNow")}
        </Link>{" "}
        {outcome && (
          <button type="button" className="switch" onClick={onAnother}>
            {t("progress.another")}
          </button>
        )}
      </p>
      {!outcome && <p className="muted">{t("progress.readNowHelp")}</p>}
    </section>
  );
}
