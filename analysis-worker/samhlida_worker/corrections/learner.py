"""Rules of the eighth pass (2026-12-07): errors a learner met in imported texts. Each moves a
word to another of its BÍN readings where the neighbours show which one the sentence means."""

import os
from functools import lru_cache

import reynir

from ..lexicon import bin_entries, marginal_lemmas, only_rare_lemmas, rare_lemmas
from .common import BREAKS, find, is_finite, options, switch

# A comparative after mun/muni is modified by it: "mun fleiri, mun betur" ("by far more",
# the dative of munur "difference", as miklu in "miklu betri"). The auxiliary munu needs an
# infinitive, which can follow an adverb ("mun síðar koma"): then it is left alone.
MUN_FORMS = {"mun", "muni"}


def _comparative(w: dict | None) -> bool:
    return w is not None and w["upos"] in ("ADJ", "ADV") and w["feats"].get("Degree") == "Cmp"


def mun_before_a_comparative(words: list[dict]) -> None:
    """mun or muni right before a comparative is the dative of munur: "mun fleiri komu",
    "gekk mun betur", "muni betri". Not before an adverb followed by an infinitive ("mun
    síðar koma í ljós": the auxiliary munu)."""
    for i, w in enumerate(words[:-1]):
        if w["form"].lower() not in MUN_FORMS or w.get("kind") != "word":
            continue
        nxt = words[i + 1]
        if not _comparative(nxt):
            continue
        after = words[i + 2] if i + 2 < len(words) else None
        if after is not None and after["upos"] in ("VERB", "AUX") and after["feats"].get("VerbForm") == "Inf":
            continue
        if w["lemma"] == "munur" and w["feats"].get("Case") == "Dat":
            continue
        new = find(w, lemma="munur", upos="NOUN", feats={"Case": "Dat", "Number": "Sing"})
        if new is not None:
            switch(w, new)



NOMINALS = ("NOUN", "PROPN", "PRON", "DET", "ADJ", "NUM")


def _agrees(a: dict, b: dict) -> bool:
    return all(a["feats"].get(k) == b["feats"].get(k) for k in ("Case", "Number", "Gender"))


def preposition_not_adjective(words: list[dict]) -> None:
    """A word read as an adjective whose form is also a common preposition, with no noun after
    it to agree with, is the preposition: "bílar frá Toyota", "langt frá því", "koma
    ríkisstjórninni frá", not frár "swift" (a word of poetry that BÍN still rates core)."""
    for i, w in enumerate(words):
        if w["upos"] != "ADJ" or w.get("kind") != "word" or w["feats"].get("Degree", "Pos") != "Pos":
            continue  # næst, nær: superlative and comparative of nær, adjectives and adverbs
        rare = rare_lemmas(w["form"])
        prep = next((r for r in options(w) if r["upos"] == "ADP" and (r["lemma"], "fs") not in rare), None)
        if prep is None:
            continue
        nxt = words[i + 1] if i + 1 < len(words) else None
        if nxt is not None and nxt["upos"] in ("NOUN", "ADJ") and nxt["form"].islower() and _agrees(nxt, w):
            continue  # a name after it is the preposition's object ("frá Toyota")
        switch(w, prep)


# Verbs whose complement is a predicate: vera, verða, and fara of a gradual change ("veður fer
# kólnandi"); the middle finnast, virðast, sýnast, þykja of a state seen ("fannst lifandi").
PREDICATE_VERBS = {("vera", None), ("verða", None), ("fara", None), ("finna", "Mid"), ("virða", "Mid"), ("sýna", "Mid"),
                   ("þykja", None)}


def _predicate_verb(w: dict) -> bool:
    return w["upos"] in ("VERB", "AUX") and ((w["lemma"], None) in PREDICATE_VERBS
                                           or (w["lemma"], w["feats"].get("Voice")) in PREDICATE_VERBS)


