"""The eleventh pass: names and headwords — a name opening a sentence, a people's name in the
genitive, a verb BÍN does not know, a genitive that is only a variant form."""

from ..lexicon import bin_entries, marginal_lemmas, rare_lemmas
from .common import find, is_break, is_verb, options, switch
from .pass11_common import GENDER_CLASS, GENDER_OF_CLASS


def _first_word(words: list[dict]) -> int | None:
    """Index of the sentence's first word, after any opening quotes or dashes."""
    for i, w in enumerate(words):
        if not is_break(w):
            return i
    return None


def _name_reading(w: dict) -> dict | None:
    """The proper-name reading of w in the same case and number as its common-noun reading."""
    feats = w["feats"]
    for r in options(w):
        if r["upos"] == "PROPN" and r["lemma"][:1].isupper() and all(
                r["feats"].get(k) == feats.get(k) for k in ("Case", "Number")):
            return r
    return None


def _name_in_case(w: dict | None, case: str | None) -> bool:
    """w is a capitalised name in this case: the next part of a full name ("Haukur Örn"), not
    a genitive after a title ("Biskup Íslands")."""
    if w is None or not w["form"][:1].isupper():
        return False
    if w["upos"] == "PROPN":
        return w["feats"].get("Case") == case
    return find(w, upos="PROPN", feats={"Case": case}) is not None


def sentence_initial_name(words: list[dict]) -> None:
    """A capital at the start of a sentence says nothing, and the parse may then take a name for
    the common noun BÍN spells the same in lower case: "Ísland vann" read as ísland "icy land",
    "Haukur Örn sagði" as haukur "hawk". The word is the name when BÍN rates the common noun
    rare (ísland), or when another name follows it in the same case (a full name: "Haukur
    Örn"). A common noun that BÍN rates core and that stands alone stays ("Björk er tré",
    "Höfn er staður þar sem skip leggjast að", "Vík er lítill flói"): towns named after a
    common word cannot be told from it by the word alone (Akureyri stays akureyri too)."""
    i = _first_word(words)
    if i is None:
        return
    w = words[i]
    if w["upos"] != "NOUN" or not w["form"][:1].isupper() or w["lemma"][:1].isupper():
        return
    name = _name_reading(w)
    if name is None:
        return
    rare = (w["lemma"], GENDER_CLASS.get(w["feats"].get("Gender"), "")) in rare_lemmas(w["form"].lower())
    following = words[i + 1] if i + 1 < len(words) else None
    if rare or _name_in_case(following, w["feats"].get("Case")):
        switch(w, name)


def verb_outside_bin(words: list[dict]) -> None:
    """Greynir's lexicon has a few verbs BÍN does not (fólka); where the parse reads a form as
    one of them and BÍN knows the form only as a noun ("það sem fólki svíður": the dative of
    fólk), the word is that noun, in the first case BÍN lists for it among its readings."""
    for w in words:
        if not is_verb(w):
            continue
        entries = bin_entries(w["form"]) + bin_entries(w["form"].lower())
        if not entries or any(lemma.replace("-", "") == w["lemma"] and ordfl == "so" for lemma, ordfl, _d, _m in entries):
            continue
        noun = find(w, upos="NOUN")
        if noun is not None:
            switch(w, noun)


def _variant_mark(mark: str) -> bool:
    """BÍN numbers a form's second and third variants (EFETgr2: liðsins beside liðarins)."""
    return mark[-1:] in ("2", "3")


def noun_not_a_variant_form(words: list[dict]) -> None:
    """A genitive that is only a secondary variant of its lemma's inflection (BÍN's "2": liðsins
    as a genitive of liður, whose usual genitive is liðarins) is read as the other noun whose
    regular form it is, in the same case, number and definiteness, if BÍN rates that noun core:
    liðsins is "of the team" (lið), not "of the joint". Only the genitive: BÍN also numbers
    datives in -i that are as common as the first form (hópi beside hóp, of hópur)."""
    for w in words:
        if w["upos"] != "NOUN" or w["feats"].get("Case") != "Gen":
            continue
        entries = bin_entries(w["form"])
        mine = [e for e in entries if e[0].replace("-", "") == w["lemma"] and e[1] == GENDER_CLASS.get(w["feats"].get("Gender"))]
        if not mine or not all(_variant_mark(mark) for _l, _o, _d, mark in mine):
            continue
        unlikely = rare_lemmas(w["form"]) | marginal_lemmas(w["form"])
        regular = {(lemma.replace("-", ""), ordfl) for lemma, ordfl, _d, mark in entries
                   if ordfl in GENDER_OF_CLASS and not _variant_mark(mark) and (lemma, ordfl) not in unlikely}
        for lemma, ordfl in regular:
            new = find(w, lemma=lemma, upos="NOUN", feats={k: w["feats"][k] for k in ("Case", "Number", "Definite") if k in w["feats"]}
                       | {"Gender": GENDER_OF_CLASS[ordfl]})
            if new is not None:
                switch(w, new)
                break


