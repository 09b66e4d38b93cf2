"""Rules of the eighth pass (2026-12-07) on small words a learner's text showed wrong: mun before a
comparative, frá, í + a time, a preposition read as an adverb before its object. The pass's
other rules are in predicatives.py, names.py and verb_forms.py; PASS8_RULES lists them all."""

from reynir.settings import Prepositions

from ..lexicon import rare_lemmas
from .common import find, is_finite, options, switch
from .lemmas import _ordfl
from .names import name_gender_in_context, name_not_common_noun
from .predicatives import _subject_of, manner_adverb_not_adjective, predicate_of_a_pronoun_object, predicative_present_participle
from .verb_forms import (common_verb_not_rare_word, infinitive_after_lata, infinitive_before_a_modal, noun_alone_not_verb, noun_not_jussive,
                         pronoun_not_noun)


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
        if not _comparative(nxt) and i > 0 and is_finite(words[i - 1]) and is_finite(w):
            # a second finite verb in a row cannot be: "Þetta var mun betra" is mun + the
            # comparative (betra of góður, not the infinitive of betra "improve")
            subject = _subject_of(words, i - 1)
            want = {k: subject["feats"][k] for k in ("Number", "Gender") if subject is not None and k in subject["feats"]}
            cmp = next((r for r in options(nxt) if r["upos"] in ("ADJ", "ADV") and r["feats"].get("Degree") == "Cmp"
                        and (r["upos"] == "ADV" or r["feats"].get("Case") == "Nom" and all(r["feats"].get(k) == v for k, v in want.items()))), None)
            if cmp is not None:
                switch(nxt, cmp)
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
        then = words[i + 2] if i + 2 < len(words) else None
        if nxt is not None and (nxt["upos"] in ("NOUN", "ADJ", "DET", "NUM")
                                or nxt["form"].lower() in ("og", "eða") and then is not None and then["upos"] in ("NOUN", "ADJ")):
            continue  # "í ár og vötn" (into rivers and lakes), "í ár og daga"; not "í ár og í Tókýó"
        new = next((r for r in options(w) if r["upos"] == "NOUN" and r["lemma"] in TIME_NOUNS and r["feats"].get("Case") == "Acc"
                    and r["feats"].get("Number") == "Sing" and r["feats"].get("Definite") == "Ind"), None)
        if new is not None:
            switch(w, new)


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
        cases = Prepositions.PP.get(p["form"].lower())
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



def noun_before_a_genitive_not_weak_adjective(words: list[dict]) -> None:
    """A weak (definite) adjective in the positive needs a definite noun or a determiner before it
    ("stóri hesturinn", "hinn stóri hestur"); read so before an indefinite noun with neither,
    where its form is a common noun in the same case and the next word a common noun's
    genitive, the two are a noun and its genitive: "um stöðu mála", "Staða mála er óbreytt"
    (staða and the genitive plural of mál, not the adjective staður "restive" and máli)."""
    for i, w in enumerate(words[:-1]):
        f = w["feats"]
        if w["upos"] != "ADJ" or w.get("kind") != "word" or f.get("Definite") != "Def" or f.get("Degree", "Pos") != "Pos":
            continue
        if w["lemma"].endswith(("i", "stur")):
            continue  # ordinals and words inflected weak only (þriðji, sami, fyrri), superlative-like fyrstur, næstur
        before = words[i - 1] if i > 0 else None
        if before is not None and (before["upos"] in ("DET", "PRON", "ADJ", "NUM", "PROPN") or before["feats"].get("Case") == "Gen"):
            continue
        nxt = words[i + 1]
        if nxt["upos"] != "NOUN" or nxt["feats"].get("Definite") != "Ind" or not _agrees(nxt, w):
            continue
        noun = next((r for r in options(w) if r["upos"] == "NOUN" and r["feats"].get("Case") == f.get("Case")
                     and (r["lemma"], _ordfl(r)) not in rare_lemmas(w["form"])), None)
        genitive = next((r for r in options(nxt) + [nxt] if r["upos"] == "NOUN" and r["feats"].get("Case") == "Gen"
                         and (r["lemma"], _ordfl(r)) not in rare_lemmas(nxt["form"])), None)
        if noun is None or genitive is None:
            continue
        switch(w, noun)
        if genitive is not nxt:
            switch(nxt, genitive)


def adjective_opening_a_greeting(words: list[dict]) -> None:
    """The first word of a sentence read as a subjunctive or imperative verb or as a noun, right
    before a noun or name it can agree with as an adjective, is that adjective: the greeting or
    address that opens a letter or a wish ("Kæri vinur", "Kæra Sigríður": kær, not the
    subjunctive of kæra "sue"; "Góða ferð": góður, not a noun góða)."""
    first = next((k for k, w in enumerate(words) if w["kind"] != "punctuation"), None)
    if first is None or first + 1 >= len(words):
        return
    w, nxt = words[first], words[first + 1]
    if w.get("kind") != "word" or nxt["upos"] not in ("NOUN", "PROPN") or "Case" not in nxt["feats"]:
        return
    if not (w["upos"] == "NOUN" or w["upos"] == "VERB" and w["feats"].get("Mood") in ("Sub", "Imp")):
        return
    rare = rare_lemmas(w["form"])
    new = next((r for r in options(w) if r["upos"] == "ADJ" and (r["lemma"], "lo") not in rare and _agrees(r, nxt)), None)
    if new is not None:
        switch(w, new)

PASS8_RULES = [mun_before_a_comparative, preposition_not_adjective, predicative_present_participle, name_not_common_noun, name_gender_in_context,
               pronoun_not_noun, common_verb_not_rare_word, infinitive_before_a_modal, noun_alone_not_verb, infinitive_after_lata,
               manner_adverb_not_adjective, time_after_i, noun_not_jussive, genitive_after_a_preposition_read_as_adverb,
               noun_before_a_genitive_not_weak_adjective, adjective_opening_a_greeting,
               predicate_of_a_pronoun_object]