def _subject_of(words: list[dict], v: int) -> dict | None:
    """The nominative noun or pronoun of the verb at v's clause: before it, or right after it."""
    for j in range(v - 1, -1, -1):
        x = words[j]
        if x["kind"] == "punctuation" or x["upos"] in ("SCONJ", "CCONJ"):
            break
        if x["upos"] in ("NOUN", "PROPN", "PRON") and x["feats"].get("Case") == "Nom":
            return x
    nxt = words[v + 1] if v + 1 < len(words) else None
    if nxt is not None and nxt["upos"] in ("NOUN", "PROPN", "PRON") and nxt["feats"].get("Case") == "Nom":
        return nxt
    return None


def predicative_present_participle(words: list[dict]) -> None:
    """A present participle (or a noun of its form) after a verb of being or becoming is the
    adjective BÍN lists for it, nominative, agreeing with the subject: "hann var lifandi",
    "fannst lifandi", "veður fer kólnandi", "var kælandi". Not a form BÍN has as an adverb
    (vonandi)."""
    for i, w in enumerate(words):
        if w.get("kind") != "word" or not w["form"].lower().endswith("andi") or i == 0:
            continue
        participle = w["upos"] == "VERB" and w["feats"].get("VerbForm") == "Part" and w["feats"].get("Tense") != "Past"
        if not participle and w["upos"] != "NOUN":
            continue
        j = i - 1
        while j > 0 and words[j]["upos"] == "ADV":
            j -= 1
        if not _predicate_verb(words[j]) or any(r["upos"] == "ADV" for r in options(w)):
            continue
        subject = _subject_of(words, j)
        want = {"Case": "Nom"}
        if subject is not None:
            want.update({k: subject["feats"][k] for k in ("Number", "Gender") if k in subject["feats"]})
        fits = [r for r in options(w) if r["upos"] == "ADJ" and all(r["feats"].get(k) == v for k, v in want.items())]
        if fits:
            switch(w, fits[0])



# BÍN's domains for names of people: given names, patronymics, metronymics, family names.
PERSON_DOMAINS = {"ism", "föð", "móð", "ætt"}
PERSONAL_GENDER = {"hann": "Masc", "hún": "Fem"}


def _name_readings(w: dict) -> list[dict]:
    """The word's readings as a person's name in BÍN, in the case the parse gave it."""
    names = {(lemma, ordfl) for lemma, ordfl, domain, _m in bin_entries(w["form"]) if domain in PERSON_DOMAINS}
    if not names:
        return []
    lemmas = {lemma for lemma, _o in names}
    case = w["feats"].get("Case")
    found = [r for r in options(w) + [w] if r["upos"] == "PROPN" and r["lemma"] in lemmas
             and (case is None or r["feats"].get("Case") == case) and r["feats"].get("Number", "Sing") == "Sing"]
    # BÍN's core entry first: the woman's name Auður (K) before the man's (V, its website only)
    marginal = marginal_lemmas(w["form"])
    return sorted(found, key=lambda r: (r["lemma"], GENDER_CLASS.get(r["feats"].get("Gender"))) in marginal)


GENDER_CLASS = {"Masc": "kk", "Fem": "kvk", "Neut": "hk"}


def _gender_cue(words: list[dict], i: int) -> str | None:
    """The gender the sentence gives the person named at i: a predicative adjective or
    participle agreeing with it in its clause ("Auður var þreytt"), else the first personal
    pronoun hann/hún in the nominative after it ("sagði Auður að hún …")."""
    for j in range(i + 1, len(words)):
        x = words[j]
        if x["kind"] == "punctuation" or x["upos"] in ("SCONJ", "CCONJ"):
            break
        if (x["upos"] == "ADJ" or x["feats"].get("VerbForm") == "Part") and x["feats"].get("Case") == "Nom" \
                and x["feats"].get("Number") == "Sing" and "Gender" in x["feats"] and j > 0 and _predicate_verb(words[j - 1]):
            return x["feats"]["Gender"]
    for x in words[i + 1:]:
        if x["upos"] == "PRON" and x["lemma"] in PERSONAL_GENDER and x["feats"].get("Case") == "Nom" and x["feats"].get("Number", "Sing") == "Sing":
            return PERSONAL_GENDER[x["lemma"]]  # a subject; an object (bar hann heim) is often a thing
    return None


