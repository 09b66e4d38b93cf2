"""The thirteenth pass, verbs: the infinitive read as the present plural (*gera*, *hafa*), and
the commoner of two verbs that share a form in different tenses (*náðum*)."""

from .common import find, is_break, is_verb, switch
from .pass11_phrases import object_of_a_dative_verb
from .verb_usage import commoner_reading

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
    switched = False
    for w in words:
        if w["feats"].get("Mood") != "Ind":
            continue
        best = commoner_reading(w, _same_but_the_tense)
        if best is not None:
            switch(w, best)
            switched = True
    if switched:
        object_of_a_dative_verb(words)


def _same_but_the_tense(r: dict, w: dict) -> bool:
    return r["feats"].get("Tense") != w["feats"].get("Tense") and _without_tense(r["feats"]) == _without_tense(w["feats"])


def _without_tense(feats: dict) -> dict:
    return {k: v for k, v in feats.items() if k != "Tense"}
