import type { MetadataRoute } from "next";
import { getT } from "@/lib/i18n/server";
import { isLocale, locales } from "@/lib/i18n/settings";

export const dynamic = "force-static";
export const dynamicParams = false;

export function generateStaticParams() {
  return locales.map((lng) => ({ lng }));
}

/**
 * The web app manifest, one per interface language: an installed app opens on the library in the
 * language it was installed from (a path the service worker has precached, unlike "/", which
 * only redirects).
 */
export async function GET(_request: Request, { params }: RouteContext<"/[lng]/manifest.webmanifest">) {
  const { lng } = await params;
  if (!isLocale(lng)) return new Response("Not Found", { status: 404 });
  const t = getT(lng, "common");
  const manifest: MetadataRoute.Manifest = {
    name: t("appName"),
    short_name: t("appName"),
    description: t("tagline"),
    id: `/${lng}`,
    start_url: `/${lng}`,
    scope: "/",
    lang: lng,
    display: "standalone",
    background_color: "#fbfaf7",
    theme_color: "#1f5f8b",
    icons: [
      { src: "/icon.svg", sizes: "any", type: "image/svg+xml", purpose: "any" },
      { src: "/icon.png", sizes: "192x192", type: "image/png", purpose: "any" },
      { src: "/apple-icon.png", sizes: "180x180", type: "image/png" },
    ],
  };
  return new Response(JSON.stringify(manifest), { headers: { "content-type": "application/manifest+json; charset=utf-8" } });
}