def name_not_common_noun(words: list[dict]) -> None:
    """A capitalised word at the start of a sentence read as a common noun (auður "wealth")
    whose form BÍN lists as a person's name is that name, when it stands without an article
    before a finite verb or og and the name's gender (shown by the sentence, else BÍN's core
    entry) is not the noun's ("Auður vaknaði snemma": the feminine name, not the masculine
    noun), or before a comma and an imperative, the one spoken to ("Björn, komdu hingað!").
    Where name and noun have one gender ("Sól skein", "Björn kom heim") the sentence cannot
    tell them apart; `names_in_text` decides from the rest of the text."""
    first = next((k for k, w in enumerate(words) if w["kind"] != "punctuation"), None)
    if first is None:
        return
    w = words[first]
    if w["upos"] != "NOUN" or not w["form"][:1].isupper() or w["form"].isupper() or w["feats"].get("Definite") == "Def":
        return
    nxt = words[first + 1] if first + 1 < len(words) else None
    then = words[first + 2] if first + 2 < len(words) else None
    vocative = nxt is not None and nxt["form"] == "," and then is not None and then["feats"].get("Mood") == "Imp"
    if nxt is None or not (is_finite(nxt) or nxt["form"] == "og" or vocative):
        return
    names = _name_readings(w)
    if not names:
        return
    cue = _gender_cue(words, first)
    new = next((r for r in names if r["feats"].get("Gender") == cue), names[0])
    if not vocative and new["feats"].get("Gender") == w["feats"].get("Gender"):
        return  # "Sól skein", "Dagur er liðinn": name and noun alike here; the text may tell (names_in_text)
    switch(w, _as_name(new))


def _as_name(r: dict) -> dict:
    """A name's reading as the parse gives names: no Definite (analyze._token drops it)."""
    return {**r, "feats": {k: v for k, v in r["feats"].items() if k != "Definite"}}


def names_in_text(sentences: list[list[dict]]) -> None:
    """Across a text: a sentence's first word read as a common noun without its article whose
    form BÍN lists as a person's name is that name when the text names that person elsewhere,
    inside a sentence where the capital shows the name ("Björn kom heim. … sagði Björn")."""
    named = {w["lemma"] for s in sentences for k, w in enumerate(x for x in s if x["kind"] != "punctuation")
             if k > 0 and w["upos"] == "PROPN" and _name_readings(w)}
    for s in sentences:
        w = next((x for x in s if x["kind"] != "punctuation"), None)
        if w is None or w["upos"] != "NOUN" or not w["form"][:1].isupper() or w["feats"].get("Definite") == "Def":
            continue
        names = [r for r in _name_readings(w) if r["lemma"] in named]
        if names:
            switch(w, _as_name(next((r for r in names if r["feats"].get("Gender") == w["feats"].get("Gender")), names[0])))


def name_gender_in_context(words: list[dict]) -> None:
    """A name BÍN lists in both genders (Auður, Blær) takes the gender the sentence shows, by a
    predicative word or a pronoun after it; with nothing to show it, the gender of BÍN's core
    entry where only one is core (Auður: the woman's name; the man's BÍN shows only on its
    website). The parse takes BÍN's first entry, the masculine."""
    for i, w in enumerate(words):
        if w["upos"] != "PROPN" or "Gender" not in w["feats"]:
            continue
        names = _name_readings(w)
        if len({r["feats"].get("Gender") for r in names}) < 2:
            continue
        cue = _gender_cue(words, i) or names[0]["feats"].get("Gender")
        if cue == w["feats"]["Gender"]:
            continue
        new = next((r for r in names if r["feats"].get("Gender") == cue), None)
        if new is not None:
            switch(w, {**new, "feats": {k: v for k, v in {**w["feats"], **new["feats"]}.items() if k != "Definite"}})



# The personal pronouns (a closed class), by BÍN lemma: ég files við, þú þið.
PERSONAL_PRONOUNS = {"ég", "þú", "hann", "hún", "það"}


def _person_number(w: dict) -> tuple:
    return (w["feats"].get("Person", "3"), w["feats"].get("Number"))


