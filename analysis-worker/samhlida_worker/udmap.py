"""Greynir terminal variants and BÍN inflection tags → Universal Dependencies UPOS and features.

Both sources are first reduced to one vocabulary of lower-case Greynir variant names
("þgf", "ft", "gr", "p3", "lhþt" …), so one table maps them to UD.
"""

import re

CASE = {"nf": "Nom", "þf": "Acc", "þgf": "Dat", "ef": "Gen"}
NUMBER = {"et": "Sing", "ft": "Plur"}
GENDER = {"kk": "Masc", "kvk": "Fem", "hk": "Neut"}
PERSON = {"p1": "1", "p2": "2", "p3": "3"}
TENSE = {"nt": "Pres", "þt": "Past"}
MOOD = {"fh": "Ind", "vh": "Sub", "bh": "Imp"}
VOICE = {"gm": "Act", "mm": "Mid"}
DEGREE = {"fsb": "Pos", "fvb": "Pos", "mst": "Cmp", "esb": "Sup", "evb": "Sup"}
WEAK = {"fvb", "evb", "vb"}

# BÍN word classes (ordfl) and Greynir terminal categories → UPOS.
UPOS = {
    "no": "NOUN", "kk": "NOUN", "kvk": "NOUN", "hk": "NOUN",
    "so": "VERB", "lo": "ADJ", "ao": "ADV", "eo": "ADV", "fs": "ADP",
    "pfn": "PRON", "abfn": "PRON", "fn": "PRON", "gr": "DET",
    "to": "NUM", "töl": "NUM", "tala": "NUM", "ártal": "NUM", "raðnr": "ADJ", "rt": "ADJ",
    "nhm": "PART", "uh": "INTJ", "stt": "SCONJ",
    "person": "PROPN", "sérnafn": "PROPN", "entity": "PROPN", "fyrirtæki": "PROPN",
    "foreign": "X", "grm": "PUNCT", "p": "PUNCT", "afn": "PRON",
}
COORDINATORS = {"og", "eða", "en", "heldur", "né", "enda", "ellegar", "hvorki", "bæði", "ýmist"}
# Verbs the Icelandic UD treebanks tag AUX (nearly always, in both): tense, modal and copula.
AUXILIARIES = {"vera", "hafa", "geta", "munu", "skulu", "mega", "vilja"}
# BÍN "fl" (domain) values that make a noun a proper noun: person, family and place names,
# countries, streets, companies, foreign names (https://bin.arnastofnun.is/gogn/k-snid).
PROPER_DOMAINS = {"ism", "föð", "móð", "ætt", "gæl", "erl", "örn", "lönd", "göt", "fyr", "þor", "heö", "borg", "ffl", "bibl", "dýr", "myth", "hetja", "entity", "fólk"}

_CASE_NUM = re.compile(r"^(NF|ÞF|ÞGF|EF)(ET|FT)(gr)?(\d)?$")
_PERS = re.compile(r"^([123])P$")


def bin_variants(ordfl: str, mark: str) -> list[str]:
    """BÍN's inflection tag ("ÞGFFTgr", "GM-FH-ÞT-3P-ET", "LHÞT-SB-KVK-NFET") as variant names."""
    out: list[str] = []
    if ordfl in GENDER:
        out.append(ordfl)
    if mark in ("-", ""):
        return out
    pieces = mark.split("-")
    # "OP-ÞF-GM-…": impersonal verb whose subject stands in the given case; not the verb's own case.
    if pieces[0] == "OP":
        pieces = [p for p in pieces[2:] if p] if len(pieces) > 1 and pieces[1] in ("NF", "ÞF", "ÞGF", "EF") else pieces[1:]
        out.append("op")
    for piece in pieces:
        m = _CASE_NUM.match(piece)
        if m:
            out += [m.group(1).lower(), m.group(2).lower()] + (["gr"] if m.group(3) else [])
            continue
        m = _PERS.match(piece)
        if m:
            out.append("p" + m.group(1))
            continue
        low = piece.lower()
        if low == "ft2":
            low = "ft"
        out.append(low)
    return out


def verb_argument_cases(variants: list[str]) -> tuple[list[str], list[str]]:
    """Split a Greynir verb terminal's variants into the cases of its arguments and the rest.

    "so_2_þgf_þf_nh" gives (["þgf", "þf"], ["nh"]); "subj" is followed by the subject's case.
    """
    args: list[str] = []
    rest: list[str] = []
    expect = 0
    after_subj = False
    for v in variants:
        if v in ("0", "1", "2"):
            expect = int(v)
            continue
        if v == "subj":
            after_subj = True
            continue
        if v in CASE and (expect > 0 or after_subj):
            if expect > 0:
                args.append(v)
                expect -= 1
            else:
                after_subj = False
            continue
        rest.append(v)
    return args, rest


def upos_for(cat: str, lemma: str, domain: str = "alm", text: str = "") -> str:
    if cat == "st":
        return "CCONJ" if lemma.lower() in COORDINATORS else "SCONJ"
    if cat == "so" and lemma in AUXILIARIES:
        return "AUX"
    if cat in GENDER or cat == "no":
        return "PROPN" if domain in PROPER_DOMAINS else "NOUN"
    if cat in UPOS:
        return UPOS[cat]
    if cat == "" and text and not any(ch.isalnum() for ch in text):
        return "PUNCT"
    return "X"


def ud_features(upos: str, variants: list[str]) -> dict[str, str]:
    """UD features from variant names. Verbs have no case of their own (the cases in a verb's
    terminal are its arguments') except past participles, which inflect like adjectives."""
    vs = set(variants)
    feats: dict[str, str] = {}

    def pick(table: dict[str, str], name: str) -> None:
        for v in variants:
            if v in table:
                feats[name] = table[v]
                return

    verbal = upos in ("VERB", "AUX")
    if verbal:
        if "lhþt" in vs:
            pick(CASE, "Case")
        pick(NUMBER, "Number")
        if "lhþt" in vs:
            pick(GENDER, "Gender")
        pick(PERSON, "Person")
        pick(TENSE, "Tense")
        pick(MOOD, "Mood")
        pick(VOICE, "Voice")
        if vs & {"fh", "vh", "bh"}:
            feats["VerbForm"] = "Fin"
        elif "nh" in vs:
            feats["VerbForm"] = "Inf"
        elif "sagnb" in vs:
            feats["VerbForm"] = "Sup"
        elif "lhþt" in vs:
            feats["VerbForm"] = "Part"
            feats["Tense"] = "Past"
        elif "lh" in vs:
            feats["VerbForm"] = "Part"
            feats["Tense"] = "Pres"
        return feats
    if upos in ("ADP", "ADV", "CCONJ", "SCONJ", "PART", "INTJ", "PUNCT", "X", "SYM"):
        if upos == "ADV":
            pick(DEGREE, "Degree")
        return feats
    pick(CASE, "Case")
    pick(NUMBER, "Number")
    pick(GENDER, "Gender")
    if upos in ("NOUN", "PROPN"):
        feats["Definite"] = "Def" if "gr" in vs else "Ind"
    if upos == "ADJ":
        pick(DEGREE, "Degree")
        # Greynir writes a positive adjective's declension alone ("vb", "sb"), without "fvb".
        if "Degree" not in feats and vs & {"vb", "sb"}:
            feats["Degree"] = "Pos"
        if vs & WEAK:
            feats["Definite"] = "Def"
        elif vs & {"fsb", "esb", "sb"}:
            feats["Definite"] = "Ind"
    if upos == "PRON":
        pick(PERSON, "Person")
    return feats
