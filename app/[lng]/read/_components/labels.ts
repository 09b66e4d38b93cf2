import "server-only";
import type { MeaningSource } from "@/lib/dictionary/types";
import type { GrammarLabels } from "@/lib/glossary/grammar";
import type { NameLabels } from "@/lib/glossary/name-label";
import type { Gender, WordClass } from "@/lib/glossary/types";
import { resources } from "@/lib/i18n/resources";
import { getT } from "@/lib/i18n/server";
import type { Locale } from "@/lib/i18n/settings";
import type { ReadingMode } from "@/lib/reader/preferences";
import { readerShortcuts } from "@/lib/reader/shortcuts";
import type { Status } from "@/lib/vocab/model";

/** Every string the reader shows, translated on the server and handed to the components as plain data. */
export interface ReaderLabels {
  lng: Locale;
  attribution: string;
  columns: { is: string; en: string };
  controls: { group: string; hints: string; hintsShort: string; english: string; englishShort: string; listen: string; more: string; mode: string; modes: Record<ReadingMode, string> };
  actions: { show: string; hide: string; listenSentence: string; listenText: string; stop: string; help: string };
  speech: { noVoice: string; unsupported: string };
  shortcuts: { title: string; close: string; rows: { action: string; keys: string[]; label: string }[] };
  sheet: { previous: string; next: string; close: string };
  gloss: {
    here: string;
    parts: string;
    phrase: string;
    automatic: string;
    grammarUnavailable: string;
    also: string;
    lookUp: string;
    opensInNewTab: string;
    unavailable: string;
    source: { bin: string; curated: string };
    meaningSource: Record<MeaningSource, string>;
    pos: Record<WordClass, string>;
    gender: Record<Gender, string>;
    /** What kind of name a proper noun is, said where it has no meaning of its own. */
    names: NameLabels;
    asWord: string;
    grammar: GrammarLabels;
  };
  vocab: {
    /** The kind of a name as a saved word keeps it, for a name with no meaning: in English, the language of every saved meaning. */
    nameMeanings: NameLabels;
    save: string;
    saved: string;
    unsave: string;
    unsaved: string;
    restored: string;
    undo: string;
    addContext: string;
    contextAdded: string;
    contextAlreadyThere: string;
    contextSaved: string;
    contextsFull: string;
    tooLong: string;
    statusGroup: string;
    shortcut: string;
    status: Record<Status, string>;
    counts: { label: string; known: string; learning: string; new: string; unknownInSentence: string };
    notPersistent: string;
    errors: Record<string, string>;
  };
}

export function readerLabels(lng: Locale): ReaderLabels {
  const t = getT(lng, "reader");
  const v = getT(lng, "vocab");
  const c = getT(lng, "common");
  return {
    lng,
    attribution: t("attribution"),
    columns: { is: t("columns.is"), en: t("columns.en") },
    controls: {
      group: t("controls.label"),
      hints: t("controls.hints"),
      hintsShort: t("controls.hintsShort"),
      english: t("controls.english"),
      englishShort: t("controls.englishShort"),
      listen: t("controls.listen"),
      more: t("controls.more"),
      mode: c("settings.mode"),
      modes: c("settings.modes", { returnObjects: true }),
    },
    sheet: { previous: t("sheet.previous"), next: t("sheet.next"), close: t("sheet.close") },
    actions: {
      show: t("actions.show"),
      hide: t("actions.hide"),
      listenSentence: t("actions.listenSentence"),
      listenText: t("actions.listenText"),
      stop: t("actions.stop"),
      help: t("shortcuts.open"),
    },
    speech: { noVoice: t("speech.noVoice"), unsupported: t("speech.unsupported") },
    shortcuts: {
      title: t("shortcuts.title"),
      close: t("shortcuts.close"),
      rows: readerShortcuts.map((shortcut) => ({
        action: shortcut.action,
        keys: shortcut.keys.map((key) => t(`shortcuts.keys.${key}`, { defaultValue: key.length === 1 ? key.toUpperCase() : key })),
        label: t(`shortcuts.actions.${shortcut.action}`),
      })),
    },
    gloss: {
      here: t("gloss.here"),
      parts: t("gloss.parts"),
      phrase: t("gloss.phrase"),
      automatic: t("gloss.automatic"),
      grammarUnavailable: t("gloss.grammarUnavailable"),
      also: t("gloss.also"),
      lookUp: t("gloss.lookUp"),
      opensInNewTab: t("gloss.opensInNewTab"),
      unavailable: t("gloss.unavailable"),
      source: { bin: t("gloss.source.bin"), curated: t("gloss.source.curated") },
      meaningSource: t("gloss.meaningSource", { returnObjects: true }),
      pos: t("pos", { returnObjects: true }),
      gender: t("gender", { returnObjects: true }),
      names: t("gloss.names", { returnObjects: true }),
      asWord: t("gloss.asWord"),
      grammar: resources[lng].grammar,
    },
    vocab: {
      nameMeanings: resources.en.reader.gloss.names as NameLabels,
      save: v("gloss.save"),
      saved: v("gloss.saved"),
      unsave: v("gloss.unsave"),
      unsaved: v("gloss.unsaved"),
      restored: v("gloss.restored"),
      undo: v("gloss.undo"),
      addContext: v("gloss.addContext"),
      contextAdded: v("gloss.contextAdded"),
      contextAlreadyThere: v("gloss.contextAlreadyThere"),
      contextSaved: v("gloss.contextSaved"),
      contextsFull: v("gloss.contextsFull"),
      tooLong: v("gloss.tooLong"),
      statusGroup: v("gloss.statusGroup"),
      shortcut: v("gloss.shortcut"),
      status: v("status", { returnObjects: true }),
      counts: {
        label: v("counts.label"),
        known: v("counts.known"),
        learning: v("counts.learning"),
        new: v("counts.new"),
        unknownInSentence: v("counts.unknownInSentence"),
      },
      notPersistent: v("notPersistent"),
      errors: v("errors", { returnObjects: true }),
    },
  };
}
