"""Rules of the eleventh pass (2026-12-07, last): names at the start of a sentence, fixed phrases
whose case the phrase itself decides, and the reflexive pronoun the parse read as a noun. Found
by a grammarian judging 200 words where the analysis and the treebanks disagree on case (see
docs/language-tools.md, "Eleventh pass"); each moves a word only to another of its BÍN
readings."""

from reynir.settings import Prepositions

from ..lexicon import bin_entries, marginal_lemmas, rare_lemmas
from .common import UD_CASE, find, is_break, is_verb, options, switch
from .objects import _opens_a_subordinate_clause
from .prepositions import _phrase_after, _same_form_in

# Place names whose BÍN common-noun twin, spelled the same in lower case, is the word the name
# grew from and is rarely meant when the capital opens a sentence (akureyri "a field's gravel
# bank" beside the town Akureyri).
PLACE_DOMAINS = {"lönd", "þor"}
GENDER_CLASS = {"Masc": "kk", "Fem": "kvk", "Neut": "hk"}


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


def _name_domains(form: str, lemma: str) -> set[str]:
    return {domain for entry_lemma, _ordfl, domain, _mark in bin_entries(form) if entry_lemma == lemma}


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
    "Akureyri er bær" as akureyri, "Haukur Örn sagði" as haukur "hawk". The word is the name
    when BÍN rates the common noun rare (ísland), when the name is a country's or town's and
    the common noun is that name in lower case (akureyri), or when another name follows it
    in the same case (a full name: "Haukur Örn"). A common noun that BÍN rates core and that stands alone stays
    ("Björk er tré", "Sól skín")."""
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
    place = w["lemma"] == name["lemma"].lower() and bool(_name_domains(w["form"], name["lemma"]) & PLACE_DOMAINS)
    following = words[i + 1] if i + 1 < len(words) else None
    if rare or place or _name_in_case(following, w["feats"].get("Case")):
        switch(w, name)


# Fixed phrases whose words' case and reading the phrase itself decides, whatever the parse
# made of them: (forms, {position: (lemma, UPOS, features)}). "að minnsta kosti" "at least" is
# a dative singular (kosti is also the accusative plural); "að vísu" "admittedly" the dative
# of the adjective vís (not the noun vísa "verse"); "á bak við" "behind" the accusative bak.
FIXED_PHRASES = [
    (("að", "minnsta", "kosti"), {0: ("að", "ADP", {}),
                                  1: ("lítill", "ADJ", {"Case": "Dat", "Number": "Sing", "Gender": "Masc"}),
                                  2: ("kostur", "NOUN", {"Case": "Dat", "Number": "Sing"})}),
    (("að", "vísu"), {0: ("að", "ADP", {}), 1: ("vís", "ADJ", {"Case": "Dat", "Number": "Sing", "Gender": "Neut"})}),
    (("á", "bak", "við"), {1: ("bak", "NOUN", {"Case": "Acc", "Number": "Sing"})}),
    # "í stað e-s" "instead of" and "í átt að/til" "towards": accusatives (cf. í staðinn, í áttina)
    (("í", "stað"), {1: ("staður", "NOUN", {"Case": "Acc", "Number": "Sing"})}),
    (("í", "átt", "að"), {1: ("átt", "NOUN", {"Case": "Acc", "Number": "Sing"})}),
    (("í", "átt", "til"), {1: ("átt", "NOUN", {"Case": "Acc", "Number": "Sing"})}),
    # "koma til greina" "be considered": the genitive plural of grein, not of greinir "analyser"
    (("til", "greina"), {1: ("grein", "NOUN", {"Case": "Gen", "Number": "Plur"})}),
]


def fixed_phrase_case(words: list[dict]) -> None:
    """The words of a fixed phrase (FIXED_PHRASES) take the phrase's readings where BÍN has
    them; a word whose reading is already right is left alone."""
    forms = [w["form"].lower() for w in words]
    for phrase, wanted in FIXED_PHRASES:
        for i in range(len(words) - len(phrase) + 1):
            if tuple(forms[i:i + len(phrase)]) != phrase:
                continue
            for offset, (lemma, upos, feats) in wanted.items():
                w = words[i + offset]
                if w["lemma"] == lemma and w["upos"] == upos and all(w["feats"].get(k) == v for k, v in feats.items()):
                    continue
                new = find(w, lemma=lemma, upos=upos, feats=feats)
                if new is not None:
                    switch(w, new)
                    head = words[i]
                    if offset > 0 and head["upos"] == "ADP" and "Case" in w["feats"]:
                        w["governor"] = {"kind": "preposition", "lemma": head["lemma"], "form": head["form"], "case": w["feats"]["Case"]}


def reflexive_not_noun(words: list[dict]) -> None:
    """"sig" right after a verb ("bera sig saman við", "halda sig frá", "sýna sig") is the
    reflexive pronoun in the accusative, not BÍN's noun sig "sinking, subsidence", which
    stands after a determiner or adjective ("sig lands") or opens its phrase."""
    for i, w in enumerate(words[1:], 1):
        if w["form"].lower() != "sig" or w["upos"] != "NOUN" or not is_verb(words[i - 1]):
            continue
        new = find(w, lemma="sig", upos="PRON", feats={"Case": "Acc"})
        if new is not None:
            switch(w, new)


# "velta e-u fyrir sér" "ponder", "sjá e-ð fyrir sér" "imagine" (and "sjá fyrir e-m" "provide
# for"): fyrir takes the dative there, also with a personal pronoun whose dative and
# accusative are the same (okkur, ykkur).
DATIVE_FYRIR_VERBS = {"velta", "sjá"}


def fyrir_oneself_is_dative(words: list[dict]) -> None:
    """A personal pronoun after fyrir in the clause of velta or sjá is dative ("veltum því
    fyrir okkur", "sjáið þið fyrir ykkur")."""
    for i, w in enumerate(words[1:], 1):
        if w["upos"] != "PRON" or w["feats"].get("Case") != "Acc" or words[i - 1]["form"].lower() != "fyrir":
            continue
        verb = None
        for j in range(i - 2, max(-1, i - 10), -1):
            if is_break(words[j]):
                break
            if is_verb(words[j]):
                verb = words[j]
                break
        if verb is None or verb["lemma"] not in DATIVE_FYRIR_VERBS:
            continue
        new = find(w, lemma=w["lemma"], upos="PRON", feats={"Case": "Dat", "Number": w["feats"].get("Number")})
        if new is not None:
            switch(w, new)


def _finite_before(words: list[dict], i: int) -> bool:
    for j in range(i - 1, -1, -1):
        if is_break(words[j]):
            return False
        if is_verb(words[j]) and "Mood" in words[j]["feats"]:
            return True
    return False


def eiga_rett_a(words: list[dict]) -> None:
    """"eiga rétt á e-u" "have a right to sth": rétt after eiga and before á or til is the noun
    réttur "right", accusative, not the adverb "just" nor the adjective "correct". Where the
    parse took the verb's form á for the preposition ("Fólk með fötlun á rétt á aðstoð"),
    with no finite verb before it in the clause, it is eiga too."""
    for i, w in enumerate(words[1:-1], 1):
        nxt = words[i + 1]
        if w["form"].lower() != "rétt" or nxt["form"].lower() not in ("á", "til"):
            continue
        prev = words[i - 1]
        owner = prev if prev["lemma"] == "eiga" and is_verb(prev) else None
        if owner is None and prev["form"].lower() == "á" and i >= 2 and not _finite_before(words, i - 1) \
                and words[i - 2]["upos"] in ("NOUN", "PROPN", "PRON"):
            verb = find(prev, lemma="eiga", upos="VERB", feats={"Person": "3", "Number": "Sing", "Tense": "Pres", "Mood": "Ind"})
            if verb is None:
                continue
            switch(prev, verb)
            owner = prev
        if owner is None:
            continue
        noun = find(w, lemma="réttur", upos="NOUN", feats={"Case": "Acc", "Number": "Sing"})
        if noun is not None and not (w["upos"] == "NOUN" and w["feats"].get("Case") == "Acc"):
            switch(w, noun)


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


# Verb and noun collocations whose noun's case the verb fixes, for nouns whose forms leave it
# open (athygli is the same in three cases): the parse, or the fallback where a long sentence
# does not parse, can pick another ("Það vakti líka athygli" read as dative; "veitti málinu
# athygli" as genitive).
COLLOCATION_CASE = {
    ("vekja", "athygli"): "Acc", ("veita", "athygli"): "Acc", ("beina", "athygli"): "Dat",
    ("vekja", "áhuga"): "Acc", ("vekja", "furðu"): "Acc", ("vekja", "ugg"): "Acc",
    ("sæta", "gagnrýni"): "Dat", ("sæta", "rannsókn"): "Dat", ("sæta", "ákæru"): "Dat",
    ("sjá", "ástæðu"): "Acc", ("fá", "tækifæri"): "Acc", ("gefa", "tækifæri"): "Acc",
    ("leggja", "áherslu"): "Acc", ("greiða", "atkvæði"): "Acc", ("vinna", "sigur"): "Acc",
    ("valda", "tjóni"): "Dat", ("valda", "vonbrigðum"): "Dat", ("valda", "usla"): "Dat",
    ("ná", "árangri"): "Dat", ("ná", "samkomulagi"): "Dat", ("ná", "sátt"): "Dat",
    ("beita", "ofbeldi"): "Dat", ("beita", "valdi"): "Dat",
}
# What may stand between the verb and its noun: adverbs and the noun's own modifiers.
BETWEEN_VERB_AND_NOUN = {"ADV", "ADJ", "DET", "PRON", "NUM", "PART"}


def collocation_case(words: list[dict]) -> None:
    """The noun of a collocation in COLLOCATION_CASE, within four words after its verb, takes
    the case the verb gives it where BÍN has the form in that case and number; its attributes
    right before it follow where they have a reading agreeing with it ("mikla athygli"). An
    object pronoun between ("veitti málinu athygli") is passed over."""
    for i, v in enumerate(words):
        if not is_verb(v):
            continue
        for j in range(i + 1, min(len(words), i + 5)):
            n = words[j]
            if is_break(n) or is_verb(n):
                break
            case = COLLOCATION_CASE.get((v["lemma"], n["lemma"]))
            if n["upos"] == "NOUN" and case is not None:
                if n["feats"].get("Case") != case:
                    _recase_with_attributes(words, j, case, i)
                break
            if n["upos"] not in BETWEEN_VERB_AND_NOUN and n["upos"] != "NOUN":
                break


def _attributes(words: list[dict], j: int, verb_at: int) -> list[dict]:
    """The noun's attributes right before it: adjectives, numerals, determiners and the
    quantifying pronouns (enga ástæðu)."""
    out = []
    for k in range(j - 1, verb_at, -1):
        a = words[k]
        if a["upos"] not in ("ADJ", "DET", "NUM") and not (a["upos"] == "PRON" and a["lemma"] in QUANTIFIERS):
            break
        out.append(a)
    return out


QUANTIFIERS = {"enginn", "nokkur", "einhver", "þessi", "sá", "allur", "annar"}


def _recase_with_attributes(words: list[dict], j: int, case: str, verb_at: int) -> None:
    """Noun j in this case, in the number its attributes can agree with ("betri tækifæri" is
    plural: betri is no neuter singular); its number as it was when both can."""
    n = words[j]
    attributes = _attributes(words, j, verb_at)
    readings = sorted((r for r in options(n) if r["lemma"] == n["lemma"] and r["upos"] == "NOUN" and r["feats"].get("Case") == case),
                      key=lambda r: r["feats"].get("Number") != n["feats"].get("Number"))

    def agreeing(a: dict, noun: dict) -> dict | None:
        agree = {k: noun["feats"][k] for k in ("Case", "Number", "Gender") if k in noun["feats"]}
        if all(a["feats"].get(key) == value for key, value in agree.items()):
            return a
        return find(a, lemma=a["lemma"], upos=a["upos"], feats=agree)

    for noun in readings:
        matches = [agreeing(a, noun) for a in attributes]
        if all(m is not None for m in matches):
            switch(n, noun)
            for a, m in zip(attributes, matches):
                if m is not a:
                    switch(a, m)
            return


GENDER_OF_CLASS = {v: k for k, v in GENDER_CLASS.items()}


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


# Prepositions that govern one case only and also stand as a verb's particle (greina frá,
# segja frá, fara af): before a noun phrase they are its preposition.
ONE_CASE_PARTICLES = ("frá", "af", "úr", "hjá", "til", "um")


def particle_before_a_noun_phrase(words: list[dict]) -> None:
    """A one-case preposition (frá, af, úr, hjá, til, um) read as a verb's particle and followed
    at once by a noun phrase in a case it cannot govern is that phrase's preposition, and the
    phrase takes its case where BÍN has every word in it: "greindi frá einelti" (dative, not the
    object of greina in the accusative). A nominative phrase after it is the business of
    preposition_read_as_adverb; a phrase with no form in the case is left."""
    for i, p in enumerate(words[:-1]):
        form = p["form"].lower()
        if form not in ONE_CASE_PARTICLES or p["upos"] != "ADV":
            continue
        cases = Prepositions.PP.get(form, set())
        if len(cases) != 1:
            continue
        case = UD_CASE[next(iter(cases))]
        span = []
        for n in words[i + 1:i + 5]:
            if n["upos"] not in ("ADJ", "DET", "PRON", "NUM", "NOUN", "PROPN") or "Case" not in n["feats"]:
                break
            span.append(n)
            if n["upos"] in ("NOUN", "PROPN"):
                break
        if not span or span[-1]["upos"] not in ("NOUN", "PROPN") or any(n["feats"]["Case"] in ("Nom", case) for n in span):
            continue
        targets = [find(n, lemma=n["lemma"], upos=n["upos"], feats={k: n["feats"][k] for k in ("Number", "Gender") if k in n["feats"]} | {"Case": case})
                   for n in span]
        preposition = find(p, lemma=p["lemma"], upos="ADP")
        if any(t is None for t in targets) or preposition is None:
            continue
        switch(p, preposition)
        for n, t in zip(span, targets):
            switch(n, t)


def _unambiguous_case(noun: dict) -> bool:
    """BÍN has the noun's form, in its number, in one case only (niðurstöðum)."""
    return not any(r["lemma"] == noun["lemma"] and r["upos"] == "NOUN" and r["feats"].get("Number") == noun["feats"].get("Number")
                   and r["feats"].get("Case") != noun["feats"].get("Case") for r in options(noun))


def modifier_takes_its_nouns_case(words: list[dict]) -> None:
    """A determiner or pronoun of the noun phrase (sami, þessi, allur, enginn …) right before a
    noun whose form has one case only agrees with it in case, number and gender, where it has
    such a reading: "komumst að sömu niðurstöðum" (dative plural feminine, not the nominative
    masculine the parse gave sömu)."""
    for i, w in enumerate(words[:-1]):
        noun = words[i + 1]
        if w["upos"] not in ("DET", "PRON") or w["lemma"] not in NOUN_PHRASE_PRONOUNS or noun["upos"] != "NOUN":
            continue
        want = {k: noun["feats"][k] for k in ("Case", "Number", "Gender") if k in noun["feats"]}
        if "Case" not in w["feats"] or all(w["feats"].get(k) == v for k, v in want.items()) or not _unambiguous_case(noun):
            continue
        new = find(w, lemma=w["lemma"], upos=w["upos"], feats=want)
        if new is not None:
            switch(w, new)


NOUN_PHRASE_PRONOUNS = {"sami", "þessi", "sá", "allur", "enginn", "nokkur", "einhver", "annar", "hver", "hvor", "sérhver",
                        "minn", "þinn", "sinn", "vor", "hinn", "ýmis", "sumur", "báðir", "fáeinir", "margur"}


# Nouns of time after í: with a word of quantity before them they say how long, in the
# accusative (í stutta stund, í mörg ár, í langan tíma); with an ordinal, superlative or
# demonstrative, which point to one span, when, in the dative (í síðustu viku, í þessum mánuði).
TIME_AFTER_I = {"stund", "tími", "dagur", "vika", "mánuður", "ár", "klukkustund", "mínúta", "sekúnda", "sólarhringur",
                "nótt", "áratugur", "öld", "kvöldstund"}
HOW_LONG = {"margur", "nokkur", "langur", "stuttur", "smár", "heill", "fáeinir", "einn", "tveir", "þrír", "fjórir"}
WHICH_ONE = {"síðari", "síðastur", "næstur", "fyrstur", "sami", "þessi", "sá", "hinn", "nýliðinn", "liðinn", "komandi"}


def time_after_i(words: list[dict]) -> None:
    """í + a noun of time (TIME_AFTER_I) with its modifiers: accusative after a word of
    quantity or a number ("Það rigndi í stutta stund"), dative after a word that picks one
    span ("Hún kom í síðustu viku"); the modifiers agree. Left alone when BÍN has not every
    word in that case."""
    for i, p in enumerate(words[:-2]):
        if p["form"].lower() != "í" or p["upos"] != "ADP":
            continue
        span = []
        for n in words[i + 1:i + 4]:
            if n["upos"] not in ("ADJ", "DET", "PRON", "NUM", "NOUN") or n.get("kind") not in ("word", "number"):
                break
            span.append(n)
            if n["upos"] == "NOUN":
                break
        if len(span) < 2 or span[-1]["upos"] != "NOUN" or span[-1]["lemma"] not in TIME_AFTER_I:
            continue
        first = span[0]
        if first["lemma"] in WHICH_ONE:
            case = "Dat"
        elif first["lemma"] in HOW_LONG or first["upos"] == "NUM":
            case = "Acc"
        else:
            continue
        noun = span[-1]
        if all(n["feats"].get("Case") == case for n in span if "Case" in n["feats"]):
            continue
        nouns = [r for r in options(noun) + [noun] if r["lemma"] == noun["lemma"] and r["upos"] == "NOUN" and r["feats"].get("Case") == case]
        for target in sorted(nouns, key=lambda r: r["feats"].get("Number") != noun["feats"].get("Number")):
            agree = {k: target["feats"][k] for k in ("Case", "Number", "Gender") if k in target["feats"]}
            modifiers = [m if all(m["feats"].get(k) == v for k, v in agree.items()) or "Case" not in m["feats"] and m["upos"] == "NUM"
                         else find(m, lemma=m["lemma"], upos=m["upos"], feats=agree) for m in span[:-1]]
            if any(m is None for m in modifiers):
                continue
            if target is not noun:
                switch(noun, target)
            for m, new in zip(span[:-1], modifiers):
                if new is not m:
                    switch(m, new)
            for n in span:
                n["governor"] = {"kind": "preposition", "lemma": "í", "form": p["form"], "case": case}
            break


# The numerals whose genitive is a form of its own (tveggja, þriggja, fjögurra).
GENITIVE_NUMERALS = {"tveggja", "þriggja", "fjögurra"}


def genitive_numeral_phrase(words: list[dict]) -> None:
    """tveggja, þriggja, fjögurra are genitives only, and the noun they count agrees: a genitive
    plural attribute ("fjögurra strokka vél", "tveggja ára fangelsi"). The noun it describes
    follows; right after a preposition (with the attribute between) that noun is the
    preposition's object, not a nominative: in the case the preposition governs, and after með
    in the accusative of "having" where vera or koma goes with it, else the dative."""
    for i, num in enumerate(words[:-1]):
        if num["form"].lower() not in GENITIVE_NUMERALS:
            continue
        j = i + 1
        while j < len(words) - 1 and words[j]["upos"] == "ADJ":
            j += 1
        counted = words[j]
        if counted["upos"] != "NOUN":
            continue
        if counted["feats"].get("Case") != "Gen" or counted["feats"].get("Number") != "Plur":
            new = find(counted, lemma=counted["lemma"], upos="NOUN", feats={"Case": "Gen", "Number": "Plur"})
            if new is None:
                continue
            switch(counted, new)
        head = words[j + 1] if j + 1 < len(words) else None
        prep = words[i - 1] if i > 0 else None
        if head is None or head["upos"] != "NOUN" or head["feats"].get("Case") != "Nom" or prep is None or prep["upos"] != "ADP":
            continue
        cases = [UD_CASE[c] for c in ("þf", "þgf", "ef") if c in Prepositions.PP.get(prep["form"].lower(), set())]
        if prep["form"].lower() == "með":
            verb = next((w for w in reversed(words[:i - 1]) if is_verb(w)), None)
            cases = ["Acc" if verb is not None and verb["lemma"] in ("vera", "koma") else "Dat"]
        if len(cases) != 1:
            continue
        new = find(head, lemma=head["lemma"], upos="NOUN", feats={"Case": cases[0], "Number": head["feats"].get("Number")})
        if new is not None:
            switch(head, new)
            head["governor"] = {"kind": "preposition", "lemma": prep["lemma"], "form": prep["form"], "case": cases[0]}


# Verbs whose á says where something is aimed or thrown: the accusative of direction (skjóta
# á herstöð, ráðast á, varpa sprengjum á borgina, kasta steini á rúðu, beina ljósi á sviðið).
AIMING_VERBS = {"skjóta", "ráðast", "varpa", "kasta", "beina", "miða", "hleypa", "fleygja", "henda"}


def aimed_at_after_a(words: list[dict]) -> None:
    """á after a verb of aiming or throwing (AIMING_VERBS) in its clause takes the accusative,
    also with other phrases between (eldflaug skotið frá norðurhluta Íraks á herstöð): where
    the parse gave the phrase after á the dative and BÍN has every word of it in the accusative,
    it is the accusative."""
    for i, a in enumerate(words[:-1]):
        if a["form"].lower() != "á" or a["upos"] != "ADP":
            continue
        span = _phrase_after(words, i, "Dat")
        if not span:
            continue
        verb = None
        for j in range(i - 1, max(-1, i - 12), -1):
            if is_break(words[j]):
                break
            if is_verb(words[j]):
                verb = words[j]
                break
        if verb is None or verb["lemma"] not in AIMING_VERBS:
            continue
        news = [_same_form_in(n, "Acc") for n in span]
        if any(n is None for n in news):
            continue
        for n, new in zip(span, news):
            switch(n, new)
            n["governor"] = {"kind": "preposition", "lemma": "á", "form": a["form"], "case": "Acc"}


def nationality_is_plural(words: list[dict]) -> None:
    """A people's name (BÍN's domain "ffl": Ísraeli, Frakki, Rússi) in a genitive that is
    singular and plural alike (Ísraela) names the people, plural, unless a word before it makes
    it one person (einn, þessi, sá, an adjective in the singular): "sókn Ísraela" is the
    Israelis' offensive, "heimsmeisturum Frakka" the French world champions, "innrás Rússa" the
    Russians' invasion. Other cases stay as parsed: "hitti Frakka" may be one Frenchman."""
    for i, w in enumerate(words):
        if w["upos"] not in ("NOUN", "PROPN") or w["feats"].get("Number") != "Sing" or w["feats"].get("Case") != "Gen":
            continue
        if not any(lemma == w["lemma"] and domain == "ffl" for lemma, _o, domain, _m in bin_entries(w["form"])):
            continue
        before = words[i - 1] if i > 0 else None
        if before is not None and before["upos"] in ("DET", "PRON", "ADJ", "NUM") and before["feats"].get("Number") == "Sing":
            continue
        plural = find(w, lemma=w["lemma"], feats={"Case": w["feats"]["Case"], "Number": "Plur"})
        if plural is not None:
            switch(w, plural)


def _nominative(n: dict) -> dict | None:
    """The same word (lemma and class), number and gender, in the nominative."""
    return find(n, lemma=n["lemma"], upos=n["upos"], feats={"Case": "Nom", **{k: n["feats"][k] for k in ("Number", "Gender") if k in n["feats"]}})


def plural_subject_after_subordinator(words: list[dict]) -> None:
    """subject_after_subordinator (objects.py) makes a noun phrase between "að" and a finite
    verb its nominative subject only where the two agree; where the verb's form is singular and
    plural alike (geti, hafi: 3rd person subjunctive) the parse may have given it the wrong one,
    and the phrase then an oblique case: "að önnur þjóðþing geti lært" (nominative plural, and
    geti plural). The phrase moves to its nominative and the verb to its number only when both
    readings exist, of the same words."""
    for i in range(len(words)):
        if not _opens_a_subordinate_clause(words, i):
            continue
        k = i + 1
        span = []
        while k < len(words) and words[k]["upos"] in ("ADJ", "DET", "NUM", "PRON", "NOUN", "PROPN") and not is_break(words[k]):
            span.append(words[k])
            k += 1
        if not span or k >= len(words) or span[-1]["upos"] not in ("NOUN", "PROPN"):
            continue
        verb = words[k]
        if not is_verb(verb) or "Mood" not in verb["feats"] or verb["feats"].get("Person") != "3":
            continue
        head = span[-1]
        if head["feats"].get("Case") in (None, "Nom") or head["feats"].get("Number") == verb["feats"].get("Number"):
            continue
        news = [n if n["feats"].get("Case") == "Nom" else _nominative(n) for n in span]
        if any(n is None for n in news):
            continue
        agreeing = find(verb, lemma=verb["lemma"], upos=verb["upos"], feats={**verb["feats"], "Number": head["feats"]["Number"]})
        if agreeing is None:
            continue
        for n, new in zip(span, news):
            if new is not n:
                switch(n, new)
        switch(verb, agreeing)


# Verbs of going or putting somewhere, after which á/í + accusative plural is at home (fara á
# fundi "go to meetings", setja í kassa).
MOTION_VERBS = {"fara", "koma", "mæta", "senda", "setja", "leggja", "flytja", "bjóða", "boða", "kalla", "ganga", "hlaupa",
                "aka", "keyra", "fljúga", "sigla", "skipta", "breyta", "skrá", "vísa", "líta", "horfa"}


def place_is_dative_singular(words: list[dict]) -> None:
    """A masculine noun whose form is both the dative singular and the accusative plural
    (fundi, velli, viðburði) right after á or í, with nothing before it to say it is plural,
    is where something happens, dative singular: "á blaðamannafundi í Genf", "sigur á
    útivelli". Not after a verb of going or putting (MOTION_VERBS: "fara á fundi")."""
    for i, p in enumerate(words[:-1]):
        if p["form"].lower() not in ("á", "í") or p["upos"] != "ADP":
            continue
        n = words[i + 1]
        if n["upos"] != "NOUN" or n["feats"].get("Gender") != "Masc" or n["feats"].get("Case") != "Acc" or n["feats"].get("Number") != "Plur":
            continue
        dative = find(n, lemma=n["lemma"], upos="NOUN", feats={"Case": "Dat", "Number": "Sing"})
        if dative is None:
            continue
        verb = next((w for w in reversed(words[max(0, i - 8):i]) if is_verb(w)), None)
        if verb is not None and verb["lemma"] in MOTION_VERBS:
            continue
        switch(n, dative)
        n["governor"] = {"kind": "preposition", "lemma": p["lemma"], "form": p["form"], "case": "Dat"}


def _clause_after(words: list[dict], i: int) -> list[dict]:
    """The words after i up to the end of its clause: a break or a conjunction that joins
    another clause (og, en, eða), at most 12."""
    out = []
    for w in words[i + 1:i + 1 + 12]:
        if is_break(w) or w["form"].lower() in ("og", "en", "eða") and w["upos"] == "CCONJ":
            break
        out.append(w)
    return out


def hvad_object_or_subject(words: list[dict]) -> None:
    """*hvað* opening a question or an indirect question is the subject, nominative, only where
    no other subject is in its clause: with a nominative pronoun or noun agreeing with the
    clause's finite verb after it, it is the object, accusative ("Hvað hafa þeir gert?", "sjá
    hvað aðrir nefndarmenn hafa", "hvað sem við köllum það") — not after vera or verða, whose
    complement is nominative ("Hvað eru þeir?"), nor in "hvað X varðar" "as regards X", where
    hvað is the subject. Without one, before a middle-voice verb it is
    the subject ("Ég veit ekki hvað gerðist"); other verbs can take an accusative subject
    ("hvað vantar?") and are left as parsed."""
    for i, w in enumerate(words):
        if w["form"].lower() != "hvað" or w["upos"] != "PRON" or w["feats"].get("Case") not in ("Nom", "Acc"):
            continue
        rest = _clause_after(words, i)
        at = next((k for k, t in enumerate(rest) if is_verb(t) and "Mood" in t["feats"]), None)
        if at is None:
            continue
        finite = rest[at]
        # the subject stands next to its verb: before it in an indirect question ("hvað aðrir
        # nefndarmenn hafa"), right after it in a direct one ("Hvað hafa þeir")
        near = rest[:at] + rest[at + 1:at + 2]
        subject = next((t for t in near if t["upos"] in ("PRON", "NOUN", "PROPN") and t["feats"].get("Case") == "Nom"
                        and t["form"].lower() != "hvað"
                        and t["feats"].get("Number") == finite["feats"].get("Number")
                        and t["feats"].get("Person", "3") == finite["feats"].get("Person", "3")), None)
        if w["feats"]["Case"] == "Nom" and subject is not None and finite["lemma"] not in ("vera", "verða", "varða"):
            new = find(w, lemma=w["lemma"], upos="PRON", feats={"Case": "Acc", "Number": "Sing", "Gender": "Neut"})
        elif w["feats"]["Case"] == "Acc" and subject is None and finite["feats"].get("Voice") == "Mid" and at == 0:
            new = find(w, lemma=w["lemma"], upos="PRON", feats={"Case": "Nom", "Number": "Sing", "Gender": "Neut"})
        else:
            continue
        if new is not None:
            switch(w, new)


# Adverbs "að" stands before as an adverb itself: að ofan "from above", að neðan, að utan …
AD_ADVERB_PARTNERS = {"ofan", "neðan", "utan", "innan", "sunnan", "norðan", "austan", "vestan", "framan", "aftan", "auki", "lokum",
                      "mestu", "minnsta", "nýju", "vísu", "sjálfsögðu", "öðru", "einhverju", "öllu", "hluta", "sögn"}


def ad_opens_a_clause(words: list[dict]) -> None:
    """Greynir sometimes reads the complementizer *að* "that" as an adverb: "segir að til greina
    komi", "vildi að við … fjöllum". *að* read as an adverb, not at the end of its clause, not
    before an infinitive (the infinitive marker) nor before the words it makes adverbs with (að
    ofan, að lokum), and with a finite verb later in its clause, is the conjunction. Before a
    verb whose form is also its infinitive it is the infinitive marker, and the verb the
    infinitive ("að halda sig frá", read as the plural of halda)."""
    for i, w in enumerate(words[:-1]):
        if w["form"].lower() != "að" or w["upos"] != "ADV" or i == 0:
            continue
        nxt = words[i + 1]
        if is_break(nxt) or nxt["form"].lower() in AD_ADVERB_PARTNERS or nxt["feats"].get("VerbForm") == "Inf":
            continue
        infinitive = find(nxt, upos=nxt["upos"], feats={"VerbForm": "Inf"}) if is_verb(nxt) else None
        if infinitive is not None:
            # "beint til íbúa að halda sig frá": a verb right after it, in a form that is also
            # its infinitive, is the infinitive, and að its marker
            marker = find(w, lemma="að", upos="PART")
            if marker is not None:
                switch(w, marker)
                switch(nxt, infinitive)
            continue
        if not any(is_verb(t) and "Mood" in t["feats"] for t in _clause_after(words, i)[:10]):
            continue
        new = find(w, lemma="að", upos="SCONJ")
        if new is not None:
            switch(w, new)


PASS11_RULES = [verb_outside_bin, ad_opens_a_clause, hvad_object_or_subject, place_is_dative_singular, plural_subject_after_subordinator, nationality_is_plural, aimed_at_after_a, genitive_numeral_phrase, particle_before_a_noun_phrase, modifier_takes_its_nouns_case, time_after_i, noun_not_a_variant_form, collocation_case, sentence_initial_name, fixed_phrase_case, reflexive_not_noun, fyrir_oneself_is_dative, eiga_rett_a]
