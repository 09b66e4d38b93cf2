"""The thirteenth pass: one word read as the wrong one of its homographs."""

from ..lexicon import PREPOSITION_CASE
from .common import find, is_break, is_verb, switch, verb_object_cases

NEGATIONS = {"ekki", "eigi", "hvorki", "aldrei", "ekkert"}
# What follows heldur "but rather": a prepositional phrase, an infinitive, an adverb, a verb
# (*heldur til þess að*, *heldur að reyna*, *heldur rétt að byrja*, *heldur þurfti*). Not a
# noun phrase: ", heldur hann áfram" is the verb, a speaker going on.
AFTER_RATHER = {"ADP", "PART", "SCONJ", "ADV", "VERB", "AUX"}


# What opens a sentence with a subordinate clause, after which the main clause starts with its
# verb ("Ef …, heldur þá verkfallið áfram"): a conjunction, or a preposition or adverb with the
# word that makes it one (*af því að, eftir að, áður en, þar sem, svo að, um leið og*).
SUBORDINATORS = {"ef", "þó", "þótt", "þegar", "meðan", "nema", "fyrst", "hvort"}
COMPOUND_SUBORDINATORS = {"af", "úr", "eftir", "áður", "um", "svo", "þar", "til"}
THEIR_SECOND_WORDS = {"að", "því", "en", "sem", "leið"}


def _opens_with_a_subordinate_clause(words: list[dict]) -> bool:
    opening = [w["form"].lower() for w in words if not is_break(w)][:3]
    if not opening:
        return False
    first = next(w for w in words if not is_break(w))
    return (first["upos"] == "SCONJ" or opening[0] in SUBORDINATORS
            or opening[0] in COMPOUND_SUBORDINATORS and any(x in THEIR_SECOND_WORDS for x in opening[1:]))


def heldur_after_a_negation(words: list[dict]) -> None:
    """*ekki …, heldur …* "not …, but rather …": after a negation and a comma, *heldur* is the
    conjunction, not *halda* "hold" (*ekki til að hengja neinn, heldur til þess að geta*). Not
    where the sentence opens with a subordinate clause, whose main clause then starts with the
    verb (*Þó að hann segi ekki neitt, heldur samt fundurinn áfram*), nor before *áfram*."""
    for i, w in enumerate(words[1:-1], start=1):
        if w["form"].lower() != "heldur" or w["lemma"] != "halda" or words[i - 1]["form"] != ",":
            continue
        nxt = words[i + 1]
        if is_break(nxt) or nxt["upos"] not in AFTER_RATHER:
            continue
        if nxt["form"].lower() != "að" and any(v["form"].lower() in ("áfram", "fram") for v in words[i + 1:i + 5]):
            continue  # halda áfram "go on": "…, heldur þá verkfallið áfram"; but "heldur að halda áfram"
        if _opens_with_a_subordinate_clause(words):
            continue  # "Ef ekki tekst að semja, heldur …": the main clause's verb comes second
        if not any(v["form"].lower() in NEGATIONS for v in words[:i - 1]):
            continue
        new = find(w, lemma="heldur", upos="CCONJ")
        if new is not None:
            switch(w, new)


def vid_after_en_is_we(words: list[dict]) -> None:
    """*en við* with no noun phrase after it, where "we" is the only reading that fits what
    follows: a break or a conjunction (*í allt annarri stöðu en við, þar sem …*), or a verb in
    the first person plural (*en við förum*). Not before a verb that cannot agree with "we":
    *betri en við var búist*, *meiri en við mátti búast* are the preposition of *búast við*,
    stranded; nor before its object (*en við það bættist*)."""
    for i in range(1, len(words) - 1):
        w, nxt = words[i], words[i + 1]
        if w["form"].lower() != "við" or w["upos"] not in ("ADP", "ADV") or words[i - 1]["form"].lower() != "en":
            continue
        after = words[i + 2] if i + 2 < len(words) else None
        we_fits = (is_break(nxt) or nxt["upos"] in ("SCONJ", "CCONJ")
                   or is_verb(nxt) and nxt["feats"].get("Person") == "1" and nxt["feats"].get("Number") == "Plur"
                   or nxt["form"].lower() == "þar" and after is not None and after["form"].lower() == "sem")
        if not we_fits:
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
    *allur*: in the case of the neuter word it stands with (*keypti það allt saman*), accusative
    as the object of a verb right before it (*setja allt saman*), otherwise nominative."""
    for i, w in enumerate(words):
        if w["form"].lower() != "allt" or w["upos"] != "ADV":
            continue
        after = tuple(v["form"].lower() for v in words[i + 1:i + 3])
        if not any(after[:len(p)] == p for p in ALLT_PHRASES):
            continue
        before = words[i - 1] if i > 0 else None
        if before is not None and before["upos"] in ("PRON", "NOUN") and before["feats"].get("Gender") == "Neut" and "Case" in before["feats"]:
            case = before["feats"]["Case"]  # "keypti það allt saman": allt agrees with það
        elif after[:1] == ("saman",) and is_verb(before) and "þf" in verb_object_cases(before["lemma"]):
            case = "Acc"
        else:
            case = "Nom"
        new = find(w, lemma="allur", feats={"Case": case, "Number": "Sing", "Gender": "Neut"})
        if new is not None:
            switch(w, new)


# Prepositions that never take the dative: the genitive's (til, vegna …) and these.
ACCUSATIVE_ONLY = {"um", "gegnum", "kringum", "umfram"}


def _may_govern_the_dative(form: str) -> bool:
    return form in PREPOSITION_CASE and PREPOSITION_CASE[form] != "ef" and form not in ACCUSATIVE_ONLY


def thvi_after_a_preposition(words: list[dict]) -> None:
    """*því* right after a preposition is the dative pronoun that the preposition governs
    (*gera ráð fyrir því að …*, *ástæðan fyrir því að …*, *af því að …*), not the conjunction
    *því* "because", which the parse gives it where the clause after it hides the phrase."""
    for i, w in enumerate(words[1:], start=1):
        prep = words[i - 1]
        if w["form"].lower() != "því" or w["upos"] not in ("SCONJ", "ADV"):
            continue
        ad_follows = i + 1 < len(words) and words[i + 1]["form"].lower() == "að"
        # a preposition the parse took for a particle counts before "því að" (gera ráð fyrir því að)
        if not (prep["upos"] == "ADP" or ad_follows and _may_govern_the_dative(prep["form"].lower())):
            continue
        # sá, as the parse reads the same word where it sees the phrase (búast við því að)
        new = find(w, lemma="sá", upos="PRON", feats={"Case": "Dat"})
        if new is not None:
            switch(w, new)
            w["governor"] = {"kind": "preposition", "lemma": prep["lemma"], "form": prep["form"], "case": "Dat"}
