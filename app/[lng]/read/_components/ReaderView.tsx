import { getT } from "@/lib/i18n/server";
import type { Locale } from "@/lib/i18n/settings";
import type { ReaderDocument } from "@/lib/reader/types";
import { GlossLayer } from "./GlossLayer";
import { ReaderActions } from "./ReaderActions";
import { ReaderControls } from "./ReaderControls";
import { SentencePair, type PairLabels } from "./SentencePair";
import { ShortcutsDialog } from "./ShortcutsDialog";
import { VocabLayer } from "./VocabLayer";

export function ReaderView({ document, lng }: { document: ReaderDocument; lng: Locale }) {
  const t = getT(lng, "reader");
  const v = getT(lng, "vocab");
  const labels: PairLabels = {
    gloss: {
      here: t("gloss.here"),
      parts: t("gloss.parts"),
      phrase: t("gloss.phrase"),
      source: { bin: t("gloss.source.bin"), curated: t("gloss.source.curated") },
      pos: t("pos", { returnObjects: true }),
      gender: t("gender", { returnObjects: true }),
      actions: {
        save: v("gloss.save"),
        statusGroup: v("gloss.statusGroup"),
        shortcut: v("gloss.shortcut"),
        status: v("status", { returnObjects: true }),
      },
    },
    reveal: t("actions.show"),
    listen: t("actions.listenSentence"),
  };
  return (
    <article className="reader" aria-labelledby="article-title" data-slug={document.slug} data-title={document.title.is}>
      <header className="article-header">
        <h1 id="article-title" lang="is">
          {document.title.is}
        </h1>
        <p className="title-en" lang="en">
          {document.title.en}
        </p>
        <p className="attribution">
          {t("attribution")} <span lang={lng}>{document.attribution[lng]}</span>
        </p>
        <div className="reader-toolbar">
          <ReaderControls
            labels={{ group: t("controls.label"), hints: t("controls.hints"), english: t("controls.english") }}
          />
          <button type="button" className="switch" data-action="listen-text">
            {t("actions.listenText")}
          </button>
          <button type="button" className="switch" data-action="stop-listening">
            {t("actions.stop")}
          </button>
          <button type="button" className="switch" data-action="help" aria-haspopup="dialog">
            {t("shortcuts.open")}
          </button>
        </div>
        <p className="vocab-counts" aria-label={v("counts.label")} hidden />
        <p className="reader-status" role="status" aria-live="polite" />
      </header>
      <div className="column-heads" aria-hidden="true">
        <span lang={lng}>{t("columns.is")}</span>
        <span lang={lng} className="column-head-en">
          {t("columns.en")}
        </span>
      </div>
      {document.paragraphs.map((paragraph) => (
        <section key={paragraph.id} className="paragraph" data-paragraph={paragraph.id}>
          {paragraph.sentences.map((sentence) => (
            <SentencePair key={sentence.id} sentence={sentence} labels={labels} />
          ))}
        </section>
      ))}
      <ShortcutsDialog lng={lng} />
      <GlossLayer />
      <VocabLayer
        strings={{
          save: v("gloss.save"),
          saved: v("gloss.saved"),
          known: v("counts.known"),
          learning: v("counts.learning"),
          new: v("counts.new"),
          unknownInSentence: v("counts.unknownInSentence"),
          notPersistent: v("notPersistent"),
          errors: v("errors", { returnObjects: true }),
        }}
      />
      <ReaderActions
        strings={{
          show: t("actions.show"),
          hide: t("actions.hide"),
          noVoice: t("speech.noVoice"),
          unsupported: t("speech.unsupported"),
        }}
      />
    </article>
  );
}
