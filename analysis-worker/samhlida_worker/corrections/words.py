"""Rules on small words whose readings the parse confuses: þá, á, við, sér, neuter pronouns, and
predicative adjectives."""

from ..lexicon import PREPOSITION_CASE, bin_entries
from ..udmap import GENDER
from .common import NOMINAL, UD_CASE, find, is_break, is_copula, is_finite, is_verb, options, switch, verb_object_cases


# What follows a predicative adjective whose subject is a clause: "er erfitt að …", "óljóst
# hvort …", "ljóst hvað …", "verra en að …"; or the clause ends there ("Það er hægt.").
CLAUSE_SUBJECT = {"að", "hvort", "hvað", "hvernig", "hver", "hvers", "hvenær", "hvar", "hvers vegna", "en", "sem"}
PREDICATIVE = {"Case": "Nom", "Gender": "Neut", "Number": "Sing"}


def predicative_adjective(words: list[dict]) -> None:
    """With vera/verða and a clause as subject ("Það er erfitt að …", "hægt er að …") the word is
    the predicative adjective in the nominative neuter singular, not the adverb of the same
    form: the adverb cannot be a predicate."""
    for i, w in enumerate(words):
        if w["upos"] != "ADV":
            continue
        # an indeclinable "adjective" (þannig, ókeypis) is BÍN's filing of an adverb's use
        new = next((r for r in options(w) if r["upos"] == "ADJ" and r["lemma"] != w["form"].lower()
                    and r["feats"].get("Degree") in ("Pos", "Cmp")
                    and r["feats"].get("Definite") != "Def" and all(r["feats"].get(k) == v for k, v in PREDICATIVE.items())), None)
        if new is None:
            continue
        j = i + 1
        after_copula = j < len(words) and is_copula(words[j])
        if after_copula:
            j += 1
        nxt = words[j] if j < len(words) else None
        if not (nxt is None or is_break(nxt) or nxt["form"].lower() in CLAUSE_SUBJECT):
            continue
        k = i - 1
        while not after_copula and k >= 0 and i - k <= 4 and words[k]["upos"] in ("ADV", "PRON", "PART") and not is_break(words[k]):
            k -= 1
        if after_copula or (k >= 0 and is_copula(words[k])):
            switch(w, new)


def heim_adverb(words: list[dict]) -> None:
    """"heim" is the adverb (home) unless a preposition or a word agreeing with it makes it the
    noun heimur (world): "fór heim", "heim til sín", but "um allan heim"."""
    for i, w in enumerate(words):
        if w["form"].lower() != "heim" or w["lemma"] != "heimur":
            continue
        prev = words[i - 1] if i > 0 else None
        nxt = words[i + 1] if i + 1 < len(words) else None
        home_to = nxt is not None and nxt["form"].lower() == "til"  # heim til e-s: always home
        if nxt is not None and nxt["upos"] in ("NOUN", "PROPN") and nxt["feats"].get("Case") == "Gen":
            continue  # "þekkir heim tískunnar": the world of fashion
        if not home_to and prev is not None and (prev["upos"] == "ADP" or (prev["upos"] in ("ADJ", "DET", "PRON", "NUM") and prev["feats"].get("Case") == "Acc")):
            continue
        new = find(w, upos="ADV", lemma="heim")
        if new is not None:
            switch(w, new)


def _agreeing(reading: dict, noun: dict) -> bool:
    return all(reading["feats"].get(k) == noun["feats"].get(k) for k in ("Case", "Number", "Gender"))


