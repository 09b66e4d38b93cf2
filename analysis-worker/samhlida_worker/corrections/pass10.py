"""Rules of the tenth pass (2026-12-07, late): readings the parse gives to very common words
that a learner would be misled by. Each moves a word only to another of its BÍN readings."""

from .common import find, is_break, is_finite, switch
from .prepositions import _phrase_after, _same_form_in
from .words import thvi_after_a_preposition


def _next_word(words: list[dict], i: int) -> dict | None:
    return words[i + 1] if i + 1 < len(words) and not is_break(words[i + 1]) else None


def sem_is_the_relative(words: list[dict]) -> None:
    """*sem* is the relative "who, which, as" (starf sitt sem ráðherra; það er rétt sem ég var
    minnt á), which the parse can read as *semja* "I compose". The verb needs its subject *ég*
    beside it, and after "sem ég" a relative clause has a verb of its own (sem ég var …)."""
    for i, w in enumerate(words):
        if w["form"].lower() != "sem" or w["lemma"] != "semja":
            continue
        prev = words[i - 1] if i > 0 else None
        nxt = _next_word(words, i)
        if prev is not None and prev["form"].lower() == "ég":
            continue
        if nxt is not None and nxt["form"].lower() == "ég":
            rest = words[i + 2:]
            clause = rest[: next((k for k, t in enumerate(rest) if is_break(t)), len(rest))]
            if not any(is_finite(t) for t in clause):
                continue
        new = find(w, lemma="sem", upos="SCONJ")
        if new is not None:
            switch(w, new)


def frekar_is_rather(words: list[dict]) -> None:
    """*frekar* is the adverb "rather, fairly" (viljum frekar hafa; á frekar góðum tíma) unless
    a plural noun it agrees with follows (frekar kröfur "pushy demands", of frekur)."""
    for i, w in enumerate(words):
        if w["form"].lower() != "frekar" or w["upos"] != "ADJ":
            continue
        nxt = _next_word(words, i)
        if nxt is not None and nxt["upos"] == "NOUN" and nxt["feats"].get("Number") == "Plur" and nxt["feats"].get("Case") == w["feats"].get("Case"):
            continue
        new = find(w, lemma="frekar", upos="ADV")
        if new is not None:
            switch(w, new)


def belief_in(words: list[dict]) -> None:
    """*trú á* is the noun "belief in, faith in" (hafa trú á): the adjective *trúr* "faithful"
    takes a dative, not *á*. After *hafa* the noun is its object, accusative."""
    for i, w in enumerate(words):
        if w["form"].lower() != "trú" or w["upos"] != "ADJ":
            continue
        nxt = _next_word(words, i)
        if nxt is None or nxt["form"].lower() != "á":
            continue
        having = any(t["lemma"] == "hafa" for t in words[max(0, i - 3):i])
        case = "Acc" if having else w["feats"].get("Case", "Nom")
        new = find(w, lemma="trú", upos="NOUN", feats={"Case": case}) or find(w, lemma="trú", upos="NOUN")
        if new is not None:
            switch(w, new)


def example_not_judge(words: list[dict]) -> None:
    """*dæmi* "example" (sem dæmi, dæmi um, til dæmis), which the parse can read as the
    subjunctive of *dæma* "judge": a subjunctive needs a subject, and "dæmi um" and "sem dæmi"
    are the noun's."""
    for i, w in enumerate(words):
        if w["form"].lower() != "dæmi" or w["lemma"] != "dæma":
            continue
        prev = words[i - 1] if i > 0 and not is_break(words[i - 1]) else None
        nxt = _next_word(words, i)
        if not ((nxt is not None and nxt["form"].lower() == "um") or (prev is not None and prev["form"].lower() == "sem") or prev is None):
            continue
        case = "Acc" if prev is not None and prev["form"].lower() == "sem" else "Nom"
        new = find(w, lemma="dæmi", upos="NOUN", feats={"Case": case, "Number": "Sing"}) or find(w, lemma="dæmi", upos="NOUN")
        if new is not None:
            switch(w, new)


def satt_is_true(words: list[dict]) -> None:
    """*satt* is the neuter of *sannur* "true" (það er satt, segja satt) far more often than of
    *saddur* "full, sated" (or seðja's participle), which the parse takes first; "satt af" (full
    of) keeps it."""
    for i, w in enumerate(words):
        if w["form"].lower() != "satt" or w["lemma"] not in ("saddur", "seðja"):
            continue
        nxt = _next_word(words, i)
        if nxt is not None and nxt["form"].lower() == "af":
            continue
        case = w["feats"].get("Case")
        new = find(w, lemma="sannur", upos="ADJ", feats={"Case": case} if case else {}) or find(w, lemma="sannur", upos="ADJ")
        if new is not None:
            switch(w, new)


