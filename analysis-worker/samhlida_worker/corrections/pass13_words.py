"""The thirteenth pass: one word read as the wrong one of its homographs."""

from .common import NOMINAL, find, is_break, is_verb, switch, verb_object_cases

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


def vid_after_en_is_we(words: list[dict]) -> None:
    """*en við* with no noun phrase after it: *við* is "we", the subject of what follows or what
    the comparison is with (*í allt annarri stöðu en við, þar sem …*, *en við förum*); as the
    preposition it would need an object (*en við það bætist*)."""
    for i in range(1, len(words) - 1):
        w, nxt = words[i], words[i + 1]
        if w["form"].lower() != "við" or w["upos"] not in ("ADP", "ADV") or words[i - 1]["form"].lower() != "en":
            continue
        if nxt["upos"] in NOMINAL and not is_break(nxt):
            continue
        new = find(w, lemma="ég", upos="PRON")
        if new is not None:
            switch(w, new)


# Fixed expressions in which *allt* is the pronoun *allur* "all, everything" (as BÍN, the
# built-in article and both treebanks read it), not an adverb: *allt í lagi* "all right", *allt
# í einu* "all of a sudden", *allt saman* "all of it".
ALLT_PHRASES = (("í", "lagi"), ("í", "einu"), ("saman",))


def allt_in_fixed_phrases(words: list[dict]) -> None:
    """*allt* read as an adverb in *allt í lagi*, *allt í einu*, *allt saman* is the neuter of
    *allur*: nominative, or accusative as the object of a verb right before it (*setja allt
    saman*)."""
    for i, w in enumerate(words):
        if w["form"].lower() != "allt" or w["upos"] != "ADV":
            continue
        after = tuple(v["form"].lower() for v in words[i + 1:i + 3])
        if not any(after[:len(p)] == p for p in ALLT_PHRASES):
            continue
        before = words[i - 1] if i > 0 else None
        case = "Acc" if after[:1] == ("saman",) and is_verb(before) and "þf" in verb_object_cases(before["lemma"]) else "Nom"
        new = find(w, lemma="allur", feats={"Case": case, "Number": "Sing", "Gender": "Neut"})
        if new is not None:
            switch(w, new)
