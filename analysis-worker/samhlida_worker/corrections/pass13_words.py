"""The thirteenth pass: one word read as the wrong one of its homographs."""

from .common import find, is_break, switch

NEGATIONS = {"ekki", "eigi", "hvorki", "aldrei", "ekkert"}
# What follows heldur "but rather": a prepositional phrase, an infinitive, an adverb, a verb
# (*heldur til þess að*, *heldur að reyna*, *heldur rétt að byrja*, *heldur þurfti*). Not a
# noun phrase: ", heldur hann áfram" is the verb, a speaker going on.
AFTER_RATHER = {"ADP", "PART", "SCONJ", "ADV", "VERB", "AUX"}


def heldur_after_a_negation(words: list[dict]) -> None:
    """*ekki …, heldur …* "not …, but rather …": after a negation and a comma, *heldur* is the
    conjunction, not *halda* "hold" (*ekki til að hengja neinn, heldur til þess að geta*)."""
    for i, w in enumerate(words[1:-1], start=1):
        if w["form"].lower() != "heldur" or w["lemma"] != "halda" or words[i - 1]["form"] != ",":
            continue
        nxt = words[i + 1]
        if is_break(nxt) or nxt["upos"] not in AFTER_RATHER or nxt["form"].lower() in ("áfram", "fram"):
            continue
        if not any(v["form"].lower() in NEGATIONS for v in words[:i - 1]):
            continue
        new = find(w, lemma="heldur", upos="CCONJ")
        if new is not None:
            switch(w, new)
