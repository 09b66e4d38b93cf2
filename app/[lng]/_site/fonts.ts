import localFont from "next/font/local";

/**
 * Literata's Latin subset (all of Icelandic) through next/font: preloaded, and with a fallback
 * whose metrics are adjusted to it, so the text does not move when the font arrives. On phones
 * the text is now in the first screen, where that shift counted against the layout (CLS).
 * Other subsets still come from @fontsource (base.css lists both families), and so does the
 * italic: no text on a page's first screen is italic, so preloading its 54 KB only delayed the
 * page (the one italic text in Literata, `.analysis-note`, names @fontsource's family first).
 */
export const literata = localFont({
  src: [
    { path: "../../../node_modules/@fontsource-variable/literata/files/literata-latin-wght-normal.woff2", style: "normal", weight: "200 900" },
  ],
  variable: "--font-literata",
  display: "swap",
  adjustFontFallback: "Times New Roman",
});
