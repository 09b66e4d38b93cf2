"""The thirteenth pass: a verb's infinitive read as its present plural (*gera*, *hafa*)."""

from ..udmap import AUXILIARIES
from .common import find, is_break, is_verb, options, recase, switch, verb_object_cases
from .verb_usage import FRAME_RATIO, frame_count

# Modals that take a bare infinitive: mun koma, skal fylgja, má finna, vil hafa.
BARE_INFINITIVE_MODALS = {"munu", "skulu", "mega", "vilja"}


def _infinitive(w: dict) -> dict | None:
    if not is_verb(w) or "Mood" not in w["feats"]:
        return None
    return find(w, lemma=w["lemma"], feats={"VerbForm": "Inf"})


def _before_skipping_adverbs(words: list[dict], i: int) -> dict | None:
    j = i - 1
    while j >= 0 and words[j]["upos"] == "ADV" and not is_break(words[j]):
        j -= 1
    return words[j] if j >= 0 else None


def infinitive_after_marker_or_modal(words: list[dict]) -> None:
    """The present plural of a verb is spelt as its infinitive (*þeir gera* / *að gera*), and so
    is the middle voice's third person singular (*það myndast* / *að myndast*). Right after the
    infinitive marker *að* (not with an adverb between: "að auðvitað borga þau" is a clause), or
    after a modal that takes a bare infinitive with only adverbs between (*mun myndast*, *viljum
    ekki hafa*, *muni þá hafa*), it is the infinitive: a finite verb there would have no
    subject ("á eftir að gera ráð fyrir", "að leggja hinn dýra streng")."""
    for i, w in enumerate(words):
        new = _infinitive(w)
        if new is None:
            continue
        before = _before_skipping_adverbs(words, i)
        if before is None:
            continue
        if words[i - 1]["form"].lower() == "að" and words[i - 1]["upos"] in ("PART", "SCONJ", "ADP"):
            switch(w, new)
        elif is_verb(before) and "Mood" in before["feats"] and _may_be_modal(before):
            switch(w, new)


def _may_be_modal(verb: dict) -> bool:
    """A modal, or a form the parse gave another verb that is also a modal's ("muni" read as
    muna "remember", which takes no bare infinitive)."""
    return verb["lemma"] in BARE_INFINITIVE_MODALS or any(find(verb, lemma=m) is not None for m in BARE_INFINITIVE_MODALS)



def commoner_verb_in_another_tense(words: list[dict]) -> None:
    """A form BÍN gives two verbs in different tenses (*náðum*: *ná* "reach" in the past, *náða*
    "pardon" in the present) gets the parse's pick, often the rare verb ("Við náðum seinni
    hálfleik" read as pardoning it). As `verb_usage.commoner_verb_of_the_form`, but across
    tenses: the verb Verbs.conf knows far better is taken, in the tense BÍN gives it, and its
    object follows into the dative when that verb governs only the dative. Indicative only: in
    the subjunctive, BÍN's old second-person forms would take *þótt þú byggir* for *búa*."""
    for w in words:
        if w["upos"] != "VERB" or w.get("kind") != "word" or w["lemma"] in AUXILIARIES or w["feats"].get("Mood") != "Ind":
            continue
        middle = w["feats"].get("Voice") == "Mid"
        mine = frame_count(w["lemma"], middle)
        same_but_tense = {k: v for k, v in w["feats"].items() if k != "Tense"}
        best, best_count = None, mine
        for r in options(w):
            if r["upos"] != "VERB" or r["lemma"] == w["lemma"] or r["lemma"] in AUXILIARIES:
                continue
            if {k: v for k, v in r["feats"].items() if k != "Tense"} != same_but_tense or r["feats"].get("Tense") == w["feats"]["Tense"]:
                continue
            count = frame_count(r["lemma"], middle)
            if count > best_count and count >= FRAME_RATIO * max(mine, 1):
                best, best_count = r, count
        if best is not None:
            switch(w, best)
            if verb_object_cases(best["lemma"]) == {"þgf"}:
                _object_into_the_dative(words, words.index(w))


def _object_into_the_dative(words: list[dict], i: int) -> None:
    """The accusative noun phrase right after verb i, read as the object of the verb it was
    taken for, into the dative its new verb governs (*náðum seinni hálfleik*), where BÍN has
    every word of it in the dative with the same form."""
    span = []
    for n in words[i + 1:]:
        if n["upos"] not in ("DET", "PRON", "ADJ", "NUM", "NOUN", "PROPN") or n["feats"].get("Case") != "Acc":
            break
        span.append(n)
        if n["upos"] in ("NOUN", "PROPN"):
            break
    if not span or span[-1]["upos"] not in ("NOUN", "PROPN"):
        return
    news = [recase(n, "Dat") for n in span]
    if all(new is not None for new in news):
        verb = words[i]
        for n, new in zip(span, news):
            switch(n, new)
            n["governor"] = {"kind": "verb", "lemma": verb["lemma"], "form": verb["form"], "case": "Dat"}