def tha_adverb_or_pronoun(words: list[dict]) -> None:
    """þá is the adverb "then" or the accusative of sá (them; that before a feminine noun). Before
    a finite verb ("Þá olli sprengingin", ", þá segir") or between a verb and what is not an
    accusative noun ("verður þá eitthvað") it is the adverb; after a preposition with no verb
    next ("fyrir þá") or before an accusative noun it agrees with ("þá leið") it is sá."""
    for i, w in enumerate(words):
        if w["form"].lower() != "þá":
            continue
        prev = words[i - 1] if i > 0 else None
        nxt = words[i + 1] if i + 1 < len(words) else None
        nominal_next = nxt is not None and nxt["upos"] in ("NOUN", "ADJ") and nxt["feats"].get("Case") == "Acc"
        if w["upos"] in ("PRON", "DET"):
            agrees = nominal_next and _agreeing(w, nxt)
            if is_finite(nxt) or (is_verb(prev) and not agrees):
                new = find(w, upos="ADV")
                if new is not None:
                    switch(w, new)
        elif w["upos"] == "ADV":
            pronouns = [r for r in options(w) if r["upos"] in ("PRON", "DET") and r["feats"].get("Case") == "Acc"]
            if nominal_next:
                new = next((r for r in pronouns if _agreeing(r, nxt)), None)
            elif prev is not None and prev["upos"] == "ADP" and (nxt is None or is_break(nxt)):
                new = next((r for r in pronouns if r["feats"].get("Number") == "Plur" and r["feats"].get("Gender") == "Masc"), None)
            else:
                new = None
            if new is not None:
                switch(w, new)


def preposition_not_eiga(words: list[dict]) -> None:
    """"á" read as the verb eiga (owns) right after another verb ("slaka á", "líta á þetta",
    "fari á markað"), or before a dative that eiga cannot govern ("fólk á jaðrinum"), is the
    preposition or particle: two finite verbs do not stand side by side, and eiga's object is
    accusative."""
    for i, w in enumerate(words):
        if w["form"].lower() != "á" or w["lemma"] != "eiga" or i == 0:
            continue
        prev = words[i - 1]
        nxt = words[i + 1] if i + 1 < len(words) else None
        dative_next = nxt is not None and nxt["upos"] in NOMINAL and nxt["feats"].get("Case") == "Dat"
        if is_verb(prev) or dative_next:
            new = find(w, upos="ADP")
            if new is not None:
                switch(w, new)


def _first_person_plural(token: dict) -> bool:
    return is_finite(token) and token["feats"].get("Person") == "1" and token["feats"].get("Number") == "Plur"


def _finite_first_plural_reading(token: dict | None) -> dict | None:
    if token is None or is_break(token):
        return None
    verbs = [r for r in options(token) if r["upos"] in ("VERB", "AUX") and "Mood" in r["feats"]
           and r["feats"].get("Person") == "1" and r["feats"].get("Number") == "Plur"]
    return next((r for r in verbs if r["feats"]["Mood"] == "Ind"), verbs[0] if verbs else None)


def vid_pronoun_or_preposition(words: list[dict]) -> None:
    """"við" is the pronoun "we" only as the subject of a verb in the 1st person plural; with no
    such verb in the sentence it is the preposition ("ósátt við", "á bak við", "í baráttu við").
    Right before a form that is such a verb it is the pronoun, and the form is that verb
    ("Við viljum", "og við heyrðum", which the parse may take for a participle)."""
    has_verb = None
    for i, w in enumerate(words):
        if w["form"].lower() != "við":
            continue
        if has_verb is None:
            has_verb = any(_first_person_plural(t) for t in words if t is not w)
        nxt = words[i + 1] if i + 1 < len(words) else None
        prev = words[i - 1] if i > 0 else None
        # a subject opens its clause or follows the verb; the preposition follows its head
        opens = prev is None or is_break(prev) or prev["upos"] in ("CCONJ", "SCONJ")
        verb = None if _first_person_plural(nxt) else _finite_first_plural_reading(nxt)
        if verb is not None and (w["upos"] == "PRON" or opens) and nxt["upos"] in ("ADJ", "NOUN", "VERB") and not is_finite(nxt):
            switch(nxt, verb)
            has_verb = True
        if w["upos"] == "PRON" and not has_verb:
            new = find(w, upos="ADP")
        elif w["upos"] in ("ADP", "ADV") and _first_person_plural(nxt):
            new = find(w, upos="PRON", feats={"Number": "Plur"})
            if new is not None:
                new = {**new, "feats": {**new["feats"], "Case": "Nom", "Person": "1"}}
        else:
            new = None
        if new is not None:
            switch(w, new)


