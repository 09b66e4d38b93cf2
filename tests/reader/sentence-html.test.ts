import { describe, expect, it } from "vitest";
import { escapeHtml, sentenceHtml } from "@/lib/reader/sentence-html";
import type { TextViewSentence } from "@/lib/reader/text-view";

// "Hún skaut <b> & fór." — word 1 glossed (row 0), word 2 only through a phrase (row 1).
const sentence: TextViewSentence = { id: "p1.s1", is: "Hún skaut <b> & fór.", terms: [0, 0, 3, 0, 1, 4, 9, -2] };

describe("a sentence's Icelandic as markup", () => {
  it("marks each glossed word with its token's id, gloss row and tab stop, and keeps the text between", () => {
    expect(sentenceHtml(sentence)).toBe(
      '<span id="p1.s1.t1" class="term" tabindex="0" data-g="0">Hún</span> ' +
        '<span id="p1.s1.t2" class="term term-phrase-only" tabindex="0">skaut</span> &lt;b&gt; &amp; fór.',
    );
  });

  it("adds each word's plain gloss as its title, escaped, the phrase word's from its phrase", () => {
    const html = sentenceHtml(sentence, ['hún: she "herself"', "skjóta niður: shoot <down>"]);
    expect(html).toContain('title="hún: she &quot;herself&quot;">Hún</span>');
    expect(html).toContain('title="skjóta niður: shoot &lt;down&gt;">skaut</span>');
  });

  it("leaves no markup a learner's text could inject, and keeps Icelandic letters as they are", () => {
    expect(escapeHtml(`<img src=x onerror="a('þ')">`)).toBe("&lt;img src=x onerror=&quot;a(&#39;þ&#39;)&quot;&gt;");
    expect(escapeHtml("Ærið þúsund ðæö")).toBe("Ærið þúsund ðæö");
  });

  it("is the sentence itself when no word is glossed", () => {
    expect(sentenceHtml({ id: "p2.s1", is: "Já.", terms: [] })).toBe("Já.");
  });
});
