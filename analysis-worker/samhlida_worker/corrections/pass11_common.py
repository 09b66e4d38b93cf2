"""What the eleventh pass's rules share."""

from .common import is_break, is_verb


# UD gender and BÍN's word class of nouns, both ways.
GENDER_CLASS = {"Masc": "kk", "Fem": "kvk", "Neut": "hk"}
GENDER_OF_CLASS = {v: k for k, v in GENDER_CLASS.items()}


def _clause_after(words: list[dict], i: int) -> list[dict]:
    """The words after i up to the end of its clause: a break or a conjunction that joins
    another clause (og, en, eða), at most 12."""
    out = []
    for w in words[i + 1:i + 1 + 12]:
        if is_break(w) or w["form"].lower() in ("og", "en", "eða") and w["upos"] == "CCONJ":
            break
        out.append(w)
    return out


def _finite_before(words: list[dict], i: int) -> bool:
    """A finite verb before word i in its clause."""
    for j in range(i - 1, -1, -1):
        if is_break(words[j]):
            return False
        if is_verb(words[j]) and "Mood" in words[j]["feats"]:
            return True
    return False


def _verb_name(verb: dict) -> str:
    """The verb as a dictionary names it: BÍN files the middle voice under the active (réðust:
    ráða), and ráðast á is another verb than ráða."""
    return verb["lemma"] + "st" if verb["feats"].get("Voice") == "Mid" and not verb["lemma"].endswith("st") else verb["lemma"]


# Nouns of time: after í they say how long or when (pass11_cases.time_after_i), and they are
# not a place where something happens (í áratugi "for decades").
TIME_AFTER_I = {"stund", "tími", "dagur", "vika", "mánuður", "ár", "klukkustund", "mínúta", "sekúnda", "sólarhringur",
                "nótt", "áratugur", "öld", "kvöldstund"}


# Verbs whose á says where something is aimed or thrown: the accusative of direction (skjóta
# á herstöð, ráðast á, varpa sprengjum á borgina, kasta steini á rúðu, beina ljósi á sviðið).
AIMING_VERBS = {"skjóta", "ráðast", "varpa", "kasta", "beina", "miða", "hleypa", "fleygja", "henda"}
