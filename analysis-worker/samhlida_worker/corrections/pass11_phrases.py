"""The eleventh pass: fixed phrases and collocations whose words' case the phrase decides."""

from reynir.settings import Prepositions

from .common import find, is_break, is_verb, options, switch, UD_CASE, verb_object_cases
from .pass11_common import _clause_after, _finite_before


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
    # "í stað e-s" "instead of" (before a genitive: not "standa í stað" "stand still") and "í
    # átt að/til" "towards": accusatives (cf. í staðinn, í áttina)
    (("í", "stað", "@Gen"), {1: ("staður", "NOUN", {"Case": "Acc", "Number": "Sing"})}),
    (("í", "átt", "að"), {1: ("átt", "NOUN", {"Case": "Acc", "Number": "Sing"})}),
    (("í", "átt", "til"), {1: ("átt", "NOUN", {"Case": "Acc", "Number": "Sing"})}),
    # "koma til greina" "be considered": the genitive plural of grein, not of greinir "analyser"
    (("til", "greina"), {1: ("grein", "NOUN", {"Case": "Gen", "Number": "Plur"})}),
]


# After "að vísu" these make vísu the noun "verse": "hló að vísu sem hann orti", "að vísu hans".
VERSE_AFTER = {"sem", "hans", "hennar", "þeirra", "sinni", "minni", "þinni", "okkar", "ykkar"}


def _matches(words: list[dict], i: int, phrase: tuple) -> bool:
    """The phrase's forms at i; "@Gen" stands for any word in the genitive."""
    if i + len(phrase) > len(words):
        return False
    return all(words[i + k]["feats"].get("Case") == "Gen" if part == "@Gen" else words[i + k]["form"].lower() == part
               for k, part in enumerate(phrase))


