import "@fontsource-variable/literata/wght.css";
import "@fontsource-variable/literata/wght-italic.css";
import "../globals.css";
import type { Metadata, Viewport } from "next";
import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { getT } from "@/lib/i18n/server";
import { isLocale, locales } from "@/lib/i18n/settings";
import { PreferencesScript } from "./_site/PreferencesScript";
import { ReadyMarker } from "./_site/ReadyMarker";
import { SiteFooter } from "./_site/SiteFooter";
import { SiteHeader } from "./_site/SiteHeader";
import { UpdatePrompt } from "./_site/UpdatePrompt";
import { literata } from "./_site/fonts";

export const dynamicParams = false;

export function generateStaticParams() {
  return locales.map((lng) => ({ lng }));
}

export async function generateMetadata({ params }: LayoutProps<"/[lng]">): Promise<Metadata> {
  const { lng } = await params;
  if (!isLocale(lng)) return {};
  const t = getT(lng, "common");
  return {
    title: { default: t("appName"), template: `%s · ${t("appName")}` },
    description: t("tagline"),
    manifest: `/${lng}/manifest.webmanifest`,
  };
}

export const viewport: Viewport = { themeColor: "#1f5f8b" };

export default async function RootLayout({ children, params }: LayoutProps<"/[lng]">) {
  const { lng } = await params;
  if (!isLocale(lng)) notFound();
  return (
    // The preferences script sets data attributes on <html> before React hydrates.
    <html lang={lng} dir="ltr" className={literata.variable} suppressHydrationWarning>
      <head>
        <PreferencesScript />
      </head>
      <body>
        <SiteHeader lng={lng} />
        <main id="main">{children as ReactNode}</main>
        <SiteFooter lng={lng} />
        <ReadyMarker />
        <UpdatePrompt lng={lng} />
      </body>
    </html>
  );
}
