import { getT } from "@/lib/i18n/server";
import type { Locale } from "@/lib/i18n/settings";
import { ServiceWorker } from "./ServiceWorker";

/** Registers the service worker and offers a waiting new version, in the interface language. */
export function UpdatePrompt({ lng }: { lng: Locale }) {
  const t = getT(lng, "common");
  return <ServiceWorker labels={{ ready: t("update.ready"), reload: t("update.reload") }} />;
}
