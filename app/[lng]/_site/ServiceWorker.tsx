"use client";

import { useEffect, useRef, useState } from "react";
import type { Serwist } from "@serwist/window";
import { afterLoadIdle } from "./idle";

/**
 * Registers /serwist/sw.js (production builds only: `next dev` has none) once the page has loaded
 * and is idle (idle.ts), loading @serwist/window lazily so it costs the first render nothing. When a new version has
 * installed and waits, the learner is asked; only on "reload" does it take over, and this tab
 * reloads onto it. Until then the page keeps working with the version it started with.
 */
export function ServiceWorker({ labels }: { labels: { ready: string; reload: string } }) {
  const [waiting, setWaiting] = useState(false);
  const serwist = useRef<Serwist | null>(null);
  const accepted = useRef(false);

  useEffect(() => {
    if (process.env.NODE_ENV !== "production" || !("serviceWorker" in navigator)) return;
    let cancelled = false;
    const start = () =>
      void import("@serwist/window").then(({ Serwist }) => {
        if (cancelled) return;
        const worker = new Serwist("/serwist/sw.js", { scope: "/", type: "module" });
        worker.addEventListener("waiting", () => setWaiting(true));
        worker.addEventListener("controlling", () => {
          if (accepted.current) window.location.reload();
        });
        serwist.current = worker;
        // Registration can be refused (private windows, blocked by policy or by a test harness):
        // the app then works online only, which is no error the learner must see.
        worker.register().catch(() => undefined);
      });
    const cancelStart = afterLoadIdle(start);
    return () => {
      cancelled = true;
      cancelStart();
    };
  }, []);

  if (!waiting) return null;
  return (
    <div className="update-prompt" role="status">
      <span>{labels.ready}</span>
      <button
        type="button"
        className="switch"
        onClick={() => {
          accepted.current = true;
          serwist.current?.messageSkipWaiting();
        }}
      >
        {labels.reload}
      </button>
    </div>
  );
}