def pronoun_not_noun(words: list[dict]) -> None:
    """A form of a personal pronoun read as a noun (hún as húnn "cub, knob") right before a
    finite verb that agrees with the pronoun's nominative is that subject pronoun: "og að hún
    standist ekki", "hann fór"."""
    for i, w in enumerate(words[:-1]):
        if w["upos"] != "NOUN" or w.get("kind") != "word":
            continue
        nxt = words[i + 1]
        if not is_finite(nxt):
            continue
        pron = next((r for r in options(w) if r["upos"] == "PRON" and r["lemma"] in PERSONAL_PRONOUNS and r["feats"].get("Case") == "Nom"
                     and _person_number(r) == _person_number(nxt)), None)
        if pron is not None:
            switch(w, pron)


def common_verb_not_rare_word(words: list[dict]) -> None:
    """A word read as a lemma BÍN rates rare or old-fashioned in every entry of the form (sár
    "cask", reist "instep", vissa "make sure") is the common verb of that form where the
    sentence shows the verb: a finite verb agreeing with a nominative personal pronoun right
    after or before it ("þegar hún kom nær sá hún": sjá), a finite verb of the same person and
    number in the indicative ("vissi strax": vita), a past participle in the case, number and
    gender the parse gave the word ("verður hljóðmön reist": reisa), or an infinitive joined
    by og/eða to an infinitive before it ("að taka þátt og njóta dagsins": njóta, not
    njótur)."""
    for i, w in enumerate(words):
        if w.get("kind") != "word" or (w["lemma"], _ordfl(w)) not in only_rare_lemmas(w["form"]):
            continue
        rare = rare_lemmas(w["form"])
        verbs = [r for r in options(w) if r["upos"] in ("VERB", "AUX") and (r["lemma"], "so") not in rare]
        if not verbs:
            continue
        near = [x for x in (words[i - 1] if i else None, words[i + 1] if i + 1 < len(words) else None)
                if x is not None and x["upos"] == "PRON" and x["lemma"] in PERSONAL_PRONOUNS and x["feats"].get("Case") == "Nom"]
        new = None
        for pron in near:
            new = next((r for r in verbs if r["feats"].get("Mood") == "Ind" and _person_number(r) == _person_number(pron)), None)
            if new:
                break
        if new is None and w["upos"] in ("VERB", "AUX") and "Mood" in w["feats"]:
            new = next((r for r in verbs if r["feats"].get("Mood") == "Ind" and _person_number(r) == _person_number(w)), None)
        if new is None and "Case" in w["feats"]:
            new = next((r for r in verbs if r["feats"].get("VerbForm") == "Part" and _agrees(r, w)), None)
        if new is None and i > 1 and words[i - 1]["form"].lower() in ("og", "eða") \
                and any(x["upos"] in ("VERB", "AUX") and x["feats"].get("VerbForm") == "Inf" for x in words[:i - 1]):
            new = next((r for r in verbs if r["feats"].get("VerbForm") == "Inf"), None)
        if new is not None:
            switch(w, new)


ORDFL = {"NOUN": None, "ADJ": "lo", "VERB": "so", "AUX": "so", "ADV": "ao", "ADP": "fs", "NUM": "to"}


def _ordfl(w: dict) -> str | None:
    """BÍN's word class of the reading (a noun's is its gender)."""
    if w["upos"] in ("NOUN", "PROPN"):
        return {"Masc": "kk", "Fem": "kvk", "Neut": "hk"}.get(w["feats"].get("Gender"))
    return ORDFL.get(w["upos"])


# Modal auxiliaries that take a bare infinitive, which can stand before them in a question or
# a relative clause ("hvað gera skyldi", "sem gera má"). A closed class.
MODALS = {"skulu", "munu", "mega", "vilja", "geta", "kunna", "eiga", "þurfa"}


def infinitive_before_a_modal(words: list[dict]) -> None:
    """A word read as an adjective or noun right before a finite modal (skyldi, má, mun) with
    no infinitive of its own after it, whose form is a common verb's infinitive, is that
    infinitive: "vissi hvað gera skyldi" (gera, not ger "complete")."""
    for i, w in enumerate(words[:-1]):
        if w["upos"] not in ("ADJ", "NOUN") or w.get("kind") != "word":
            continue
        if w["upos"] == "NOUN" and w["feats"].get("Case") == "Nom":
            continue  # a nominative noun before a finite verb is its subject ("kæra á hendur …")
        modal = words[i + 1]
        if modal["upos"] not in ("AUX", "VERB") or modal["lemma"] not in MODALS or "Mood" not in modal["feats"]:
            continue
        after = words[i + 2] if i + 2 < len(words) else None
        if after is not None and after["upos"] in ("VERB", "AUX") and after["feats"].get("VerbForm") in ("Inf", "Sup"):
            continue
        rare = rare_lemmas(w["form"])
        new = next((r for r in options(w) if r["upos"] == "VERB" and r["feats"].get("VerbForm") == "Inf" and (r["lemma"], "so") not in rare), None)
        if new is not None:
            switch(w, new)



