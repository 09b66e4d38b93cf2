"""What the correction rules share: the token's other readings, switching to one of them,
and the few closed classes of words the rules name."""

from functools import lru_cache

from reynir.verbframe import VerbFrame

NOMINAL = {"NOUN", "PROPN", "PRON", "DET", "ADJ", "NUM"}
# The copulas: a neuter participle after them with no subject to agree with is an impersonal
# passive ("var beint að", "verður rætt um"); a supine only follows hafa and geta.
COPULAS = {"vera", "verða"}
# Words that end a clause for these rules: punctuation, and the conjunctions that open a new one.
CLAUSE_OPENERS = {"og", "en", "eða", "sem", "að", "ef", "þegar", "því", "þótt", "hvort"}
BREAKS = {",", ";", ":", ".", "!", "?", "(", ")", "–", "—", "„", "“", "”", "\""}
UD_CASE = {"nf": "Nom", "þf": "Acc", "þgf": "Dat", "ef": "Gen"}


def is_break(token: dict) -> bool:
    return token["kind"] == "punctuation"


def options(token: dict) -> list[dict]:
    return token.get("otherReadings", [])


def find(token: dict, **want) -> dict | None:
    """The first other reading with this UPOS/lemma and these features."""
    feats = want.pop("feats", {})
    for r in options(token):
        if all(r.get(k) == v for k, v in want.items()) and all(r["feats"].get(k) == v for k, v in feats.items()):
            return r
    return None


def switch(token: dict, new: dict) -> None:
    """Make `new` the token's reading: the old one joins the other readings, the new one leaves
    them; what hung on the old reading (compound parts, the governor of its case) follows."""
    old = {"lemma": token["lemma"], "upos": token["upos"], "feats": token["feats"]}
    others = [r for r in options(token) if r is not new and r != new and not _less_specific(r, new)]
    if not any(r == old for r in others):
        others.insert(0, old)
    if new["lemma"] != token["lemma"]:
        token.pop("parts", None)
    gov = token.get("governor")
    if gov and (new["upos"] not in NOMINAL and new["feats"].get("VerbForm") != "Part"
                or new["feats"].get("Case") != old["feats"].get("Case")):
        token.pop("governor", None)
    token.update(lemma=new["lemma"], upos=new["upos"], feats=dict(new["feats"]))
    token["otherReadings"] = others


def _less_specific(r: dict, new: dict) -> bool:
    """A reading that is the new one with fewer features (BÍN's pronoun without gender)."""
    return r["lemma"] == new["lemma"] and r["upos"] == new["upos"] and r["feats"].items() < new["feats"].items()


def is_verb(token: dict | None) -> bool:
    return token is not None and token["upos"] in ("VERB", "AUX")


def is_finite(token: dict | None) -> bool:
    return is_verb(token) and "Mood" in token["feats"]


def previous_verb(words: list[dict], i: int) -> dict | None:
    """The nearest verb before word i in its clause."""
    for j in range(i - 1, -1, -1):
        w = words[j]
        if is_break(w) or w["form"].lower() in CLAUSE_OPENERS and w["upos"] in ("SCONJ", "CCONJ"):
            return None
        if is_verb(w):
            return w
    return None


def nonfinite_verb_later_in_clause(words: list[dict], i: int) -> bool:
    """A verb that is not finite after word i in its clause, before a conjunction: a modal's own
    infinitive ("Mun vinna hefjast", "skal kæra berast"), so word i is its subject."""
    for w in words[i + 1:i + 8]:
        if is_break(w) or w["upos"] in ("CCONJ", "SCONJ"):
            return False
        if is_verb(w) and "Mood" not in w["feats"]:
            return True
    return False


def is_copula(token: dict | None) -> bool:
    return token is not None and is_verb(token) and token["lemma"] in COPULAS


def recase(w: dict, case: str) -> dict | None:
    """The word's reading in another case, same lemma, number and gender. BÍN gives personal
    pronouns no gender (hann, hún, það are lemmas of their own) where the parse writes one: a
    reading without a gender matches, and the word keeps its gender and person."""
    keep = {k: w["feats"][k] for k in ("Number", "Gender") if k in w["feats"]}
    for r in options(w):
        if r["lemma"] != w["lemma"] or r["feats"].get("Case") != case:
            continue
        if all(r["feats"].get(k, v if k == "Gender" else None) == v for k, v in keep.items()):
            if r["feats"].items() >= {k: v for k, v in w["feats"].items() if k != "Case"}.items():
                return r
            return {**r, "feats": {**w["feats"], **r["feats"]}}
    return None


# Verbs whose complement is a nominative predicate ("að vera keppnisíþrótt", "hefur orðið


@lru_cache(maxsize=1)
def _object_cases() -> dict[str, frozenset]:
    """Verb lemma → the cases Greynir's verb frames (Verbs.conf) give its objects, read once."""
    out: dict[str, set] = {}
    for key in VerbFrame.CASE_FRAMES:
        verb, *cases = key.split("_")
        out.setdefault(verb, set()).update(cases)
    return {verb: frozenset(cases) for verb, cases in out.items()}


def verb_object_cases(lemma: str) -> frozenset:
    return _object_cases().get(lemma, frozenset())
