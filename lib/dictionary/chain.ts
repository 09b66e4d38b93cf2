import type { AnalysisCompoundPart, Upos } from "../analysis/types";
import { lemmaKey, type LexiconIndex } from "../glossary/lexicon";
import type { PartOfSpeech } from "../glossary/schema";
import type { Translator } from "../translate/types";
import { cleanText } from "./clean";
import { classFilter, entriesOf, type DictionaryIndex } from "./dictionary-index";
import type { MiddleVoiceIndex } from "./middle-voice";
import type { Meaning, MeaningSource } from "./types";
import { wordClassOfGlossaryPos, wordClassOfUpos, type WordClass } from "./word-class";

export interface MeaningQuery {
  lemma: string;
  /** The word class, from the analysis (UPOS) or the glossary; either narrows the meanings. */
  upos?: Upos;
  pos?: PartOfSpeech;
  /** Compound parts from the analysis; used when no dictionary knows the whole word. */
  parts?: readonly AnalysisCompoundPart[];
  /** The form is in the middle voice (finnst, komst): its own meaning comes first where known. */
  middle?: boolean;
}

export interface MeaningSources {
  lexicon?: LexiconIndex;
  /** What verbs mean in the middle voice, by their BÍN headword (finna → finnast). */
  middleVoice?: MiddleVoiceIndex;
  wiktionary?: DictionaryIndex;
  apertium?: DictionaryIndex;
  /** Asked only when nothing else has a meaning, and never when its id is "none". */
  translator?: Translator;
  /** At most this many meanings from the dictionaries (default 4). */
  maxMeanings?: number;
  /**
   * How the two dictionaries' meanings are ordered. "agreement" (default): what both give, then
   * Apertium's default sense, then the rest, Wiktionary first. "source-order": all of Wiktionary,
   * then Apertium. See docs/decisions.md: the Wiktionary subset is sorted by English, so its first
   * meaning is alphabetical, not the usual one.
   */
  ranking?: "agreement" | "source-order";
}

export interface PartMeanings {
  part: AnalysisCompoundPart;
  meanings: Meaning[];
}

export interface MeaningChain {
  /** Curated → Wiktionary + Apertium → compound parts → machine translation; first tier with any. A proper noun: its own entries, its parts, nothing else. */
  meaningsFor(query: MeaningQuery): Promise<Meaning[]>;
  /** The same without machine translation: synchronous, for building pages. */
  knownMeaningsFor(query: MeaningQuery): Meaning[];
  /** Each compound part's own meanings (curated or dictionary). The head takes the word's class, the others prefer nouns. */
  partMeanings(parts: readonly AnalysisCompoundPart[], wordClass?: WordClass): PartMeanings[];
}

const MACHINE_MEMORY = 5000;

/**
 * A meaning's first sense, without its examples: what a compound's parts are joined from
 * ("útgerð: fishing company, boat operator; the running of …" → "fishing company, boat
 * operator"), so "A + B" stays a line a learner can read.
 */
