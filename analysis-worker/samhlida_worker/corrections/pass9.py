"""Rules of the ninth pass (2026-12-07, night): errors a lexicographer found reading imported
texts. Each moves a word only to another of its BÍN readings, where its neighbours decide."""

from reynir.settings import Prepositions

from ..lexicon import marginal_lemmas, rare_lemmas
from .common import BREAKS, UD_CASE, find, is_break, is_finite, is_verb, options, recase, switch
from .lemmas import _ordfl

DETERMINERS = {"DET", "PRON", "ADJ", "ADP", "NUM"}


def _prev(words, i):
    return words[i - 1] if i > 0 else None


def _next(words, i):
    return words[i + 1] if i + 1 < len(words) else None


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
        rare = rare_lemmas(w["form"])
        new = next((r for r in options(w) if r["upos"] == "ADV" and (r["lemma"], "ao") not in rare), None)
        if new is not None:
            switch(w, new)


def adjective_after_a_measure(words: list[dict]) -> None:
    """After a number and its unit (45 metra, 100 metra), a word read as a noun or verb whose
    form is an adjective in the nominative, ending its phrase, is that adjective: the measure
    tells how tall or wide (45 metra hár og 100 metra breiður), agreeing with the subject."""
    for i, w in enumerate(words):
        if i < 2 or w["upos"] not in ("NOUN", "VERB") or w.get("kind") != "word":
            continue
        if words[i - 2]["upos"] != "NUM" or words[i - 1]["upos"] != "NOUN":
            continue
        nxt = _next(words, i)
        if nxt is not None and not (nxt["form"] in BREAKS or nxt["form"].lower() in ("og", "eða", "en")):
            continue
        # the subject: the first nominative of the (at most twelve) words before, a bounded scan
        subject = next((x for x in words[max(0, i - 12):i] if x["upos"] in ("NOUN", "PROPN", "PRON") and x["feats"].get("Case") == "Nom"), None)
        want = {k: subject["feats"][k] for k in ("Number", "Gender") if subject is not None and k in subject["feats"]}
        fits = [r for r in options(w) if r["upos"] == "ADJ" and r["feats"].get("Case") == "Nom" and r["feats"].get("Degree", "Pos") == "Pos"
                and all(r["feats"].get(k) == v for k, v in want.items())]
        if fits:
            switch(w, fits[0])


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


def past_in_a_dated_sentence(words: list[dict]) -> None:
    """A finite verb whose form is both present and past (giftist), in a sentence opening with a
    year (Árið 1961, Í 1961 …), is the past: the year is gone."""
    if len(words) < 3 or words[0]["form"].lower() not in ("árið",) or not (words[1]["form"].isdigit() and len(words[1]["form"]) == 4):
        return
    for w in words[2:8]:
        if is_finite(w) and w["feats"].get("Tense") == "Pres":
            new = find(w, lemma=w["lemma"], upos=w["upos"], feats={**{k: w["feats"][k] for k in ("Mood", "Voice", "Person", "Number") if k in w["feats"]}, "Tense": "Past"})
            if new is not None:
                switch(w, new)
            break


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


def verb_of_a_verbless_sentence(words: list[dict]) -> None:
    """A sentence needs a finite verb: where it has none, a word right after its opening
    nominative noun, read as a rare noun (slapp), whose form is a finite indicative verb in the
    subject's number and the 3rd person, is that verb (Ökumaðurinn slapp með …)."""
    if any(is_finite(w) for w in words) or len(words) < 2:
        return
    subj, w = words[0], words[1]
    if subj["upos"] != "NOUN" or subj["feats"].get("Case") != "Nom" or w["upos"] != "NOUN":
        return
    if (w["lemma"], _ordfl(w)) not in rare_lemmas(w["form"]):
        return
    rare = rare_lemmas(w["form"])
    new = next((r for r in options(w) if r["upos"] == "VERB" and r["feats"].get("Mood") == "Ind" and r["feats"].get("Person") == "3"
                and r["feats"].get("Number") == subj["feats"].get("Number") and (r["lemma"], "so") not in rare), None)
    if new is not None:
        switch(w, new)


