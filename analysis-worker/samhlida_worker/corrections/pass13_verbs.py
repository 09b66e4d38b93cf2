"""The thirteenth pass, verbs: the infinitive read as the present plural (*gera*, *hafa*), and
the commoner of two verbs that share a form in different tenses (*náðum*)."""

from .common import find, is_break, is_verb, switch, verb_object_cases
from .pass11_phrases import object_of_a_dative_verb
from .verb_usage import commoner_reading

# Modals that take a bare infinitive: mun koma, skal fylgja, má finna, vil hafa.
BARE_INFINITIVE_MODALS = {"munu", "skulu", "mega", "vilja"}
# Of them, those that also end a clause alone: "sem vilja", "ef þeir mega".
STAND_ALONE_MODALS = {"vilja", "mega"}
# Conjunctions colloquially followed by a complementizer *að* (*sem að*, *ef að*, *þegar að*):
# the verb after that *að* is finite, its clause's ("Þeir sem að fara fyrstir fá …").
DOUBLED_BY_AD = {"sem", "ef", "þegar", "því", "hvort", "þótt", "meðan", "nema", "fyrst", "svo", "þar", "til"}


def _infinitive(w: dict) -> dict | None:
    if not is_verb(w) or "Mood" not in w["feats"]:
        return None
    return find(w, lemma=w["lemma"], feats={"VerbForm": "Inf"})


def _index_before_skipping_adverbs(words: list[dict], i: int) -> int:
    """The index of the word before word i, adverbs passed over; -1 when there is none."""
    j = i - 1
    while j >= 0 and words[j]["upos"] == "ADV" and not is_break(words[j]):
        j -= 1
    return j


def infinitive_after_marker_or_modal(words: list[dict]) -> None:
    """The present plural of a verb is spelt as its infinitive (*þeir gera* / *að gera*), and so
    is the middle voice's third person singular (*það myndast* / *að myndast*). Right after the
    infinitive marker *að* (not the complementizer after *sem, ef, þegar* …, as in colloquial
    *þeir sem að fara*, nor with an adverb between: "að auðvitað borga þau" is a clause), or
    after a modal that takes a bare infinitive with only adverbs between (*mun myndast*,
    *viljum ekki hafa*, *muni þá hafa*), it is the infinitive: a finite verb there would have no
    subject ("á eftir að gera ráð fyrir", "að leggja hinn dýra streng"). *vilja* and *mega* in a
    relative or subordinate clause may end it (*Allir sem vilja geta skráð sig*): there the
    verb after them is taken for the infinitive only when another finite verb follows."""
    for i, w in enumerate(words):
        new = _infinitive(w)
        if new is None:
            continue
        j = _index_before_skipping_adverbs(words, i)
        if j < 0:
            continue
        before = words[j]
        if words[i - 1]["form"].lower() == "að" and not (i >= 2 and words[i - 2]["form"].lower() in DOUBLED_BY_AD):
            switch(w, new)
        elif is_verb(before) and "Mood" in before["feats"] and _may_be_modal(before):
            if (before["lemma"] in STAND_ALONE_MODALS and _in_a_subordinate_clause(words, j)
                    and not _finite_verb_after(words, i)):
                continue  # "Allir sem vilja geta skráð sig": geta is the main clause's verb
            switch(w, new)


def _in_a_subordinate_clause(words: list[dict], i: int) -> bool:
    """Word i stands after a relative or subordinating conjunction in its clause (back to the
    last punctuation): "Allir sem vilja …", "Það sem þeir vilja …"."""
    for w in reversed(words[:i]):
        if is_break(w):
            return False
        if w["upos"] == "SCONJ" or w["form"].lower() == "sem":
            return True
    return False


def _finite_verb_after(words: list[dict], i: int) -> bool:
    return any(is_verb(w) and "Mood" in w["feats"] for w in words[i + 1:])


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
    the subjunctive, BÍN's old second-person forms would take *þótt þú byggir* for *búa*. Not
    before a dative object that the parse's verb governs (*sáum korni*: sá "sow", not sjá)."""
    switched = False
    for i, w in enumerate(words):
        if w["feats"].get("Mood") != "Ind":
            continue
        best = commoner_reading(w, _same_but_the_tense)
        if best is not None and not _dative_object_of_the_parsed_verb(words, i, w):
            switch(w, best)
            switched = True
    if switched:
        object_of_a_dative_verb(words)


def _dative_object_of_the_parsed_verb(words: list[dict], i: int, verb: dict) -> bool:
    """The first noun phrase after verb i that is not its subject is dative, as the parse's
    verb governs: the parse's verb stands ("Í vor sáum við korni": sá "sow", not sjá "see")."""
    head = next((w for w in words[i + 1:i + 4] if w["upos"] in ("NOUN", "PROPN", "PRON") and w["feats"].get("Case") != "Nom"), None)
    return head is not None and head["feats"].get("Case") == "Dat" and "þgf" in verb_object_cases(verb["lemma"])


def _same_but_the_tense(r: dict, w: dict) -> bool:
    return r["feats"].get("Tense") != w["feats"].get("Tense") and _without_tense(r["feats"]) == _without_tense(w["feats"])


def _without_tense(feats: dict) -> dict:
    return {k: v for k, v in feats.items() if k != "Tense"}
