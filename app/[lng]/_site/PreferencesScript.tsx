import { preferencesScript } from "@/lib/reader/preferences-script";

const script = preferencesScript();

/** Inlined into every page's <head>: reading preferences apply before first paint. */
export function PreferencesScript() {
  return <script dangerouslySetInnerHTML={{ __html: script }} />;
}