def rett_is_just_or_rightly(words: list[dict]) -> None:
    """*rétt* is the adverb "just, right" before a preposition or a number (rétt við landamærin,
    rétt yfir 100) and before *að* with its infinitive where no copula makes it a predicate
    (heldur rétt að byrja; but *það er rétt að* "it is right that"), and "rightly" after a
    verb's object (skil ég þingmanninn rétt). *gera rétt í* "do right to" keeps the adjective,
    as does *telja það rétt* (a predicate of *það*)."""
    for i, w in enumerate(words):
        if w["form"].lower() != "rétt" or w["lemma"] != "réttur" or w["upos"] != "ADJ":
            continue
        prev = words[i - 1] if i > 0 and not is_break(words[i - 1]) else None
        nxt = _next_word(words, i)
        after_gera = prev is not None and prev["lemma"] == "gera"
        after_copula = any(t["lemma"] in ("vera", "verða") for t in words[max(0, i - 3):i])
        before_object = nxt is not None and (nxt["upos"] in ("ADP", "NUM") or nxt["kind"] == "number")
        before_infinitive = (nxt is not None and nxt["form"].lower() == "að" and i + 2 < len(words)
                             and words[i + 2]["feats"].get("VerbForm") == "Inf")
        after_object = (prev is not None and prev["upos"] in ("NOUN", "PROPN", "PRON") and prev["feats"].get("Case") == "Acc"
                        and prev["form"].lower() not in ("það", "þetta") and (nxt is None or nxt["upos"] not in ("NOUN", "ADJ")))
        if (before_object and not after_gera) or (before_infinitive and not after_copula) or after_object:
            new = find(w, lemma="rétt", upos="ADV")
            if new is not None:
                switch(w, new)


def among_not_medicine(words: list[dict]) -> None:
    """*meðal* after *á* (á meðal okkar, þar á meðal) or before a genitive (meðal annarra,
    meðal Íslendinga) is the preposition "among", not the noun *meðal* "medicine, means"; and
    that *á* is the preposition, not *eiga* "owns"."""
    for i, w in enumerate(words):
        if w["form"].lower() != "meðal" or w["upos"] not in ("NOUN", "ADP", "ADV"):
            continue
        prev = words[i - 1] if i > 0 and not is_break(words[i - 1]) else None
        nxt = _next_word(words, i)
        after_a = prev is not None and prev["form"].lower() == "á"
        if w["upos"] == "NOUN" and (after_a or (nxt is not None and nxt["feats"].get("Case") == "Gen")):
            new = find(w, lemma="meðal", upos="ADP")
            if new is not None:
                switch(w, new)
        if after_a and prev["lemma"] == "eiga":
            new = find(prev, lemma="á", upos="ADP")
            if new is not None:
                switch(prev, new)


# Nouns whose "á" takes the accusative: what is attacked, taxed, affected, stressed, believed in
# (árás á herstöð, tollar á vörur, áhrif á fólk, áhersla á menntun, trú á framtíðina). Compounds
# count by their last part (loftárás, innflutningstollur). Not áhugi, vald, ábyrgð, which take
# the dative.
ACCUSATIVE_A_NOUNS = ("árás", "tollur", "skattur", "gjald", "áhrif", "áhersla", "trú", "sókn")


def accusative_after_noun_a(words: list[dict]) -> None:
    """The noun phrase after such a noun and *á* is accusative, where the parse made it dative
    (loftárás á herstöð í Jórdaníu)."""
    for i in range(1, len(words) - 1):
        a, head = words[i], words[i - 1]
        if a["form"].lower() != "á" or a["upos"] != "ADP" or head["upos"] != "NOUN":
            continue
        if not head["lemma"].endswith(ACCUSATIVE_A_NOUNS):
            continue
        span = _phrase_after(words, i, "Dat")
        news = [_same_form_in(n, "Acc") for n in span]
        if span and all(n is not None for n in news):
            for n, new in zip(span, news):
                gov = n.get("governor")
                switch(n, new)  # drops a governor of the old case: á still governs, now the accusative
                if gov is not None and gov.get("lemma") == "á":
                    n["governor"] = {**gov, "case": "Acc"}


# thvi_after_a_preposition runs again: later passes turn words into prepositions (frá, read as
# the adjective frár, in "langt frá því að").
PASS10_RULES = [thvi_after_a_preposition, among_not_medicine, accusative_after_noun_a, rett_is_just_or_rightly, sem_is_the_relative, frekar_is_rather, belief_in, example_not_judge, satt_is_true]