def fixed_phrase_case(words: list[dict]) -> None:
    """The words of a fixed phrase (FIXED_PHRASES) take the phrase's readings where BÍN has
    them; a word whose reading is already right is left alone. "að vísu" before a relative
    clause or a possessive is the noun (VERSE_AFTER)."""
    firsts = {phrase[0] for phrase, _wanted in FIXED_PHRASES}
    starts = [i for i, w in enumerate(words) if w["form"].lower() in firsts]
    for phrase, wanted in FIXED_PHRASES:
        for i in starts:
            if not _matches(words, i, phrase):
                continue
            after = words[i + len(phrase)] if i + len(phrase) < len(words) else None
            if phrase == ("að", "vísu") and after is not None and (after["form"].lower() in VERSE_AFTER or after["feats"].get("Case") == "Gen"):
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
    stands after a determiner or adjective, before a genitive ("mælt sig lands") or opens its
    phrase."""
    for i, w in enumerate(words[1:], 1):
        if w["form"].lower() != "sig" or w["upos"] != "NOUN" or not is_verb(words[i - 1]):
            continue
        nxt = words[i + 1] if i + 1 < len(words) else None
        if nxt is not None and nxt["upos"] in ("NOUN", "PROPN") and nxt["feats"].get("Case") == "Gen":
            continue  # "hafa mælt sig lands": the subsidence of the land
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


# Times "rétt til" can mean "just until": rétt til jóla, rétt til kvölds.
UNTIL_TIMES = {"jól", "páskar", "morgunn", "kvöld", "hádegi", "miðnætti", "dagur", "vor", "sumar", "haust", "vetur", "helgi",
               "mánaðamót", "áramót", "lok", "klukkan"}


def eiga_rett_a(words: list[dict]) -> None:
    """"eiga rétt á e-u" "have a right to sth": rétt after eiga and before á or til is the noun
    réttur "right", accusative, not the adverb "just" nor the adjective "correct" (but "á rétt á
    eftir" is "just after"). Where the parse took the verb's form á for the preposition ("Fólk
    með fötlun á rétt á aðstoð"), with no other finite verb in the clause, it is eiga too.
    (The feminine rétt "sheepfold" is left to a text that is about sheep: "Bóndinn á rétt á
    bænum" reads as a right.)"""
    for i, w in enumerate(words[1:-1], 1):
        nxt = words[i + 1]
        if w["form"].lower() != "rétt" or nxt["form"].lower() not in ("á", "til"):
            continue
        after = words[i + 2] if i + 2 < len(words) else None
        if after is not None and (after["form"].lower() in ("eftir", "milli", "undan", "meðan", "móti") or after["lemma"] in UNTIL_TIMES):
            continue  # "á rétt á eftir að klára", "eigum rétt til jóla": rétt is "just"
        prev = words[i - 1]
        owner = prev if prev["lemma"] == "eiga" and is_verb(prev) else None
        if owner is None and prev["form"].lower() == "á" and i >= 2 and not _finite_before(words, i - 1) \
                and not any(is_verb(t) and "Mood" in t["feats"] for t in _clause_after(words, i)) \
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
    object pronoun between ("veitti málinu athygli") is passed over. Not after a middle-voice
    verb or a passive participle, whose noun is its subject ("Nú gefst tækifæri", "voru
    greidd atkvæði")."""
    for i, v in enumerate(words):
        if not is_verb(v) or v["feats"].get("Voice") == "Mid" or v["feats"].get("VerbForm") == "Part":
            continue  # "Nú gefst tækifæri", "voru greidd atkvæði": the noun is the subject
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


def object_of_a_dative_verb(words: list[dict]) -> None:
    """A verb whose objects are all datives in Greynir's Verbs.conf (haga, hjálpa, fylgja,
    stjórna, svara, ná, breyta, mæta, hætta …) takes its object in the dative: a noun phrase right
    after it (adverbs between) that the parse, or the fallback in a long sentence, left in the
    accusative takes the dative where BÍN has every word of it so ("haga reglusetningu
    þannig"). Not after a middle-voice verb or a participle, whose noun may be its subject."""
    for i, v in enumerate(words):
        if not is_verb(v) or v["feats"].get("Voice") == "Mid" or v["feats"].get("VerbForm") == "Part":
            continue
        cases = verb_object_cases(v["lemma"])
        if not cases or cases & {"þf", "ef"} or "þgf" not in cases:
            continue
        j = i + 1
        while j < len(words) and words[j]["upos"] in ("ADV", "PART"):
            j += 1
        span = []
        for n in words[j:j + 4]:
            if n["upos"] not in ("ADJ", "DET", "PRON", "NUM", "NOUN", "PROPN") or n["feats"].get("Case") != "Acc":
                break
            span.append(n)
            if n["upos"] in ("NOUN", "PROPN"):
                break
        if not span or span[-1]["upos"] not in ("NOUN", "PROPN"):
            continue
        news = [find(n, lemma=n["lemma"], upos=n["upos"], feats={"Case": "Dat", **{k: n["feats"][k] for k in ("Number", "Gender") if k in n["feats"]}})
                for n in span]
        if any(n is None for n in news):
            continue
        for n, new in zip(span, news):
            switch(n, new)
            n["governor"] = {"kind": "verb", "lemma": v["lemma"], "form": v["form"], "case": "Dat"}


# Verbs of naming: "kalla það lækkun" — what something is called agrees with it, accusative.
NAMING_VERBS = {"kalla", "nefna", "skíra", "titla", "útnefna"}


def name_given_agrees_with_the_object(words: list[dict]) -> None:
    """After kalla, nefna, skíra … and an accusative object, the noun that names it is in the
    accusative too ("hvort sem við köllum það lækkun eða frestun"): where the parse gave it
    another case and BÍN has its form in the accusative."""
    for i, v in enumerate(words[:-2]):
        if not is_verb(v) or v["lemma"] not in NAMING_VERBS or v["feats"].get("Voice") == "Mid" or v["feats"].get("VerbForm") == "Part":
            continue
        obj, named = words[i + 1], words[i + 2]
        if obj["upos"] not in ("PRON", "NOUN", "PROPN") or obj["feats"].get("Case") != "Acc":
            continue
        if named["upos"] != "NOUN" or named["feats"].get("Case") in (None, "Acc"):
            continue
        new = find(named, lemma=named["lemma"], upos="NOUN", feats={"Case": "Acc", "Number": named["feats"].get("Number")})
        if new is not None:
            switch(named, new)