def reflexive_not_adverb(words: list[dict]) -> None:
    """"sér" after a preposition or a verb ("í sjálfu sér", "með sér", "afsala sér") is the
    dative of the reflexive pronoun sig; BÍN's adverb sér ("sér í lagi") stands before a word.
    Right after a preposition it is not the verb sjá either ("velta því fyrir sér")."""
    for i, w in enumerate(words):
        if w["form"].lower() != "sér" or w["upos"] not in ("ADV", "VERB") or i == 0:
            continue
        prev = words[i - 1]
        after_preposition = prev["upos"] == "ADP" or (prev["upos"] == "ADV" and any(r["upos"] == "ADP" for r in options(prev)))
        nxt = words[i + 1] if i + 1 < len(words) else None
        if w["upos"] == "VERB" and nxt is not None and nxt["feats"].get("Case") == "Nom" and nxt["upos"] in ("PRON", "NOUN", "PROPN"):
            continue  # "kemur inn sér hún köttinn": sees, with its subject after it
        if after_preposition or (w["upos"] == "ADV" and prev["upos"] in ("VERB", "AUX")):
            new = find(w, lemma="sig", feats={"Case": "Dat"})
            if new is not None:
                switch(w, new)


# Pronouns whose neuter singular BÍN also lists as an adverb; ekkert is left out, since as
# the adverb "not at all" it stands before verbs too ("ég ekkert vissi").
NEUTER_PRONOUNS = {"þessi", "allur", "hver", "annar", "sá", "það", "nokkur", "einhver"}


def pronoun_not_adverb(words: list[dict]) -> None:
    """A neuter pronoun that BÍN also files as an adverb (þetta, allt, hvað, annað) is the
    pronoun as the subject right before a finite verb ("þetta er", "hvað var"), nominative;
    and as the object right after a verb, before no adjective or adverb it could modify
    ("hafa þetta", "setja allt saman"), accusative."""
    for i, w in enumerate(words):
        if w["upos"] != "ADV":
            continue
        prev = words[i - 1] if i > 0 else None
        nxt = words[i + 1] if i + 1 < len(words) else None
        if is_finite(nxt):
            case = "Nom"
        elif is_verb(prev) and (nxt is None or nxt["upos"] not in ("ADJ", "ADV")):
            case = "Acc"
        else:
            continue
        new = next((r for r in options(w) if r["lemma"] in NEUTER_PRONOUNS and r["feats"].get("Case") == case
                    and r["feats"].get("Gender") == "Neut" and r["feats"].get("Number") == "Sing"), None)
        if new is not None:
            switch(w, new)


def thvi_after_a_preposition(words: list[dict]) -> None:
    """"því" right after a preposition is the dative of the pronoun það, governed by it ("út af
    því að", "á því", "frá því"); the conjunction "því" (because) opens a clause itself."""
    for i, w in enumerate(words[1:], 1):
        if w["form"].lower() != "því" or w["upos"] not in ("SCONJ", "ADV", "CCONJ") or words[i - 1]["upos"] != "ADP":
            continue
        new = find(w, lemma="það", feats={"Case": "Dat"}) or find(w, lemma="sá", feats={"Case": "Dat", "Gender": "Neut"})
        if new is not None:
            switch(w, new)


# After a non-finite-verb word or at the start, "er" is the verb; relative "er" (= sem) follows
# the noun it describes. Greynir's grammar offers the relative reading after pronouns too.
VERB_ER_AFTER = {"þá", "nú", "hér", "hvernig", "hvar", "hvenær", "hvað", "svo"}
ER_VERB = {"lemma": "vera", "upos": "AUX", "feats": {"Number": "Sing", "Person": "3", "Tense": "Pres", "Mood": "Ind", "Voice": "Act", "VerbForm": "Fin"}}


def er_after_a_pronoun_is_the_verb(words: list[dict]) -> None:
    """"Það er", "þá er", "hvernig er": the relative conjunction er (who, which) needs a noun
    before it to describe; after a nominative pronoun, an adverb of time or place, or a question word, or
    at the start of a sentence, er is the verb vera."""
    for i, w in enumerate(words):
        if w["form"].lower() != "er" or w["upos"] not in ("SCONJ", "CCONJ"):
            continue
        prev = words[i - 1] if i > 0 else None
        # an oblique pronoun can be the antecedent ("að því er virðist", "þess er getið")
        subject = prev is not None and prev["upos"] == "PRON" and prev["feats"].get("Case") == "Nom"
        if prev is None or is_break(prev) or subject or prev["form"].lower() in VERB_ER_AFTER:
            new = find(w, lemma="vera", feats={"Person": "3", "Number": "Sing", "Mood": "Ind"}) or ER_VERB
            switch(w, new)


