"""Rules on the case of a noun phrase from what governs it."""

from reynir.settings import Prepositions

from ..lexicon import PREPOSITION_CASE, rare_lemmas
from .common import COPULAS, UD_CASE, is_verb, options, recase, switch, verb_object_cases

# Verbs whose complement is a nominative predicate ("að vera keppnisíþrótt", "hefur orðið
# prófmál", "að heita Jón"); middle-voice verbs are mostly intransitive, and their subject may
# follow the supine ("hafa borist tilkynningar").
PREDICATIVE_VERBS = COPULAS | {"heita", "kallast", "nefnast"}


def nominative_object(words: list[dict]) -> None:
    """No preposition governs the nominative, and an infinitive or supine has no nominative
    object (a nominative subject goes with a finite verb): a noun phrase read as nominative right
    after one ("um afl", "að halda dagbók", "hefur þegið laun") takes the case the preposition
    (Greynir's Prepositions.conf) or the verb (Verbs.conf) governs, where BÍN has it."""
    for i, w in enumerate(words):
        if w["upos"] not in ("NOUN", "PROPN") or w["feats"].get("Case") != "Nom":
            continue
        start = i
        while start > 0 and words[start - 1]["upos"] in ("ADJ", "DET", "NUM") and (
                words[start - 1]["feats"].get("Case") == "Nom" or words[start - 1].get("kind") == "ordinal" and not words[start - 1]["feats"]):
            start -= 1  # an ordinal in digits ("í 4. sæti") shows no case
        if start == 0:
            continue
        trigger = words[start - 1]
        if trigger["upos"] == "ADP":
            allowed = Prepositions.PP.get(trigger["form"].lower(), set())
            # the case the preposition most often governs first: í, á, undir, yfir take the
            # dative of place as often as the accusative of direction, and more
            usual = PREPOSITION_CASE.get(trigger["form"].lower())
            order = sorted((c for c in ("þf", "þgf", "ef") if c in allowed), key=lambda c: c != usual)
        elif (is_verb(trigger) and trigger["feats"].get("VerbForm") in ("Inf", "Sup") and trigger["feats"].get("Voice") != "Mid"
              and trigger["lemma"] not in PREDICATIVE_VERBS):
            allowed = verb_object_cases(trigger["lemma"])
            # a verb Verbs.conf does not list (sjokkera): the accusative, the commonest object case
            order = [c for c in ("þf", "þgf", "ef") if c in allowed] if allowed else ["þf"]
        else:
            continue
        case = next((UD_CASE[c] for c in order if recase(w, UD_CASE[c]) is not None), None)
        if case is None:
            # a noun alone whose lemma has no such case: another noun of the same form that has
            # it ("á velli": völlur, not the rare "velli")
            if start == i and w["upos"] == "NOUN":
                new = _other_noun(w, [UD_CASE[c] for c in order])
                if new is not None:
                    switch(w, new)
            continue
        for n in words[start:i + 1]:
            new = recase(n, case)
            if new is not None:
                switch(n, new)


def _other_noun(w: dict, cases: list) -> dict | None:
    rare = {lemma for lemma, _ordfl in rare_lemmas(w["form"])}
    nouns = sorted((r for r in options(w) if r["upos"] == "NOUN" and r["lemma"] != w["lemma"]), key=lambda r: r["lemma"] in rare)
    return next((r for c in cases for r in nouns if r["feats"].get("Case") == c), None)
