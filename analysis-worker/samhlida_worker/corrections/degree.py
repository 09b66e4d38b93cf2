"""Adverbs where the parse read another class. After a degree adverb ("of", "mjög", "afar" …)
stands what has degrees: an adjective or an adverb. A noun cannot (*of skammtur), and a past
participle there is read as the adjective it has become (mjög skýrt, ansi hrædd). A second
finite verb in a row cannot stand either ("hafi heldur lækkað": the adverb heldur)."""

from ..lexicon import bin_entries, rare_lemmas
from .common import options, switch

# Adverbs of degree that modify only adjectives and adverbs (a closed class of grammar): not
# svo "then, so", alveg "quite, fully" or -lega adverbs, which modify verbs too.
DEGREE_ADVERBS = {"of", "alltof", "mjög", "afar", "ákaflega", "ansi", "býsna", "frekar", "fremur",
                  "harla", "einkar", "sérlega", "allt of"}


def _degree_before(words: list[dict], i: int) -> bool:
    if i == 0:
        return False
    before = words[i - 1]
    return before["upos"] == "ADV" and before["form"].lower() in DEGREE_ADVERBS


def _participle_of(adjective: str, verb: str) -> bool:
    return any(lemma == verb and ordfl == "so" and mark.startswith("LHÞT") for lemma, ordfl, _d, mark in bin_entries(adjective))


def _agrees(r: dict, noun: dict) -> bool:
    return all(r["feats"].get(k) == noun["feats"].get(k) for k in ("Case", "Number", "Gender"))


def after_a_degree_adverb(words: list[dict]) -> None:
    """A word read as a noun right after a degree adverb is its adjective or adverb: the
    adjective when it agrees with a noun right after it ("of stóran hlut"), else the adverb
    ("ganga of skammt", "mjög vel"), else the adjective in the noun reading's case and number
    ("mjög há"). A past participle there is BÍN's adjective of the same form and agreement
    ("Það er mjög skýrt": skýr, not skýra), where BÍN has one."""
    for i, w in enumerate(words):
        if w.get("kind") != "word" or not _degree_before(words, i):
            continue
        rare = rare_lemmas(w["form"])
        adjectives = [r for r in options(w) if r["upos"] == "ADJ" and r["lemma"] != w["lemma"] and (r["lemma"], "lo") not in rare]
        if w["upos"] == "NOUN":
            nxt = words[i + 1] if i + 1 < len(words) else None
            adverb = next((r for r in options(w) if r["upos"] == "ADV" and (r["lemma"], "ao") not in rare), None)
            attributive = next((r for r in adjectives if nxt is not None and nxt["upos"] == "NOUN" and _agrees(r, nxt)), None)
            same = next((r for r in adjectives if all(r["feats"].get(k) == w["feats"].get(k) for k in ("Case", "Number"))), None)
            new = attributive or adverb or same
        elif w["upos"] == "VERB" and w["feats"].get("VerbForm") == "Part":
            fits = [r for r in adjectives if _agrees(r, w)]
            # skýrt is skýr "clear" and skýrður, BÍN's adjective of the participle itself: the
            # adjective of its own first
            new = next((r for r in fits if not _participle_of(r["lemma"], w["lemma"])), fits[0] if fits else None)
        else:
            continue
        if new is not None:
            switch(w, new)


def adverb_after_a_finite_verb(words: list[dict]) -> None:
    """A clause has one finite verb: a form read as a finite verb right after another ("hafi
    heldur lækkað", "skuldi heldur til þess") is the adverb of that form where BÍN has a common
    one (heldur "rather", not halda "hold")."""
    for i, w in enumerate(words[1:], 1):
        if w.get("kind") != "word" or w["upos"] != "VERB" or "Mood" not in w["feats"]:
            continue
        before = words[i - 1]
        if before["upos"] not in ("VERB", "AUX") or "Mood" not in before["feats"]:
            continue
        if any(r["upos"] == "PRON" for r in options(w)):
            continue  # "sér" after a verb is the reflexive pronoun, not the adverb "apart"
        rare = rare_lemmas(w["form"])
        new = next((r for r in options(w) if r["upos"] == "ADV" and (r["lemma"], "ao") not in rare), None)
        if new is not None:
            switch(w, new)