@lru_cache(maxsize=1)
def _bare_infinitive_verbs() -> frozenset:
    """Verbs Greynir's Verbs.conf gives a frame with a bare infinitive (nhx: láta, heyra,
    kveða, and the modals), leaving out the frames it marks as errors ($error: fara, ætla)."""
    path = os.path.join(os.path.dirname(reynir.__file__), "config", "Verbs.conf")
    out = set()
    with open(path, encoding="utf8") as f:
        for line in f:
            line = line.split("#", 1)[0]
            if "nhx" in line.split() or "|nhx" in line:
                if "$error" not in line:
                    out.add(line.split()[0])
    return frozenset(out)


def infinitive_after_lata(words: list[dict]) -> None:
    """After a verb that takes a bare infinitive (Verbs.conf's nhx frames: láta, heyra), and
    its accusative object if it has one, a word read as an adverb whose form is a common
    verb's infinitive is that infinitive: "láta þig vita" (vita "know", not the adverb)."""
    verbs = _bare_infinitive_verbs()
    for i, w in enumerate(words):
        if w["upos"] != "ADV" or w.get("kind") != "word" or i == 0:
            continue
        j = i - 1
        if words[j]["upos"] in ("PRON", "NOUN", "PROPN") and words[j]["feats"].get("Case") == "Acc":
            j -= 1
        if j < 0 or words[j]["upos"] not in ("VERB", "AUX") or words[j]["lemma"] not in verbs:
            continue
        rare = rare_lemmas(w["form"])
        new = next((r for r in options(w) if r["upos"] == "VERB" and r["feats"].get("VerbForm") == "Inf" and (r["lemma"], "so") not in rare), None)
        if new is not None:
            switch(w, new)


# Verbs after which a neuter adjective is a predicate of the subject or the object ("er gott",
# "þykir gott", "gerði það gott"), not a manner adverb.
PREDICATE_OR_OBJECT_VERBS = {"vera", "verða", "þykja", "finna", "virða", "sýna", "gera", "telja", "hafa", "fá", "halda", "reynast", "haldast",
                             "eiga"}
# Quantifiers and ordinals, whose neuter (mikið, lítið, fyrst) both treebanks read as the
# adjective after a verb ("lesum mikið", "greindi fyrst frá"): left alone.
QUANTITY_ADJECTIVES = {"mikill", "lítill", "margur", "fár", "fyrstur", "síðastur", "annar"}


def manner_adverb_not_adjective(words: list[dict]) -> None:
    """A neuter singular adjective right after a verb that takes no predicate, with no noun
    after it to agree with, is the adverb of that form where BÍN has a common one: "veður
    getur breyst hratt", "hún hleypur hratt" (the adverb hratt, not the neuter of hraður)."""
    for i, w in enumerate(words[1:], 1):
        f = w["feats"]
        if w["upos"] != "ADJ" or w.get("kind") != "word" or f.get("Gender") != "Neut" or f.get("Number") != "Sing" \
                or f.get("Case") not in ("Nom", "Acc") or f.get("Degree", "Pos") != "Pos":
            continue
        verb = words[i - 1]
        if w["lemma"] in QUANTITY_ADJECTIVES:
            continue
        if verb["upos"] != "VERB" or verb["lemma"] in PREDICATE_OR_OBJECT_VERBS or verb["feats"].get("VerbForm") == "Part":
            continue
        nxt = words[i + 1] if i + 1 < len(words) else None
        if nxt is not None and nxt["upos"] in ("NOUN", "ADJ", "PRON", "DET", "NUM"):
            continue
        rare = rare_lemmas(w["form"])
        new = next((r for r in options(w) if r["upos"] == "ADV" and r["lemma"] == w["form"].lower() and (r["lemma"], "ao") not in rare), None)
        if new is not None:
            switch(w, new)


