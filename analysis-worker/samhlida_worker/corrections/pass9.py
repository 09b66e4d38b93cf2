"""Rules of the ninth pass (2026-12-07, night): errors a lexicographer found reading imported
texts. Each moves a word only to another of its BÍN readings, where its neighbours decide."""

from ..lexicon import marginal_lemmas, rare_lemmas
from .common import find, is_break, is_finite, options, switch
from .lemmas import _ordfl
from .pass9_clauses import (_next, _prev, adjective_after_a_measure, eiga_before_i, extent_from_to, past_in_a_dated_sentence,
                            predicate_in_a_gapped_clause, preposition_before_its_object, verb_of_a_verbless_sentence,
                            accusative_object_of_a_verb)

DETERMINERS = {"DET", "PRON", "ADJ", "ADP", "NUM"}


def marginal_noun_reading(words: list[dict]) -> None:
    """A noun read under a lemma BÍN shows only on its website, outside its core (sæt "haystack",
    hverfa, úti "the outdoors"), is the core noun of another gender in the same case and number
    where the form has one (úr sætum: sæti; í sumum hverfum: hverfi); one of the same gender is
    mostly the same word entered twice (mistak and the plural mistök, tónleikur and tónleikar),
    where the treebanks disagree among themselves, and is left. With no noun, no adjective
    reading (lítið) and no determiner, adjective or preposition before it, the word is the core
    adverb of its form (Úti var kalt)."""
    for i, w in enumerate(words):
        if w["upos"] != "NOUN" or w.get("kind") != "word":
            continue
        marginal = marginal_lemmas(w["form"].lower()) | marginal_lemmas(w["form"])
        if (w["lemma"], _ordfl(w)) not in marginal:
            continue
        rare = rare_lemmas(w["form"]) | marginal
        new = next((r for r in options(w) if r["upos"] == "NOUN" and (r["lemma"], _ordfl(r)) not in rare
                    and r["feats"].get("Gender") != w["feats"].get("Gender")
                    and all(r["feats"].get(k) == w["feats"].get(k) for k in ("Case", "Number"))), None)
        if new is None:
            if any(r["upos"] in ("NOUN", "ADJ") and r["lemma"] != w["lemma"] for r in options(w)):
                continue
            prev = _prev(words, i)
            if prev is not None and not is_break(prev) and prev["upos"] in DETERMINERS:
                continue
            new = next((r for r in options(w) if r["upos"] == "ADV" and (r["lemma"], "ao") not in rare), None)
        if new is not None:
            switch(w, new)


# "nú" (now) is BÍN's neuter noun "the present" only with the article (núið) or a determiner.
def nu_adverb(words: list[dict]) -> None:
    """nú read as the bare noun, with no determiner or preposition before it, is the adverb
    "now" (Nú styttist í jólafríið)."""
    for i, w in enumerate(words):
        if w["form"].lower() != "nú" or w["upos"] != "NOUN":
            continue
        prev = _prev(words, i)
        if prev is not None and not is_break(prev) and prev["upos"] in DETERMINERS:
            continue
        new = find(w, upos="ADV", lemma="nú")
        if new is not None:
            switch(w, new)


def allra_pronoun(words: list[dict]) -> None:
    """allra is the intensifying adverb only before a superlative or an adverb (allra best,
    allra síðast); elsewhere it is the genitive plural of allur (verkið er ekki allra, allra
    manna)."""
    for i, w in enumerate(words):
        if w["form"].lower() != "allra" or w["upos"] != "ADV":
            continue
        nxt = _next(words, i)
        if nxt is not None and (nxt["upos"] == "ADV" or nxt["feats"].get("Degree") in ("Sup", "Cmp")):
            continue
        gender = nxt["feats"].get("Gender") if nxt is not None and nxt["feats"].get("Case") == "Gen" else None
        new = find(w, upos="PRON", lemma="allur", feats={"Case": "Gen", "Number": "Plur", **({"Gender": gender} if gender else {})}) \
            or find(w, upos="PRON", lemma="allur", feats={"Case": "Gen", "Number": "Plur"})
        if new is not None:
            switch(w, new)


def adverb_before_a_number(words: list[dict]) -> None:
    """An adjective right before a number, whose form is a core adverb, is that adverb: it
    qualifies the number (rúmlega 100 metra, tæplega 30 manns), as an adjective cannot."""
    for i, w in enumerate(words[:-1]):
        if w["upos"] != "ADJ" or w.get("kind") != "word" or words[i + 1]["upos"] != "NUM":
            continue
        if _agrees_past_the_number(words, i, w):
            continue
        rare = rare_lemmas(w["form"])
        new = next((r for r in options(w) if r["upos"] == "ADV" and (r["lemma"], "ao") not in rare), None)
        if new is not None:
            switch(w, new)