# What a people does or has as one: its team, army, government, leaders, attacks, membership.
# Compounds count by their last part (landslið, ESB-aðild, loftárás). "Eiginkona Svía", "bíll
# Breta", "lík Pólverja" are one person's.
PEOPLE_AS_ONE = ("lið", "her", "stjórn", "stjórnvöld", "forseti", "ráðherra", "leiðtogi", "þjóð", "aðild", "úrsögn", "sókn",
                 "innrás", "árás", "sigur", "tap", "leikur", "meistari", "meistarar", "hópur", "fjöldi", "meirihluti", "þing", "hagsmunir")


def nationality_is_plural(words: list[dict]) -> None:
    """A people's name (BÍN's domain "ffl": Ísraeli, Frakki, Rússi) in a genitive that is
    singular and plural alike (Ísraela), after milli or a noun of what a people does or has as
    one (PEOPLE_AS_ONE), names the people, plural: "sókn Ísraela" is the Israelis' offensive,
    "heimsmeisturum Frakka" the French world champions, "innrás Rússa" the Russians' invasion.
    Not when a word after it makes it one person ("Frakka nokkurs", "Dana og Íslendings").
    Other heads and cases stay as parsed: "eiginkona Svía sem lést", "hitti Frakka"."""
    for i, w in enumerate(words):
        if w["upos"] not in ("NOUN", "PROPN") or w["feats"].get("Number") != "Sing" or w["feats"].get("Case") != "Gen" or i == 0:
            continue
        if not any(lemma == w["lemma"] and domain == "ffl" for lemma, _o, domain, _m in bin_entries(w["form"])):
            continue
        before = words[i - 1]
        collective = before["form"].lower() == "milli" or before["upos"] == "NOUN" and before["lemma"].endswith(PEOPLE_AS_ONE)
        if not collective:
            continue
        nxt = words[i + 1] if i + 1 < len(words) else None
        if nxt is not None and i + 2 < len(words) and words[i + 2]["form"].lower() == "vegar":
            nxt = None  # "milli Ísraela annars vegar og Hamas hins vegar": on the one hand
        if nxt is not None and (nxt["feats"].get("Number") == "Sing" and nxt["upos"] in ("DET", "PRON", "ADJ")
                                or nxt["form"].lower() in ("og", "eða") and i + 2 < len(words) and words[i + 2]["feats"].get("Number") == "Sing"):
            continue  # "Frakka nokkurs", "Dana og Íslendings": one person
        plural = find(w, lemma=w["lemma"], feats={"Case": w["feats"]["Case"], "Number": "Plur"})
        if plural is not None:
            switch(w, plural)


def _people_noun(n: dict) -> bool:
    """A plural noun naming people as a group: a people (BÍN's domain ffl: Íslendingar) or a
    compound of maður (alþingismenn, sjálfstæðismenn)."""
    if n["upos"] not in ("NOUN", "PROPN") or n["feats"].get("Number") != "Plur" or n["feats"].get("Definite") == "Def":
        return False
    return n["lemma"].endswith("maður") or any(lemma == n["lemma"] and domain == "ffl" for lemma, _o, domain, _m in bin_entries(n["form"]))


def we_the_people(words: list[dict]) -> None:
    """"við Íslendingar", "okkur alþingismenn", "ykkur sjálfstæðismönnum": a plural noun naming
    people right after við, þið, okkur or ykkur stands in apposition to it, in its case ("skiptir
    okkur Íslendinga máli": accusative, not genitive). "Við sjálfstæðismenn höfum …" opening a
    clause before a verb in the 1st person plural is the pronoun, not the preposition við."""
    for i, w in enumerate(words[:-1]):
        n = words[i + 1]
        if w["form"].lower() not in ("við", "þið", "okkur", "ykkur") or not _people_noun(n):
            continue
        if w["upos"] == "ADP" and w["form"].lower() == "við":
            verb = next((t for t in words[i + 2:i + 5] if is_verb(t) and "Mood" in t["feats"]), None)
            pronoun = find(w, lemma="ég", upos="PRON", feats={"Case": "Nom", "Number": "Plur"})
            if verb is None or verb["feats"].get("Person") != "1" or verb["feats"].get("Number") != "Plur" or pronoun is None:
                continue
            switch(w, pronoun)
        if w["upos"] != "PRON" or w["feats"].get("Case") == n["feats"].get("Case"):
            continue
        same = find(n, lemma=n["lemma"], upos=n["upos"], feats={"Case": w["feats"].get("Case"), "Number": "Plur"})
        if same is not None:
            switch(n, same)