# Times that "í" + the accusative singular names as the present one ("í dag" today, "í ár" this
# year, "í sumar" this summer): the days, parts of the day and seasons, and the year. A closed
# class of the calendar.
TIME_NOUNS = {"dagur", "kvöld", "nótt", "morgunn", "ár", "vetur", "sumar", "vor", "haust"}


def time_after_i(words: list[dict]) -> None:
    """After í, a form that is the accusative singular of a time noun, ending its phrase, is
    that noun: "í ár" (this year: ár neuter, not ár "oar" in the dative), "í sumar" (not a
    form of the pronoun sumur)."""
    for i, w in enumerate(words[1:], 1):
        if words[i - 1]["form"].lower() != "í" or w.get("kind") != "word" or w["form"][:1].isupper() and i > 1:
            continue
        if w["lemma"] in TIME_NOUNS and w["feats"].get("Case") == "Acc":
            continue
        nxt = words[i + 1] if i + 1 < len(words) else None
        if nxt is not None and nxt["upos"] in ("NOUN", "ADJ", "DET", "NUM"):
            continue
        new = next((r for r in options(w) if r["upos"] == "NOUN" and r["lemma"] in TIME_NOUNS and r["feats"].get("Case") == "Acc"
                    and r["feats"].get("Number") == "Sing" and r["feats"].get("Definite") == "Ind"), None)
        if new is not None:
            switch(w, new)


def noun_not_jussive(words: list[dict]) -> None:
    """A present subjunctive opening a clause with no subject after it ("…, hiti 10–15 stig")
    would be a wish or command (guð blessi), rare in prose and never with a number after it; a
    form that is also a noun in the nominative is that noun, as in the verbless lines of a
    forecast: "hiti 5 til 12 stig" (hiti "temperature", not hita "heat")."""
    for i, w in enumerate(words):
        f = w["feats"]
        if w["upos"] != "VERB" or f.get("Mood") != "Sub" or f.get("Tense") != "Pres" or w.get("kind") != "word":
            continue
        if i > 0 and words[i - 1]["kind"] != "punctuation":
            continue
        nxt = words[i + 1] if i + 1 < len(words) else None
        if nxt is None or nxt["upos"] != "NUM":
            continue
        noun = next((r for r in options(w) if r["upos"] == "NOUN" and r["feats"].get("Case") == "Nom"
                     and (r["lemma"], _ordfl(r)) not in rare_lemmas(w["form"])), None)
        if noun is not None:
            switch(w, noun)


def _prepositions_pp() -> dict:
    from reynir.settings import Prepositions
    return Prepositions.PP


GREYNIR_CASE = {"þf": "Acc", "þgf": "Dat", "ef": "Gen"}


def genitive_after_a_preposition_read_as_adverb(words: list[dict]) -> None:
    """A preposition that never governs the genitive (um, við, í, á …), read as an adverb and
    followed by a noun phrase in the genitive that ends there (no noun after it for the
    genitive to belong to), is a preposition with its object: the phrase in the case it
    governs, where BÍN has the noun and each word before it in that case, one number and one
    gender ("umferð um gömlu brúna": brú accusative, not brún "brow" genitive plural)."""
    for i, p in enumerate(words[:-1]):
        if p["upos"] != "ADV" or p.get("kind") != "word":
            continue
        cases = _prepositions_pp().get(p["form"].lower())
        if not cases or "ef" in cases:
            continue
        j = i + 1
        while j < len(words) and words[j]["upos"] in ("ADJ", "DET", "PRON") and words[j]["feats"].get("Case") == "Gen":
            j += 1
        if j >= len(words) or words[j]["upos"] != "NOUN" or words[j]["feats"].get("Case") != "Gen":
            continue
        after = words[j + 1] if j + 1 < len(words) else None
        if after is not None and after["upos"] in ("NOUN", "PROPN", "ADJ", "NUM"):
            continue
        noun, mods = words[j], words[i + 1:j]
        choice = None
        for case in (GREYNIR_CASE[c] for c in ("þf", "þgf") if c in cases):
            for r in options(noun):
                if r["upos"] != "NOUN" or r["feats"].get("Case") != case or (r["lemma"], _ordfl(r)) in rare_lemmas(noun["form"]):
                    continue
                want = {k: r["feats"][k] for k in ("Number", "Gender") if k in r["feats"]}
                news = [find(m, lemma=m["lemma"], upos=m["upos"], feats={"Case": case, **want}) for m in mods]
                if all(n is not None for n in news):
                    choice = (r, news)
                    break
            if choice:
                break
        if choice is None:
            continue
        r, news = choice
        for m, new in zip(mods, news):
            switch(m, new)
        switch(noun, r)
        prep = next((o for o in options(p) if o["upos"] == "ADP"), None)
        if prep is not None:
            switch(p, prep)

