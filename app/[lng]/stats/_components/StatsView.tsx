"use client";

import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { dueForecast, retention, reviewsPerDay, statBands, statusOverTime, type Share } from "@/lib/vocab/stats";
import { useVocabulary } from "../../_site/useVocabulary";
import { BarChart, type Series } from "./BarChart";

const BAND_COLOURS = {
  new: "var(--status-new)",
  learning: "var(--status-1)",
  known: "var(--accent)",
  ignored: "var(--border)",
} as const;

/** The learner's progress from the words in this browser: three charts and the retention figures. */
export function StatsView({ lng }: { lng: string }) {
  const { t } = useTranslation("stats");
  const { words, loaded, failed } = useVocabulary();
  const [now] = useState(() => new Date());
  const day = useMemo(() => new Intl.DateTimeFormat(lng === "is" ? "is-IS" : "en-GB", { day: "numeric", month: "short" }), [lng]);
  const percent = useMemo(() => new Intl.NumberFormat(lng === "is" ? "is-IS" : "en-GB", { style: "percent", maximumFractionDigits: 1 }), [lng]);
  const label = (key: string) => day.format(new Date(`${key}T12:00:00`));

  const status = useMemo(() => statusOverTime(words, now), [words, now]);
  const reviews = useMemo(() => reviewsPerDay(words, now), [words, now]);
  const forecast = useMemo(() => dueForecast(words, now), [words, now]);
  const kept = useMemo(() => retention(words, now), [words, now]);

  if (!loaded) return failed ? <p role="alert" className="notice">{t("readFailed")}</p> : null;
  if (words.length === 0) return <p>{t("empty")}</p>;

  const bands: Series[] = statBands.map((b) => ({ key: b, label: t(`bands.${b}`), colour: BAND_COLOURS[b] }));
  const share = (s: Share) =>
    s.rate === undefined ? t("retention.none") : t("retention.value", { percent: percent.format(s.rate), recalled: s.recalled, reviews: s.reviews });

  return (
    <div className="stats">
      <section className="retention" aria-labelledby="retention-title">
        <h2 id="retention-title">{t("retention.title")}</h2>
        <p className="muted">{t("retention.description")}</p>
        <dl>
          <dt>{t("retention.recent")}</dt>
          <dd>{share(kept.recent)}</dd>
          <dt>{t("retention.all")}</dt>
          <dd>{share(kept.all)}</dd>
        </dl>
      </section>
      <BarChart
        title={t("status.title")}
        description={t("status.description")}
        figuresLabel={t("figures", { title: t("status.title") })}
        labelHeading={t("day")}
        totalHeading={t("total")}
        labels={status.map((row) => label(row.day))}
        series={bands}
        values={status.map((row) => statBands.map((b) => row.counts[b]))}
      />
      <BarChart
        title={t("reviews.title")}
        description={t("reviews.description")}
        figuresLabel={t("figures", { title: t("reviews.title") })}
        labelHeading={t("day")}
        totalHeading={t("reviews.reviews")}
        labels={reviews.map((row) => label(row.day))}
        series={[
          { key: "recalled", label: t("reviews.recalled"), colour: "var(--accent)" },
          { key: "again", label: t("reviews.again"), colour: "var(--status-1)" },
        ]}
        values={reviews.map((row) => [row.recalled, row.reviews - row.recalled])}
      />
      <BarChart
        title={t("forecast.title")}
        description={t("forecast.description")}
        figuresLabel={t("figures", { title: t("forecast.title") })}
        labelHeading={t("day")}
        labels={forecast.map((row) => label(row.day))}
        series={[{ key: "due", label: t("forecast.due"), colour: "var(--accent)" }]}
        values={forecast.map((row) => [row.due])}
      />
    </div>
  );
}
