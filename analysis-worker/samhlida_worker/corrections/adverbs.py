"""Adverbs the parse read as adjectives: BÍN lists many adverbs (líka, auðvitað, frekar,
vandlega, upphátt) beside an adjective form spelled the same."""

from .common import is_break, is_copula, options, switch

NOMINAL = {"NOUN", "PROPN", "ADJ"}


def _agrees(a: dict, b: dict) -> bool:
    return all(a["feats"].get(k) == b["feats"].get(k) for k in ("Case", "Number", "Gender"))


def adverb_not_adjective(words: list[dict]) -> None:
    """A form that is both an adverb in BÍN and an adjective is the adverb where the adjective
    reading cannot stand. A weak adjective (æðislega, vandlega, endilega) needs a determiner
    before it or a definite noun after it; without either, and not after a preposition (where
    an adjective can stand for a noun: "úr miklu"), it is the adverb ("bara æðislega gaman",
    "meta vandlega hvort"). An adjective BÍN gives no inflection, or the same form in every case,
    gender and number (þannig, allavega, svona, eins), is the adverb unless a noun or adjective
    follows it."""
    for i, w in enumerate(words):
        if w["upos"] != "ADJ" or w["feats"].get("Degree", "Pos") != "Pos":
            continue
        new = next((r for r in options(w) if r["upos"] == "ADV" and r["lemma"] == w["form"].lower()), None)
        if new is None:
            continue
        prev = words[i - 1] if i > 0 else None
        nxt = words[i + 1] if i + 1 < len(words) else None
        if w["feats"].get("Definite") == "Def":
            determiner = prev is not None and (prev["upos"] in ("DET", "PRON") and _agrees(prev, w) or prev["upos"] == "ADP")
            definite_noun = nxt is not None and nxt["upos"] in NOMINAL and _agrees(nxt, w) and nxt["feats"].get("Definite") == "Def"
            if determiner or definite_noun:
                continue
        elif "Case" in w["feats"] and not _uninflected(w) or nxt is not None and nxt["upos"] in NOMINAL:
            continue
        switch(w, new)


def _uninflected(w: dict) -> bool:
    """BÍN lists the form as its adjective in every case, gender and number (svona, þannig,
    eins "such, alike"): the adjective does not inflect, and its case is a guess."""
    cases = {(r["feats"].get("Case"), r["feats"].get("Gender"), r["feats"].get("Number"))
             for r in [w] + options(w) if r["upos"] == "ADJ" and r["lemma"] == w["lemma"]}
    return len(cases) >= 24


PREDICATE = {"Case": "Nom", "Gender": "Neut", "Number": "Sing"}


def predicate_after_copula(words: list[dict]) -> None:
    """Right after vera or verða (adverbs such as ekki, kannski between), a word that is both an
    adverb and the neuter singular of an adjective is the adjective, the predicate ("er langt
    frá því", "er rétt sem", "hvernig er hægt að", "er hægara sagt en"): a copula needs its
    predicate. Before an adjective or adverb it is the adverb that modifies it instead ("er
    svolítið ánægður", "er nógu vel")."""
    for i, w in enumerate(words):
        if w["upos"] != "ADV" or i == 0:
            continue
        new = next((r for r in options(w) if r["upos"] == "ADJ" and r["lemma"] != w["form"].lower()
                    and r["feats"].get("Degree") in ("Pos", "Cmp") and r["feats"].get("Definite") != "Def"
                    and all(r["feats"].get(k) == v for k, v in PREDICATE.items())), None)
        if new is None:
            continue
        j = i - 1
        while j > 0 and words[j]["upos"] in ("ADV", "PART") and not is_break(words[j]):
            j -= 1
        nxt = words[i + 1] if i + 1 < len(words) else None
        # a plural copula has a plural subject, which a neuter singular cannot be predicated of
        if is_copula(words[j]) and words[j]["feats"].get("Number") != "Plur" and (nxt is None or nxt["upos"] not in ("ADJ", "ADV")):
            switch(w, new)
