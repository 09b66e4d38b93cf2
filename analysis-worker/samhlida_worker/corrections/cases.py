"""Rules on the case of a noun phrase from what governs it."""

from reynir.settings import Prepositions

from ..lexicon import PREPOSITION_CASE, rare_lemmas
from .common import COPULAS, UD_CASE, find, is_verb, options, recase, switch, verb_object_cases

# Verbs whose complement is a nominative predicate ("að vera keppnisíþrótt", "hefur orðið
# prófmál", "að heita Jón"); middle-voice verbs are mostly intransitive, and their subject may
# follow the supine ("hafa borist tilkynningar").
PREDICATIVE_VERBS = COPULAS | {"heita", "kallast", "nefnast"}


def nominative_object(words: list[dict]) -> None:
    """No preposition governs the nominative, and an infinitive or supine has no nominative
    object (a nominative subject goes with a finite verb): a noun phrase read as nominative right
    after one ("um afl", "að halda dagbók", "hefur þegið laun"), or a pronoun standing alone right
    after a preposition ("fara yfir það"), takes the case the preposition
    (Greynir's Prepositions.conf) or the verb (Verbs.conf) governs, where BÍN has it."""
    for i, w in enumerate(words):
        # a pronoun standing alone after a preposition ("yfir það", "leggja á það áherslu"), not
        # one before a modifier in another case ("í allt annarri stöðu": allt the adverb)
        nxt = words[i + 1] if i + 1 < len(words) else None
        pronoun = (w["upos"] in ("PRON", "DET") and i > 0 and words[i - 1]["upos"] == "ADP"
                   and not (nxt is not None and nxt["upos"] in ("ADJ", "PRON", "DET", "NUM") and nxt["feats"].get("Case") not in (None, "Nom")))
        if (w["upos"] not in ("NOUN", "PROPN") and not pronoun) or w["feats"].get("Case") != "Nom":
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


def predicate_after_copula_is_nominative(words: list[dict]) -> None:
    """vera and verða take no object: a noun phrase right after one (adverbs between) is its
    subject or its predicate, both nominative. Read as accusative where every word of it has
    the nominative too (neuters and feminines: "var kannski eitt einasta efnislegt atriði"), it
    is the nominative; not an accusative of time ("var allan daginn"), told by its noun."""
    for i, v in enumerate(words):
        if not (is_verb(v) and "Mood" in v["feats"] and v["lemma"] in COPULAS):
            continue
        k = i + 1
        # adverbs between; not a preposition read as an adverb, which governs what follows it
        while (k < len(words) and words[k]["upos"] in ("ADV", "PART") and words[k]["kind"] != "punctuation"
               and words[k]["form"].lower() not in PREPOSITION_CASE):
            k += 1
        span = []
        while k < len(words) and words[k]["upos"] in ("ADJ", "DET", "NUM", "PRON", "NOUN") and words[k]["feats"].get("Case") == "Acc":
            span.append(words[k])
            if words[k]["upos"] == "NOUN":
                break
            k += 1
        if not span or span[-1]["upos"] != "NOUN" or span[-1]["lemma"] in TIME_NOUNS:
            continue
        news = [_same_class(n, "Nom") for n in span]
        if all(n is not None for n in news):
            for n, new in zip(span, news):
                switch(n, new)


def _same_class(n: dict, case: str) -> dict | None:
    """The word in another case, same lemma and word class (eitt: the pronoun, not the numeral
    adjective einn)."""
    new = recase(n, case)
    if new is not None and new["upos"] != n["upos"]:
        new = find(n, lemma=n["lemma"], upos=n["upos"], feats={"Case": case, **{k: n["feats"][k] for k in ("Number", "Gender") if k in n["feats"]}})
    return new


# Nouns of time, whose accusative after vera is an adverbial of duration ("var alla vikuna").
TIME_NOUNS = {"dagur", "vika", "mánuður", "ár", "stund", "tími", "kvöld", "morgunn", "nótt", "helgi", "vetur", "sumar", "haust", "vor", "klukkustund", "mínúta", "sekúnda", "öld", "áratugur", "tímabil"}