def noun_alone_not_verb(words: list[dict]) -> None:
    """A word standing alone between breaks (a heading: "Veður:", "Verð:") cannot be a finite
    verb without its subject: read as one in the 3rd person indicative by the fallback (vaða),
    it is the noun of that form in the nominative."""
    for i, w in enumerate(words):
        if w.get("kind") != "word" or w["upos"] not in ("VERB", "AUX") or w["feats"].get("Mood") != "Ind":
            continue
        before = words[i - 1] if i else None
        after = words[i + 1] if i + 1 < len(words) else None
        if before is not None and before["kind"] != "punctuation" or after is not None and after["kind"] != "punctuation":
            continue
        noun = next((r for r in options(w) if r["upos"] == "NOUN" and r["feats"].get("Case") == "Nom"
                     and (r["lemma"], _ordfl(r)) not in rare_lemmas(w["form"])), None)
        if noun is not None:
            switch(w, noun)


PASS8_RULES = [mun_before_a_comparative, preposition_not_adjective, predicative_present_participle, name_not_common_noun, name_gender_in_context,
               pronoun_not_noun, common_verb_not_rare_word, infinitive_before_a_modal, noun_alone_not_verb, infinitive_after_lata,
               manner_adverb_not_adjective, time_after_i, noun_not_jussive, genitive_after_a_preposition_read_as_adverb]


def name_genders_in_text(sentences: list[list[dict]], reach: int = 3) -> None:
    """Across a text: a name BÍN lists in both genders that its own sentence gives no gender
    (the parse takes the masculine, BÍN's first) takes the gender of the first hann or hún in
    the nominative after it, within the next few sentences and before any other person is
    named ("Auður vaknaði snemma. … Hún klæddi sig"); every mention of the name in the text
    that its sentence leaves open gets the gender so found."""
    flat = [(k, w) for k, s in enumerate(sentences) for w in s if w["kind"] != "punctuation"]
    found: dict[str, str] = {}
    open_mentions: list[dict] = []
    for n, (k, w) in enumerate(flat):
        if w["upos"] != "PROPN" or "Gender" not in w["feats"]:
            continue
        names = _name_readings(w)
        if len({r["feats"].get("Gender") for r in names}) < 2:
            continue
        words = [x for x in sentences[k] if x["kind"] != "punctuation" or x["form"] in BREAKS]
        if _gender_cue(words, words.index(w)) is not None:
            found.setdefault(w["lemma"], w["feats"]["Gender"])
            continue
        open_mentions.append(w)
        if w["lemma"] in found:
            continue
        for k2, x in flat[n + 1:]:
            if k2 > k + reach or x["upos"] == "PROPN" and x["lemma"] != w["lemma"] and _name_readings(x):
                break
            if x["upos"] == "PRON" and x["lemma"] in PERSONAL_GENDER and x["feats"].get("Case") == "Nom" and x["feats"].get("Number") == "Sing":
                found[w["lemma"]] = PERSONAL_GENDER[x["lemma"]]
                break
    for w in open_mentions:
        gender = found.get(w["lemma"])
        if gender is None or gender == w["feats"]["Gender"]:
            continue
        new = next((r for r in _name_readings(w) if r["feats"].get("Gender") == gender), None)
        if new is not None:
            switch(w, {**new, "feats": {k: v for k, v in {**w["feats"], **new["feats"]}.items() if k != "Definite"}})
