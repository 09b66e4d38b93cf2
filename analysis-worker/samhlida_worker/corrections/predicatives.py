"""Words after a verb of being or becoming, and after other verbs: a present participle there is
an adjective ("hann var lifandi"), a neuter adjective after a verb that takes no predicate is a
manner adverb ("breyst hratt"). Rules of the eighth pass (2026-12-07)."""

from ..lexicon import rare_lemmas
from .common import options, switch


# Verbs whose complement is a predicate: vera, verða, and fara of a gradual change ("veður fer
# kólnandi"); the middle finnast, virðast, sýnast, þykja of a state seen ("fannst lifandi").
PREDICATE_VERBS = {("vera", None), ("verða", None), ("fara", None), ("finna", "Mid"), ("virða", "Mid"), ("sýna", "Mid"),
                   ("þykja", None)}


def is_predicate_verb(w: dict) -> bool:
    return w["upos"] in ("VERB", "AUX") and ((w["lemma"], None) in PREDICATE_VERBS
                                           or (w["lemma"], w["feats"].get("Voice")) in PREDICATE_VERBS)


def _subject_of(words: list[dict], v: int) -> dict | None:
    """The nominative noun or pronoun of the verb at v's clause: before it, or right after it."""
    for j in range(v - 1, -1, -1):
        x = words[j]
        if x["kind"] == "punctuation" or x["upos"] in ("SCONJ", "CCONJ"):
            break
        if x["upos"] in ("NOUN", "PROPN", "PRON") and x["feats"].get("Case") == "Nom":
            return x
    nxt = words[v + 1] if v + 1 < len(words) else None
    if nxt is not None and nxt["upos"] in ("NOUN", "PROPN", "PRON") and nxt["feats"].get("Case") == "Nom":
        return nxt
    return None


def predicative_present_participle(words: list[dict]) -> None:
    """A present participle (or a noun of its form) after a verb of being or becoming is the
    adjective BÍN lists for it, nominative, agreeing with the subject: "hann var lifandi",
    "fannst lifandi", "veður fer kólnandi", "var kælandi". Not a form BÍN has as an adverb
    (vonandi)."""
    for i, w in enumerate(words):
        if w.get("kind") != "word" or not w["form"].lower().endswith("andi") or i == 0:
            continue
        participle = w["upos"] == "VERB" and w["feats"].get("VerbForm") == "Part" and w["feats"].get("Tense") != "Past"
        if not participle and w["upos"] != "NOUN":
            continue
        j = i - 1
        while j > 0 and words[j]["upos"] == "ADV":
            j -= 1
        if not is_predicate_verb(words[j]) or any(r["upos"] == "ADV" for r in options(w)):
            continue
        subject = _subject_of(words, j)
        want = {"Case": "Nom"}
        if subject is not None:
            want.update({k: subject["feats"][k] for k in ("Number", "Gender") if k in subject["feats"]})
        fits = [r for r in options(w) if r["upos"] == "ADJ" and all(r["feats"].get(k) == v for k, v in want.items())]
        if fits:
            switch(w, fits[0])


# Verbs after which a neuter adjective is a predicate of the subject or the object ("er gott",
# "þykir gott", "gerði það gott"), not a manner adverb.
PREDICATE_OR_OBJECT_VERBS = {"vera", "verða", "þykja", "finna", "virða", "sýna", "gera", "telja", "hafa", "fá", "halda", "eiga"}
# Verbs that take a predicate only in the middle voice, which the analysis files under the
# active headword with Voice=Mid (reynast "prove to be": "Það reyndist erfitt").
MIDDLE_PREDICATE_VERBS = {"reyna"}
# Quantifiers and ordinals, whose neuter (mikið, lítið, fyrst) both treebanks read as the
# adjective after a verb ("lesum mikið", "greindi fyrst frá"): left alone.
QUANTITY_ADJECTIVES = {"mikill", "lítill", "margur", "fár", "fyrstur", "síðastur", "annar"}


def manner_adverb_not_adjective(words: list[dict]) -> None:
    """A neuter singular adjective right after a verb that takes no predicate, with no noun
    after it to agree with, is the adverb of that form where BÍN has a common one: "veður
    getur breyst hratt", "hún hleypur hratt" (the adverb hratt, not the neuter of hraður)."""
    for i, w in enumerate(words[1:], 1):
        f = w["feats"]
        if w["upos"] != "ADJ" or w.get("kind") != "word" or f.get("Gender") != "Neut" or f.get("Number") != "Sing" \
                or f.get("Case") not in ("Nom", "Acc") or f.get("Degree", "Pos") != "Pos":
            continue
        verb = words[i - 1]
        if w["lemma"] in QUANTITY_ADJECTIVES:
            continue
        if verb["upos"] != "VERB" or verb["lemma"] in PREDICATE_OR_OBJECT_VERBS or verb["feats"].get("VerbForm") == "Part" \
                or verb["lemma"] in MIDDLE_PREDICATE_VERBS and verb["feats"].get("Voice") == "Mid":
            continue
        nxt = words[i + 1] if i + 1 < len(words) else None
        if nxt is not None and nxt["upos"] in ("NOUN", "ADJ", "PRON", "DET", "NUM"):
            continue
        rare = rare_lemmas(w["form"])
        new = next((r for r in options(w) if r["upos"] == "ADV" and r["lemma"] == w["form"].lower() and (r["lemma"], "ao") not in rare), None)
        if new is not None:
            switch(w, new)



def predicate_of_a_pronoun_object(words: list[dict]) -> None:
    """After a verb and its object það or þetta, a neuter singular noun reading of a form that is
    also an adjective agreeing with the pronoun is that adjective, the object's predicate: "ég
    vona að þú hafir það gott", "hann gerði það gott" (góður, not the noun gott "sweets")."""
    for i, w in enumerate(words[2:], 2):
        f = w["feats"]
        if w["upos"] != "NOUN" or w.get("kind") != "word" or f.get("Gender") != "Neut" or f.get("Number") != "Sing":
            continue
        pron, verb = words[i - 1], words[i - 2]
        if pron["upos"] not in ("PRON", "DET") or pron["form"].lower() not in ("það", "þetta") or verb["upos"] not in ("VERB", "AUX"):
            continue
        nxt = words[i + 1] if i + 1 < len(words) else None
        if nxt is not None and nxt["upos"] in ("NOUN", "PROPN", "ADJ"):
            continue
        rare = rare_lemmas(w["form"])
        new = next((r for r in options(w) if r["upos"] == "ADJ" and (r["lemma"], "lo") not in rare and r["feats"].get("Definite") != "Def"
                    and all(r["feats"].get(k) == pron["feats"].get(k) for k in ("Case", "Number", "Gender"))), None)
        if new is not None:
            switch(w, new)
