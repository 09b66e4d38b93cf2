"use client";

import { useTranslation } from "react-i18next";
import type { InputIssue } from "@/lib/texts/validate-input";

/** Problems with the input, worded in the interface language; errors as an alert, warnings as a note. */
export function IssueList({ issues, lng }: { issues: readonly InputIssue[]; lng: string }) {
  const { t } = useTranslation("import");
  const errors = issues.filter((issue) => issue.severity === "error");
  const warnings = issues.filter((issue) => issue.severity === "warning");
  const words = (issue: InputIssue) => {
    const n = (name: string) => (issue.values?.[name] ?? 0).toLocaleString(lng);
    return t(`issues.${issue.code}` as const, { count: n("count"), limit: n("limit"), icelandic: n("icelandic"), english: n("english") });
  };
  return (
    <>
      {errors.length > 0 && (
        <div role="alert" className="import-issues import-errors">
          <p>{t("errorsTitle")}</p>
          <ul>
            {errors.map((issue) => (
              <li key={issue.code}>{words(issue)}</li>
            ))}
          </ul>
        </div>
      )}
      {warnings.length > 0 && (
        <div role="status" className="import-issues import-warnings">
          <p>{t("warningsTitle")}</p>
          <ul>
            {warnings.map((issue) => (
              <li key={issue.code}>{words(issue)}</li>
            ))}
          </ul>
        </div>
      )}
    </>
  );
}
