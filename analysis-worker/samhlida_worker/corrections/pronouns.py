"""The plural of sá and of the personal pronouns is one set of forms (þeir, þá, þeim, þeirra,
þær, þau); BÍN files each form under both. Which one a word is, its neighbours show."""

from .common import find, options, switch

PERSONAL = {"Masc": "hann", "Fem": "hún", "Neut": "það"}
# After these the plural form is the demonstrative: "þeim sem …", "þeirra er …"
RELATIVE = {"sem", "er"}
NOMINAL = {"NOUN", "PROPN", "ADJ", "NUM", "DET"}


def _agrees(a: dict, b: dict) -> bool:
    return all(a["feats"].get(k) == b["feats"].get(k) for k in ("Case", "Number", "Gender"))


def plural_pronoun(words: list[dict]) -> None:
    """A plural form of sá is the demonstrative (determiner) before a noun phrase it agrees
    with ("þeim mönnum") or a relative clause ("þeim sem"); standing alone it refers back to
    people or things named before, which is the personal pronoun ("sagði þeim", "fyrir þá"),
    filed under hann, hún or það by gender. And the other way round."""
    for i, w in enumerate(words):
        if w["upos"] not in ("PRON", "DET") or w["feats"].get("Number") != "Plur":
            continue
        nxt = words[i + 1] if i + 1 < len(words) else None
        # a number in digits has no case of its own to agree with ("þeim 6,4 milljörðum")
        determiner = nxt is not None and (nxt["form"].lower() in RELATIVE or nxt["upos"] == "NUM"
                                          or nxt["upos"] in NOMINAL | {"PRON"} and _agrees(nxt, w))
        gender = w["feats"].get("Gender")
        if w["lemma"] == "sá" and not determiner and gender in PERSONAL:
            # BÍN gives the personal pronoun's plural no gender: it is the lemma's (hann: masculine)
            new = find(w, lemma=PERSONAL[gender], feats={k: w["feats"][k] for k in ("Case", "Number") if k in w["feats"]})
            if new is not None:
                new = {**new, "feats": {**new["feats"], "Gender": gender, "Person": "3"}}
        elif w["lemma"] in PERSONAL.values() and determiner:
            new = find(w, lemma="sá", feats={k: w["feats"][k] for k in ("Case", "Number", "Gender") if k in w["feats"]})
        else:
            new = None
        if new is not None:
            switch(w, new)


def thess_standing_alone(words: list[dict]) -> None:
    """"þess" is the genitive singular of sá in the masculine and the neuter alike. Before a
    masculine word it agrees with ("þess manns") it is masculine; standing alone it points to a
    thing or a clause, which is neuter: "til þess að", "vegna þess", "auk þess"."""
    for i, w in enumerate(words):
        if w["form"].lower() != "þess" or w["upos"] not in ("PRON", "DET") or w["feats"].get("Gender") != "Masc":
            continue
        nxt = words[i + 1] if i + 1 < len(words) else None
        if nxt is not None and nxt["upos"] in NOMINAL and _agrees(nxt, w):
            continue
        new = find(w, lemma=w["lemma"], feats={"Case": "Gen", "Number": "Sing", "Gender": "Neut"})
        if new is not None:
            switch(w, new)


def hvort_conjunction(words: list[dict]) -> None:
    """hvort is the neuter of the pronoun hvor ("which of two") and the conjunction "whether".
    Followed by a clause's subject and its finite verb ("hvort ég hreyfði mig", "hvort það sé",
    "hvort ríkið geri"), it is the conjunction: the pronoun would have to be that subject, or
    agree with it as its determiner, which a personal pronoun or a noun of another gender rules
    out; with a neuter noun the conjunction is by far the commoner."""
    for i, w in enumerate(words[:-2]):
        if w["form"].lower() != "hvort" or w["upos"] not in ("PRON", "DET"):
            continue
        subject, verb = words[i + 1], words[i + 2]
        if subject["upos"] not in ("PRON", "NOUN", "PROPN") or subject["lemma"] in ("annar", "tveggja"):
            continue  # "hvort annað": each other
        if not (verb["upos"] in ("VERB", "AUX") and "Mood" in verb["feats"]):
            continue
        new = find(w, lemma="hvort", upos="SCONJ")
        if new is not None:
            switch(w, new)


def allur_standing_alone(words: list[dict]) -> None:
    """allur used on its own means "everyone" (plural: "öllum er ljóst") or "everything" (neuter
    singular: "öllu"); the masculine singular needs a noun ("öllum heiminum"). So öllum, the
    dative of the masculine singular and of the plural, read as singular with no noun in that
    case after it (genitives between: "öllum regnbogans litum"), is the plural."""
    for i, w in enumerate(words):
        if w["lemma"] != "allur" or w["upos"] not in ("PRON", "DET") or w["feats"].get("Number") != "Sing":
            continue
        if w["feats"].get("Case") != "Dat" or w["form"].lower() != "öllum":
            continue
        j = i + 1
        while j < len(words) and words[j]["feats"].get("Case") == "Gen" and words[j]["upos"] in ("NOUN", "PROPN", "ADJ", "DET", "PRON"):
            j += 1
        nxt = words[j] if j < len(words) else None
        if nxt is not None and nxt["upos"] in ("NOUN", "ADJ", "PROPN") and nxt["feats"].get("Case") == "Dat" and nxt["feats"].get("Number") == "Sing":
            continue
        new = find(w, lemma="allur", feats={"Case": "Dat", "Number": "Plur"})
        if new is not None:
            switch(w, new)


PERSONAL_LEMMAS = {"ég", "þú", "hann", "hún", "það", "við", "þið"}


def pronoun_not_rare_noun(words: list[dict]) -> None:
    """The personal pronouns share forms with rare nouns (hún: húnn "cub", hana: hani "cock",
    honum: hunn). Read as such a noun with no modifier agreeing with it or preposition right
    before it, the form is the pronoun, in the case the noun reading had if the pronoun has it,
    else its first reading (hún: nominative)."""
    for i, w in enumerate(words):
        if w["upos"] != "NOUN":
            continue
        pronouns = [r for r in options(w) if r["upos"] == "PRON" and r["lemma"] in PERSONAL_LEMMAS]
        if not pronouns or any(r["upos"] == "ADV" for r in options(w)):
            continue  # þá: the adverb "then" is as likely as the pronoun
        prev = words[i - 1] if i else None
        if prev is not None and (prev["upos"] in ("ADJ", "DET", "NUM") or prev["upos"] == "PRON" and prev["feats"].get("Case") == w["feats"].get("Case")
                                 and prev["lemma"] not in PERSONAL_LEMMAS):
            continue
        new = next((r for r in pronouns if r["feats"].get("Case") == w["feats"].get("Case")), None)
        if prev is not None and prev["upos"] == "ADP":
            if new is None:
                continue
        switch(w, new or pronouns[0])
