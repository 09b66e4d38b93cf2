"""The reflexive pronoun *sig* (sig, sér, sín) has one form for every number and gender: it
takes both from its antecedent, the clause's subject ("menn … velta því fyrir sér" → plural
masculine). The learner sees which word it refers back to, and the features are the antecedent's,
as UD gives them (IcePaHC/Modern; GC leaves them out, which scoring allows for)."""

from .common import is_break

_NOMINALS = {"NOUN", "PROPN", "PRON"}


def _antecedent(words: list[dict], at: int) -> dict | None:
    """The nearest nominative noun or 3rd-person pronoun before the reflexive; a subject after
    it only when none comes before ("Fyrir sér hafði hann …")."""
    def subject(w: dict) -> bool:
        return (w["upos"] in _NOMINALS and w["feats"].get("Case") == "Nom" and w["lemma"] != "sig"
                and w["feats"].get("Person") in (None, "3") and "Number" in w["feats"])
    for i in range(at - 1, -1, -1):
        if subject(words[i]):
            return words[i]
    for w in words[at + 1:]:
        if is_break(w):
            break
        if subject(w):
            return w
    return None


def reflexive_agrees_with_its_subject(words: list[dict]) -> None:
    for i, w in enumerate(words):
        if w["lemma"] != "sig" or w["upos"] != "PRON":
            continue
        ante = _antecedent(words, i)
        if ante is None:
            continue
        feats = dict(w["feats"])
        feats["Number"] = ante["feats"]["Number"]
        if "Gender" in ante["feats"]:
            feats["Gender"] = ante["feats"]["Gender"]
        w["feats"] = feats
        w["antecedent"] = {"form": ante["form"]}