export function firstSense(text: string): string {
  const cut = text.search(/;| \(/);
  return cut > 0 ? text.slice(0, cut).trim() : text;
}

const classOf = (query: MeaningQuery): WordClass | undefined =>
  (query.upos && wordClassOfUpos(query.upos)) ?? (query.pos && wordClassOfGlossaryPos(query.pos));

/** Keeps the first of meanings that read the same, ignoring case. */
function unique(meanings: readonly Meaning[]): Meaning[] {
  const seen = new Set<string>();
  return meanings.filter((meaning) => {
    const key = meaning.text.toLocaleLowerCase("en");
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Meanings both dictionaries give come first (labelled with Wiktionary, which lists them first),
 * then Apertium's first sense — its default translation — then the rest in source order.
 */
function byAgreement(meanings: readonly Meaning[]): Meaning[] {
  const fromApertium = new Set(meanings.filter((m) => m.source === "apertium").map((m) => m.text.toLocaleLowerCase("en")));
  const agreed = meanings.filter((m) => m.source === "wiktionary" && fromApertium.has(m.text.toLocaleLowerCase("en")));
  const apertiumDefault = meanings.find((m) => m.source === "apertium");
  return [...agreed, ...(apertiumDefault ? [apertiumDefault] : []), ...meanings];
}

export function createMeaningChain(sources: MeaningSources): MeaningChain {
  const max = sources.maxMeanings ?? 4;
  const machineCache = new Map<string, Promise<Meaning[]>>();

  function curated(lemma: string, wordClass: WordClass | undefined): Meaning[] {
    const entries = sources.lexicon?.words.get(lemmaKey(lemma)) ?? [];
    const tagged = entries.map((entry) => ({ entry, wordClass: wordClassOfGlossaryPos(entry.pos) }));
    const { entries: fitting, otherClass } = classFilter(tagged, wordClass);
    return fitting.flatMap(({ entry }) => entry.meanings.map((text): Meaning => ({ text, source: "curated", ...(otherClass && { otherClass }) })));
  }

  function fromDictionaries(lemma: string, wordClass: WordClass | undefined): Meaning[] {
    const tiers: [MeaningSource, DictionaryIndex | undefined][] = [
      ["wiktionary", sources.wiktionary],
      ["apertium", sources.apertium],
    ];
    // Class filtering spans both dictionaries, so one's verb sense is not lost to the other's noun.
    const found = tiers.flatMap(([source, index]) => (index ? entriesOf(index, lemma).map((entry) => ({ ...entry, source })) : []));
    const { entries: fitting, otherClass } = classFilter(found, wordClass);
    const meanings = fitting.map(({ meaning, source }): Meaning => ({ text: meaning, source, ...(otherClass && { otherClass }) }));
    const ranked = sources.ranking === "source-order" ? meanings : byAgreement(meanings);
    return unique(ranked).slice(0, max);
  }

  /**
   * A proper noun's own meanings: what a source gives as a name (its class, or its headword
   * spelled as the name is, capital and all: Apertium files *Alþingi* "Althing" as a noun), never
   * another word's (*valur* "falcon" is not what *Valur* means), and not a meaning that only
   * repeats the name (*Akureyri* "Akureyri"): the gloss says what kind of name it is instead.
   */
  function nameMeanings(lemma: string): Meaning[] {
    const spelled = lemma.normalize("NFC");
    const capitalised = spelled !== spelled.toLocaleLowerCase("is");
    const isName = (entryLemma: string, wordClass: WordClass | undefined) => wordClass === "proper-noun" || (capitalised && entryLemma.normalize("NFC") === spelled);
    const echo = (text: string) => text.toLocaleLowerCase("is") === spelled.toLocaleLowerCase("is");
    const editors = (sources.lexicon?.words.get(lemmaKey(lemma)) ?? [])
      .filter((entry) => isName(entry.lemma, wordClassOfGlossaryPos(entry.pos)))
      .flatMap((entry) => entry.meanings.map((text): Meaning => ({ text, source: "curated" })));
    if (editors.length > 0) return editors;
    const tiers: [MeaningSource, DictionaryIndex | undefined][] = [
      ["wiktionary", sources.wiktionary],
      ["apertium", sources.apertium],
    ];
    const found = tiers.flatMap(([source, index]) =>
      (index ? entriesOf(index, lemma) : []).filter((entry) => isName(entry.lemma, entry.wordClass) && !echo(entry.meaning)).map((entry): Meaning => ({ text: entry.meaning, source })),
    );
    const ranked = sources.ranking === "source-order" ? found : byAgreement(found);
    return unique(ranked).slice(0, max);
  }

  /**
   * Curated first, but the word's own class before any source's other class: an editor's entry
   * for the verb *vinna* "work, win" must not stand in for the noun *vinna* "work, job" that the
   * dictionaries know, nor the pronoun *sinn* for the noun *sinn* "time" (í fimmta sinn). A proper
   * noun takes no other class's meaning at all (nameMeanings).
   */
  function known(lemma: string, wordClass: WordClass | undefined): Meaning[] {
    if (wordClass === "proper-noun") return nameMeanings(lemma);
    const own = curated(lemma, wordClass);
    if (own.length > 0 && !own[0]!.otherClass) return own;
    const dictionaries = fromDictionaries(lemma, wordClass);
    if (dictionaries.length > 0 && !dictionaries[0]!.otherClass) return dictionaries;
    // A verb takes no other class's meaning: the noun spelled like it names something else
    // (læða "female cat" is not læðast "sneak", villa "mistake" not villast "get lost"). No
    // meaning, with the dictionary links, misleads less than a wrong one.
    if (wordClass === "verb") return [];
    return own.length > 0 ? own : dictionaries;
  }

  function partMeanings(parts: readonly AnalysisCompoundPart[], wordClass?: WordClass): PartMeanings[] {
    // The head carries the word's class; a first part is most often a noun (sprengju-, her-, loft-).
    // A name's last part is a word, not a name: Landsbanki's is banki "bank".
    const head = wordClass === "proper-noun" ? "noun" : wordClass;
    return parts.map((part, index) => ({ part, meanings: known(part.lemma, index === parts.length - 1 ? head : "noun") }));
  }

  function fromParts(parts: readonly AnalysisCompoundPart[] | undefined, wordClass: WordClass | undefined): Meaning[] {
    if (!parts || parts.length < 2) return [];
    const found = partMeanings(parts, wordClass);
    if (found.every((p) => p.meanings.length === 0)) return [];
    // A part nobody glosses (often a name: "Anbar") stands as written in its dictionary form.
    const sense = (p: PartMeanings) => (p.meanings[0] ? firstSense(p.meanings[0].text) : p.part.lemma);
    return [{ text: found.map(sense).join(" + "), source: "compound" }];
  }

  /** The middle voice's own meanings, named once ("finnast: think, feel"), for a verb form in it. */
  function middleVoice(query: MeaningQuery): Meaning[] {
    const entry = query.middle ? sources.middleVoice?.get(lemmaKey(query.lemma)) : undefined;
    return entry ? entry.meanings.map((text, index): Meaning => ({ text: index === 0 ? `${entry.middle}: ${text}` : text, source: "curated" })) : [];
  }

  function knownMeaningsFor(query: MeaningQuery): Meaning[] {
    const middle = middleVoice(query);
    if (middle.length > 0) return middle;
    const wordClass = classOf(query);
    const own = known(query.lemma, wordClass);
    // Parts given with a name are joined as any compound's are (Anbar-hérað "Anbar + district").
    // The reader's automatic gloss passes none for a name: it lists the parts beside the kind of
    // name instead (meanings-of.ts), so Landsbanki is "an organisation", not "country + bank".
    return own.length > 0 ? own : fromParts(query.parts, wordClass);
  }

  async function machine(lemma: string): Promise<Meaning[]> {
    const translator = sources.translator;
    if (!translator || translator.id === "none") return [];
    const key = lemma.normalize("NFC");
    const cached = machineCache.get(key);
    if (cached) return cached;
    const pending = translator
      .translate([key], { from: "is", to: "en" })
      .then(([result]): Meaning[] => {
        const text = result?.ok ? cleanText(result.text) : "";
        return text ? [{ text, source: "machine" }] : [];
      }, (): Meaning[] => [])
      .then((meanings) => {
        // A failure is not remembered: the next request may find the service back.
        if (meanings.length === 0) machineCache.delete(key);
        return meanings;
      });
    // Bounded: the disk cache behind the translator keeps everything; this only spares the disk.
    if (machineCache.size >= MACHINE_MEMORY) machineCache.delete(machineCache.keys().next().value ?? "");
    machineCache.set(key, pending);
    return pending;
  }

  return {
    knownMeaningsFor,
    partMeanings,
    async meaningsFor(query) {
      const own = knownMeaningsFor(query);
      // Nor is a name sent to machine translation, which answers Valur with "Falcon" or "Valur".
      return own.length > 0 || classOf(query) === "proper-noun" ? own : machine(query.lemma);
    },
  };
}
