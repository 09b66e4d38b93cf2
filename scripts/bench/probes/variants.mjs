// Issue 9 probe: CSS/HTML rewrites of the built pages for variant-proxy.mjs (measurement only).
const reader = (path) => path.includes("/read/");
export const variants = {
  base: {},
  // no web font for reading text: the system serif
  nofont: {
    css: (s) => s.replace(/--font-reading:[^;]*;/, '--font-reading:Georgia,"Times New Roman",serif;'),
    html: (s) => s.replace(/<link rel="preload" href="[^"]*\.woff2"[^>]*>/g, "").replace(/--font-literata:[^;"]*/g, "--font-literata:serif"),
  },
  // all text in one font: the UI font
  uifont: { css: (s) => s.replace(/--font-reading:[^;]*;/, "--font-reading:var(--font-ui);"), html: (s) => s.replace(/<link rel="preload" href="[^"]*\.woff2"[^>]*>/g, "") },
  nocv: { css: (s) => s.replace(/content-visibility:auto;contain-intrinsic-size:auto 20rem;overflow-clip-margin:\.75rem/, "") },
  cv2: { css: (s) => s.replace(/\.paragraph:nth-of-type\(n\s*\+\s*4\)/, ".paragraph:nth-of-type(n+2)") },
  nolightdark: { css: (s) => s.replace(/light-dark\((#[0-9a-f]+),\s*(#[0-9a-f]+)\)/gi, "$1") },
  nowrap: { css: (s) => s.replace(/overflow-wrap:break-word;?/g, "") },
  nogrid: { css: (s) => s + ".pair,.column-heads{display:block!important}" },
  noactions: { css: (s) => s + ".pair-actions{display:none!important}" },
  // words as plain text: no per-word spans
  nospans: { html: (s, p) => (reader(p) ? s.replace(/<span id="p[^"]*" class="term[^"]*"[^>]*>([^<]*)<\/span>/g, "$1") : s) },
  notitles: { html: (s, p) => (reader(p) ? s.replace(/ title="[^"]*"/g, "") : s) },
  // no size-adjust etc. on the fallback face
  noadjust: { css: (s) => s.replace(/(@font-face\{font-family:[^;]*Fallback[^}]*)\}/g, (m) => m.replace(/;(size-adjust|ascent-override|descent-override|line-gap-override):[^;}]*/g, "")) },
  // no fontsource faces (only next/font's latin face)
  nofontsource: { css: (s) => s.replace(/@font-face\{font-family:Literata Variable;[^}]*\}/g, "") },
  // fallback face: no local() lookup
  nofallbackface: { css: (s) => s.replace(/@font-face\{font-family:[^;]*Fallback[^}]*\}/g, "") },
  noarrow: { html: (s, p) => (reader(p) ? s.replaceAll("▶", "") : s) },
};
const cut = (s, from, to) => { const a = s.indexOf(from); const b = s.indexOf(to, a + 1); return a < 0 || b < 0 ? s : s.slice(0, a) + s.slice(b); };
const keepParas = (s, n) => { const parts = s.split('<section class="paragraph">'); if (parts.length < 2) return s; const last = parts.at(-1); const tail = last.slice(last.lastIndexOf("</section>") + "</section>".length); const kept = parts.slice(1, n + 1).map((x, i) => (i === parts.length - 2 ? x.slice(0, x.lastIndexOf("</section>") + 10) : x)); return [parts[0], ...kept].join('<section class="paragraph">') + (n + 1 < parts.length ? tail : ""); };
Object.assign(variants, {
  notoolbar: { html: (s, p) => (reader(p) ? cut(s, '<div id="reader-bar"', '<div class="column-heads"') : s) },
  onepara: { html: (s, p) => (reader(p) ? keepParas(s, 1) : s) },
  noparas: { html: (s, p) => (reader(p) ? keepParas(s, 0) : s) },
  noheader: { html: (s, p) => (reader(p) ? cut(s, '<header class="article-header">', '<div id="reader-bar"') : s) },
  nosticky: { css: (s) => s.replace(/position:sticky/g, "position:static") },
});
Object.assign(variants, {
  cvall: { css: (s) => s.replace(/\.paragraph:nth-of-type\(n\s*\+\s*4\)/, ".paragraph") },
  cv2: { css: (s) => s.replace(/\.paragraph:nth-of-type\(n\s*\+\s*4\)/, ".paragraph:nth-of-type(n+2)") },
});
Object.assign(variants, {
  anywhere: { css: (s) => s.replace(/overflow-wrap:break-word/g, "overflow-wrap:anywhere") },
  sentnowrap: { css: (s) => s + ".sentence,.pair-is{overflow-wrap:normal}" },
});