def preposition_before_its_object(words: list[dict]) -> None:
    """A preposition read as an adverb, followed by a noun phrase in a case Prepositions.conf lets
    it govern, is the preposition (unnið verkefni um fugla, frá maí fram í september): where the
    phrase ends its clause, or ends before an adverb or preposition and the word does not stand
    right after a verb, as a particle does. Not before a number (um 20 manns, "about")."""
    for i, p in enumerate(words[:-1]):
        cases = Prepositions.PP.get(p["form"].lower())
        if p["upos"] != "ADV" or not cases or p.get("kind") != "word":
            continue
        j = i + 1
        while j < len(words) and j - i <= 4 and words[j]["upos"] in ("ADJ", "DET", "PRON") and not is_break(words[j]):
            j += 1
        if j >= len(words) or words[j]["upos"] != "NOUN" or not words[j]["form"].islower():
            continue
        after = words[j + 1] if j + 1 < len(words) else None
        if after is not None and not is_break(after) and (after["upos"] not in ("ADV", "ADP") or is_verb(_prev(words, i))):
            continue  # a phrase ends at a break, or at an adverb or preposition unless the word is
            # a verb's particle (byggt upp myndver á …, lýsa yfir óvissustigi vegna …)
        case = words[j]["feats"].get("Case")
        if case not in {UD_CASE[c] for c in cases if c in UD_CASE} or any(words[k]["feats"].get("Case") != case for k in range(i + 1, j)):
            continue
        new = find(p, upos="ADP")
        if new is not None:
            switch(p, new)


def extent_from_to(words: list[dict]) -> None:
    """frá … fram í: the end of a stretch of time is in the accusative (frá október fram í júní,
    "from October until June"), where í alone would give the dative of a time within (í júní)."""
    for i, w in enumerate(words[2:-1], 2):
        if w["form"].lower() != "í" or words[i - 1]["form"].lower() != "fram":
            continue
        if not any(x["form"].lower() == "frá" for x in words[max(0, i - 6):i - 1]):
            continue
        j = i + 1
        while j < len(words) and j - i <= 3 and words[j]["upos"] in ("ADJ", "DET", "PRON", "NOUN", "NUM") and not is_break(words[j]):
            x = words[j]
            if x["feats"].get("Case") == "Dat":
                new = recase(x, "Acc")
                if new is not None:
                    switch(x, new)
            if x["upos"] == "NOUN":
                break
            j += 1


def predicate_in_a_gapped_clause(words: list[dict]) -> None:
    """Sigrarnir voru margir en mistökin fá: after og/en, a nominative noun (not a pronoun: eins
    og ég sagði) and a word read as a finite verb that ends the sentence, where vera and an
    adjective predicate stand before og/en with no break between, is a second clause with vera
    left out: the word is the adjective of its form agreeing with the noun (fár "few"), not the
    verb fá."""
    for i in range(2, len(words)):
        w, noun, conj = words[i], words[i - 1], words[i - 2]
        if not is_finite(w) or conj["form"].lower() not in ("en", "og") or noun["upos"] != "NOUN":
            continue
        if noun["feats"].get("Case") != "Nom" or i + 1 < len(words) and not is_break(words[i + 1]) or i + 2 < len(words):
            continue  # only the last clause of the sentence
        start = i - 3
        while start >= max(0, i - 14) and not is_break(words[start]) and not (words[start]["lemma"] == "vera" and is_verb(words[start])):
            start -= 1
        first = words[max(start, 0):i - 2]  # from vera to og/en, with no break between
        if start < 0 or is_break(words[start]) or not any(x["lemma"] == "vera" and is_verb(x) for x in first) or not any(x["upos"] == "ADJ" and x["feats"].get("Case") == "Nom" for x in first):
            continue
        want = {k: noun["feats"].get(k) for k in ("Number", "Gender") if k in noun["feats"]}
        new = next((r for r in options(w) if r["upos"] == "ADJ" and r["feats"].get("Case") == "Nom"
                    and all(r["feats"].get(k) == v for k, v in want.items())), None)
        if new is not None:
            switch(w, new)


PASS9_RULES = [marginal_noun_reading, nu_adverb, allra_pronoun, adverb_before_a_number, adjective_after_a_measure, og_conjunction,
               thegar_subordinator, past_in_a_dated_sentence, noun_of_a_set_phrase, minni_hattar, verb_of_a_verbless_sentence,
               preposition_before_its_object, extent_from_to, predicate_in_a_gapped_clause]
