import type { GlossEntry } from "@/lib/glossary/types";
import type { ReaderParagraph } from "@/lib/reader/types";

/**
 * Without JavaScript there is no gloss layer, so each paragraph lists its glossed words (form,
 * lemma, meaning) inside <noscript>. With JavaScript the browser keeps this as one inert text
 * node: it costs bytes, not elements.
 */
export function NoscriptGlosses({ paragraph, glosses, label }: { paragraph: ReaderParagraph; glosses: GlossEntry[]; label: string }) {
  const seen = new Set<string>();
  const items: { form: string; entry: GlossEntry }[] = [];
  for (const sentence of paragraph.sentences) {
    const add = (form: string, gloss: number) => {
      const entry = glosses[gloss];
      const key = `${form}\u0000${gloss}`;
      if (!entry || seen.has(key)) return;
      seen.add(key);
      items.push({ form, entry });
    };
    for (const token of sentence.tokens) if (token.gloss !== undefined) add(sentence.is.slice(token.start, token.end), token.gloss);
    for (const phrase of sentence.phrases ?? []) {
      const first = sentence.tokens[phrase.tokens[0] ?? -1];
      const last = sentence.tokens[phrase.tokens[phrase.tokens.length - 1] ?? -1];
      if (first && last) add(sentence.is.slice(first.start, last.end), phrase.gloss);
    }
  }
  if (items.length === 0) return null;
  return (
    <noscript>
      <p className="noscript-glosses">
        <b>{label}:</b>{" "}
        {items.map(({ form, entry }, index) => (
          <span key={index}>
            {index > 0 && " · "}
            <span lang="is">
              {form}
              {form !== entry.lemma && ` (${entry.lemma})`}
            </span>{" "}
            <span lang="en">{entry.meanings[0]?.text}</span>
          </span>
        ))}
      </p>
    </noscript>
  );
}