def _agrees_past_the_number(words, i, w) -> bool:
    """The adjective is the noun's, not the number's, where the number counts a genitive (20
    ára) before a singular noun it cannot count, and a strong reading of the adjective agrees
    with that noun in case, number and gender (langt 20 ára starf, Mikið 5 ára afmæli): an
    adjective of a noun phrase that a measure qualifies."""
    noun, genitives = None, 0
    for x in words[i + 2:i + 5]:
        if x["upos"] != "NOUN" or is_break(x):
            break
        noun = x
        if x["feats"].get("Case") != "Gen":
            break
        genitives += 1
    if noun is None or noun["feats"].get("Case") == "Gen" or not genitives or noun["feats"].get("Number") != "Sing":
        return False
    keys = ("Case", "Number", "Gender")
    return any(r["upos"] == "ADJ" and r["feats"].get("Definite") != "Def" and all(r["feats"].get(k) == noun["feats"].get(k) for k in keys)
               for r in [w] + options(w))


def og_conjunction(words: list[dict]) -> None:
    """og between two words of a clause is the conjunction, not the adverb "also"."""
    for i, w in enumerate(words):
        if w["form"].lower() != "og" or w["upos"] != "ADV" or i == 0:
            continue
        prev, nxt = words[i - 1], _next(words, i)
        if is_break(prev) or nxt is None or is_break(nxt):
            continue
        new = find(w, upos="CCONJ")
        if new is not None:
            switch(w, new)


def thegar_subordinator(words: list[dict]) -> None:
    """þegar after a comma or opening the sentence, before a nominative and a finite verb, is the
    conjunction "when" (Dag einn, þegar allir voru farnir), not the adverb "already"."""
    for i, w in enumerate(words[:-2]):
        if w["form"].lower() != "þegar" or w["upos"] != "ADV":
            continue
        prev = _prev(words, i)
        if prev is not None and prev["form"] != ",":
            continue
        subj, verb = words[i + 1], words[i + 2]
        if subj["upos"] not in ("NOUN", "PROPN", "PRON") or subj["feats"].get("Case") != "Nom" or not is_finite(verb):
            continue
        new = find(w, upos="SCONJ")
        if new is not None:
            switch(w, new)


# Set phrases of a preposition and a noun, where the noun's form is two nouns of one case and
# number: the phrase takes one (að lokum "finally", koma að liði "be of help", á þessum slóðum
# "in these parts"). Adjectives and determiners may stand between.
SET_PHRASES = {("að", "lokum"): "lok", ("að", "liði"): "lið", ("á", "slóðum"): "slóð", ("um", "slóðir"): "slóð"}


def noun_of_a_set_phrase(words: list[dict]) -> None:
    """The noun of a set phrase above, read as the other noun of its form, is the phrase's noun
    in the same case (að lokum: lok, not loki)."""
    for i, w in enumerate(words):
        if w["upos"] != "NOUN":
            continue
        j = i - 1
        while j >= 0 and i - j <= 3 and words[j]["upos"] in ("ADJ", "DET", "PRON") and not is_break(words[j]):
            j -= 1
        if j < 0:
            continue
        lemma = SET_PHRASES.get((words[j]["form"].lower(), w["form"].lower()))
        if lemma is None or w["lemma"] == lemma:
            continue
        new = find(w, lemma=lemma, upos="NOUN", feats={"Case": w["feats"].get("Case")})
        if new is not None:
            switch(w, new)


def minni_hattar(words: list[dict]) -> None:
    """minni/meiri háttar "minor/major" (of lesser/greater kind): háttar is the genitive of
    háttur, and minni/meiri its comparative adjective in the genitive singular masculine."""
    for i, w in enumerate(words[1:], 1):
        if w["form"].lower() != "háttar" or words[i - 1]["form"].lower() not in ("minni", "meiri"):
            continue
        noun = find(w, lemma="háttur", upos="NOUN", feats={"Case": "Gen"})
        adj = find(words[i - 1], upos="ADJ", feats={"Case": "Gen", "Number": "Sing", "Gender": "Masc", "Degree": "Cmp"})
        if noun is not None and w["lemma"] != "háttur":
            switch(w, noun)
        if adj is not None and words[i - 1]["upos"] != "ADJ":
            switch(words[i - 1], adj)


PASS9_RULES = [marginal_noun_reading, nu_adverb, allra_pronoun, adverb_before_a_number, adjective_after_a_measure, og_conjunction,
               thegar_subordinator, past_in_a_dated_sentence, noun_of_a_set_phrase, minni_hattar, verb_of_a_verbless_sentence,
               preposition_before_its_object, extent_from_to, predicate_in_a_gapped_clause, eiga_before_i,
               accusative_object_of_a_verb]