# Unit symbols after a number stand for these nouns (gender in BÍN): "200 m hlaup", "5 kg".
UNITS = {"m": ("metri", "Masc"), "km": ("kílómetri", "Masc"), "cm": ("sentimetri", "Masc"),
         "mm": ("millimetri", "Masc"), "kg": ("kílógramm", "Neut"), "g": ("gramm", "Neut"),
         "l": ("lítri", "Masc"), "ml": ("millilítri", "Masc"), "klst": ("klukkustund", "Fem"),
         "mín": ("mínúta", "Fem"), "sek": ("sekúnda", "Fem")}


def unit_symbol_after_a_number(words: list[dict]) -> None:
    """A unit symbol after a number is the unit's noun, plural unless the number ends in one;
    before a noun it is a genitive of measure ("200 m hlaupi": 200 metra hlaupi)."""
    for i, w in enumerate(words[1:], 1):
        unit = UNITS.get(w["form"])
        num = words[i - 1]
        # the number may come from an amount the tokenizer joined ("200 m"), so its form decides
        if unit is None or not num["form"][:1].isdigit():
            continue
        digits = num["form"].replace(".", "")
        one = digits.isdigit() and digits.endswith("1") and not digits.endswith("11")
        feats = {"Number": "Sing" if one else "Plur", "Gender": unit[1], "Definite": "Ind"}
        nxt = words[i + 1] if i + 1 < len(words) else None
        if nxt is not None and nxt["upos"] in ("NOUN", "ADJ"):
            feats["Case"] = "Gen"
        elif "Case" in w["feats"]:
            feats["Case"] = w["feats"]["Case"]
        switch(w, {"lemma": unit[0], "upos": "NOUN", "feats": {k: feats[k] for k in ("Case", "Number", "Gender", "Definite") if k in feats}})


def _noun_gender(lemma: str) -> str | None:
    return next((GENDER[cls] for lem, cls, _d, _m in bin_entries(lemma) if lem == lemma and cls in GENDER), None)


def abbreviation_after_a_number(words: list[dict]) -> None:
    """An abbreviated noun after a number ("8,2 ma. kr.", "10 kr.", "3 þús. kr.") counts it: it is
    plural unless the number is a whole number ending in one (not 11), of its noun's gender, and
    in the case the amount stands in: the number's own case if the parse gave one, else that of
    a preposition right before the number (its commoner case: "um 8,2 ma. kr."), else the
    accusative after a verb that takes one ("hafa fengið 3 þús. kr.")."""
    for i, w in enumerate(words[1:], 1):
        if w["upos"] != "NOUN" or w["feats"] or not w["form"].endswith("."):
            continue
        j = i - 1
        while j > 0 and words[j]["upos"] in ("NOUN", "NUM") and words[j]["form"].endswith(".") and not words[j]["form"][:1].isdigit():
            j -= 1  # "ma." before "kr.": both count the same number
        num = words[j]
        if not num["form"][:1].isdigit() or num.get("kind") == "ordinal":
            continue
        gender = _noun_gender(w["lemma"])
        if gender is None:
            continue
        digits = num["form"].replace(".", "")
        one = digits.isdigit() and digits.endswith("1") and not digits.endswith("11")
        feats = {"Number": "Sing" if one else "Plur", "Gender": gender}
        before = words[j - 1] if j > 0 else None
        if "Case" in num["feats"]:
            feats["Case"] = num["feats"]["Case"]
        elif before is not None and before["upos"] == "ADJ" and "Case" in before["feats"]:
            feats["Case"] = before["feats"]["Case"]  # "ríflega 33,6 ma. kr.": agrees with the amount
        elif before is not None and before["upos"] == "ADP" and PREPOSITION_CASE.get(before["form"].lower()):
            feats["Case"] = UD_CASE[PREPOSITION_CASE[before["form"].lower()]]
        elif before is not None and is_verb(before) and "þf" in verb_object_cases(before["lemma"]):
            feats["Case"] = "Acc"
        w["feats"] = {k: feats[k] for k in ("Case", "Number", "Gender") if k in feats}
