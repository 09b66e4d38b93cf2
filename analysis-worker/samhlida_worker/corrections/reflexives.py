"""The reflexive pronoun *sig* (sig, sér, sín) has one form for every number and gender: it
takes both from its antecedent, the clause's subject ("menn … velta því fyrir sér" → plural
masculine). The learner sees which word it refers back to, and the features are the
antecedent's, as UD gives them (IcePaHC/Modern; GC leaves them out, which scoring allows for).
The possessive *sinn* refers back to the same owner (í töskunni sinni: the pupils'), though it
agrees with what is owned."""

from .common import is_break

_NOMINALS = {"NOUN", "PROPN", "PRON"}
# How far back (and forward) an antecedent is looked for: a clause's subject is near its
# reflexive, and a text without punctuation must not cost a scan of the whole text per word.
WINDOW = 40


def _placeholder(words: list[dict], i: int) -> bool:
    """*það* at i as the placeholder subject of "það er gott (fyrir börnin) að …", which nothing
    refers back to: followed by a form of vera or verða."""
    return words[i]["form"].lower() == "það" and i + 1 < len(words) and words[i + 1]["lemma"] in ("vera", "verða")


def _antecedent(words: list[dict], at: int) -> dict | None:
    """The nearest nominative noun or 3rd-person pronoun before the reflexive, or the noun a
    relative *sem* before it stands for; a subject after it only when none comes before
    ("Fyrir sér hafði hann …")."""
    def subject(k: int) -> bool:
        w = words[k]
        return (w["upos"] in _NOMINALS and w["feats"].get("Case") == "Nom" and w["lemma"] != "sig"
                and w["feats"].get("Person") in (None, "3") and "Number" in w["feats"] and not _placeholder(words, k))
    for i in range(at - 1, max(-1, at - 1 - WINDOW), -1):
        if subject(i):
            return words[i]
        if words[i]["form"].lower() == "sem" and words[i]["upos"] == "SCONJ":
            # a relative clause with no subject of its own before sig: the subject is the noun
            # *sem* stands for ("sjómann sem snýr heim til sín": the sailor's home)
            head = next((t for t in reversed(words[max(0, i - 3):i]) if t["upos"] in _NOMINALS and "Number" in t["feats"]
                         and t["feats"].get("Person") in (None, "3")), None)
            if head is not None:
                return head
    for k in range(at + 1, min(len(words), at + 1 + WINDOW)):
        if is_break(words[k]):
            break
        if subject(k):
            return words[k]
    return None


# Verbs whose infinitive's subject is their own subject, not their object: promise, vow, threaten.
SUBJECT_CONTROL = {"lofa", "heita", "hóta", "sverja"}


def _controller(words: list[dict], at: int) -> dict | None:
    """In an infinitive clause (að + infinitive) after a verb with an object, the reflexive is
    the object's: "Vegagerðin bendir fólki á að kynna sér færð" (the people inform themselves),
    "hvatti hana til að skrá sig". The object is the nearest dative or accusative noun or
    3rd-person pronoun before *að* that a verb, not a preposition, governs."""
    k = at - 1
    while k >= max(0, at - WINDOW) and not is_break(words[k]) and not (words[k]["form"].lower() == "að" and words[k]["upos"] == "PART"):
        k -= 1
    if k < 1 or is_break(words[k]) or words[k]["upos"] != "PART":
        return None
    for j in range(k - 1, max(-1, k - 4), -1):
        w = words[j]
        if is_break(w) or w["feats"].get("Case") == "Nom":
            return None
        gov = w.get("governor") or {}
        # a verb's object, or the one something is good or meant for (gott fyrir börnin að …)
        governed = gov.get("kind") != "preposition" or gov.get("lemma") in ("fyrir", "handa")
        if (w["upos"] in _NOMINALS and w["feats"].get("Case") in ("Dat", "Acc") and w["lemma"] != "sig"
                and w["feats"].get("Person") in (None, "3") and "Number" in w["feats"] and governed):
            verb = next((t for t in reversed(words[max(0, j - 3):j]) if t["upos"] in ("VERB", "AUX")), None)
            if verb is not None and verb["lemma"] in SUBJECT_CONTROL:
                return None  # "Hann lofaði henni að flýta sér": he promised, he hurries
            return w
    return None


def reflexive_agrees_with_its_subject(words: list[dict]) -> None:
    for i, w in enumerate(words):
        possessive = w["lemma"] == "sinn" and w["upos"] in ("PRON", "DET")
        if not ((w["lemma"] == "sig" and w["upos"] == "PRON") or possessive):
            continue
        ante = _controller(words, i) or _antecedent(words, i)
        if ante is None:
            continue
        if possessive:
            # sinn agrees with what is owned (í töskunni sinni); only the owner is named
            w["antecedent"] = {"form": ante["form"]}
            continue
        feats = dict(w["feats"])
        feats["Number"] = ante["feats"]["Number"]
        if "Gender" in ante["feats"]:
            feats["Gender"] = ante["feats"]["Gender"]
        w["feats"] = feats
        w["antecedent"] = {"form": ante["form"]}
