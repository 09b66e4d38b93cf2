"""Rules on noun phrases: a title or a name in apposition sharing its
noun's case, agreement after a preposition and of an ordinal in digits, conjoined phrases in one case."""

from reynir.settings import Prepositions

from ..lexicon import PREPOSITION_CASE
from .common import UD_CASE, find, is_break, is_finite, options, switch

AGREEMENT = ("Case", "Number", "Gender")
COORDINATORS = {"og", "eða", "né"}


# Most pronouns stand alone as often as before a noun ("Þetta á ekki að skána"); annar and the
# possessives seldom do ("með öðrum hætti", "sínu máli").
ATTRIBUTIVE_PRONOUNS = {"annar", "minn", "þinn", "sinn", "vor"}


def _modifier(w: dict) -> bool:
    return w["upos"] in ("ADJ", "DET", "NUM") or (w["upos"] == "PRON" and w["lemma"] in ATTRIBUTIVE_PRONOUNS)


# Titles of address, which stand before a name or an office in apposition: "herra forseti",
# "frú Vigdís", "séra Jón". Herra is the same in every case of the singular, so the parse
# guesses (often the genitive, as if "forseti herra" were meant).
TITLES = {"herra", "frú", "fröken", "séra"}


def title_agrees_with_noun(words: list[dict]) -> None:
    """A title in apposition takes the case (and number) of the noun or name it stands before."""
    for i, w in enumerate(words[:-1]):
        head = words[i + 1]
        if w["upos"] != "NOUN" or w["lemma"] not in TITLES or head["upos"] not in ("NOUN", "PROPN"):
            continue
        case = head["feats"].get("Case")
        if case is None or w["feats"].get("Case") == case:
            continue
        new = find(w, lemma=w["lemma"], upos="NOUN", feats={"Case": case, "Number": head["feats"].get("Number", "Sing")})
        if new is not None:
            switch(w, new)


def agreement_after_preposition(words: list[dict]) -> None:
    """Within a noun phrase the modifiers agree with the noun in case, number and gender. When
    a modifier and its noun right after a preposition disagree in case only ("við aðrar[acc]
    þjóðir[nom]"), the phrase stands in the one of the two cases the preposition governs
    (Prepositions.conf) that both words have in BÍN."""
    for i, w in enumerate(words):
        if w["upos"] != "NOUN" or "Case" not in w["feats"]:
            continue
        start = i
        while start > 0 and _modifier(words[start - 1]) and "Case" in words[start - 1]["feats"]:
            start -= 1
        if start == i or start == 0 or words[start - 1]["upos"] != "ADP":
            continue
        span = words[start:i + 1]
        cases = {n["feats"]["Case"] for n in span}
        if len(cases) < 2 or any(n["feats"].get(k) != w["feats"].get(k) for n in span[:-1] for k in ("Number", "Gender")):
            continue
        allowed = {UD_CASE[c] for c in Prepositions.PP.get(words[start - 1]["form"].lower(), set()) if c in UD_CASE}
        fits = [c for c in ("Acc", "Dat", "Gen") if c in cases and c in allowed
                and all(n["feats"]["Case"] == c or _same_word(n, c) is not None for n in span)]
        if len(fits) != 1:
            continue
        for n in span:
            if n["feats"]["Case"] != fits[0]:
                switch(n, _same_word(n, fits[0]))


def _same_word(n: dict, case: str) -> dict | None:
    return find(n, lemma=n["lemma"], upos=n["upos"], feats={"Case": case, **{k: n["feats"][k] for k in ("Number", "Gender") if k in n["feats"]}})


def _recase_phrase(span: list[dict], case: str) -> None:
    """Every word of a noun phrase into `case`, or none of them when BÍN lacks one in it."""
    news = [_same_word(n, case) for n in span]
    if all(n is not None for n in news):
        for n, new in zip(span, news):
            switch(n, new)


def preposition_read_as_adverb(words: list[dict]) -> None:
    """A preposition proper (um, við, fyrir, með …) that the parse read as an adverb, followed
    at once by a noun phrase in the nominative: no preposition governs the nominative, and a
    subject does not follow such a word, so the phrase is its object, in the case it governs
    ("tilkynnt var um innbrot", "um norðanvert landið"). Not before a number: "um 20 manns" is
    "about twenty people", and the phrase keeps its own case."""
    for i, p in enumerate(words[:-1]):
        case = PREPOSITION_CASE.get(p["form"].lower())
        if p["upos"] != "ADV" or case is None:
            continue
        span = []
        for n in words[i + 1:]:
            if n["upos"] not in ("ADJ", "DET", "PRON", "NOUN", "PROPN") or n["feats"].get("Case") != "Nom":
                break
            span.append(n)
            if n["upos"] in ("NOUN", "PROPN"):
                break
        if not span or span[-1]["upos"] not in ("NOUN", "PROPN") or any(r["upos"] == "NUM" for n in span for r in options(n)):
            continue  # "um fimm prósent": a number word, read as a noun
        allowed = [UD_CASE[c] for c in ("þf", "þgf", "ef") if c in Prepositions.PP.get(p["form"].lower(), {case})]
        target = next((c for c in allowed if all(_same_word(n, c) is not None for n in span)), None)
        if target is not None:
            for n in span:
                switch(n, _same_word(n, target))



def coordinated_case(words: list[dict]) -> None:
    """Conjoined noun phrases stand in the same case: "í raun og veru", "með áherslu og
    virðingu", "í júní, júlí og ágúst". A noun after og/eða/né (or a comma in a list) whose case
    differs from the noun before, where that noun's case is fixed by a preposition right before
    it, takes that case too if BÍN has it; not when a finite verb follows (a new clause's
    subject: "í gær og konan fór")."""
    for i, w in enumerate(words):
        if w["upos"] != "NOUN" or "Case" not in w["feats"] or i < 3:
            continue
        start = i
        while start > 0 and _modifier(words[start - 1]) and "Case" in words[start - 1]["feats"]:
            start -= 1
        link = words[start - 1] if start > 0 else None
        if link is None or not (link["form"].lower() in COORDINATORS or link["form"] == ","):
            continue
        left = words[start - 2] if start >= 2 else None
        if left is None or left["upos"] not in ("NOUN", "PROPN") or "Case" not in left["feats"]:
            continue
        case = left["feats"]["Case"]
        j = start - 2
        while j > 0 and _modifier(words[j - 1]):
            j -= 1
        if j == 0 or words[j - 1]["upos"] != "ADP" or case == w["feats"]["Case"]:
            continue
        after = words[i + 1] if i + 1 < len(words) else None
        if after is not None and is_finite(after):
            continue
        _recase_phrase(words[start:i + 1], case)


def coordinated_object(words: list[dict]) -> None:
    """Conjoined noun phrases stand in the same case, also where no preposition governs them:
    a nominative noun phrase after og/eða/né (also where the parse took og for the adverb "too")
    that joins it to a noun in the accusative or dative ("útbúa föt og mat", "konuna mína og
    börnin") is the second conjunct of that object, in its
    case, if BÍN has every word of it in that case. Not when a finite verb follows it: then it
    is the subject of a new clause ("keypti bókina og barnið hló"). A genitive before the
    conjunction is left out: it is often an attribute, and the conjunct is the noun before it."""
    for i, w in enumerate(words):
        if w["upos"] != "NOUN" or w["feats"].get("Case") != "Nom" or i < 2:
            continue
        start = i
        while start > 0 and _modifier(words[start - 1]) and words[start - 1]["feats"].get("Case") == "Nom":
            start -= 1
        link = words[start - 1] if start > 0 else None
        if link is None or link["form"].lower() not in COORDINATORS or link["upos"] not in ("CCONJ", "ADV") or start < 2:
            continue
        left = words[start - 2]
        if left["upos"] in ("PRON", "DET") and start >= 3 and left["lemma"] in ATTRIBUTIVE_PRONOUNS:
            left = words[start - 3]  # "konuna mína og börnin"
        case = left["feats"].get("Case")
        if left["upos"] not in ("NOUN", "PROPN") or case not in ("Acc", "Dat"):
            continue
        after = words[i + 1] if i + 1 < len(words) else None
        if after is not None and (is_finite(after) or after["upos"] in ("VERB", "AUX")):
            continue
        _recase_phrase(words[start:i + 1], case)


def truncated_compound(words: list[dict]) -> None:
    """A first part written with a hyphen before og/eða/né ("efnahags- og viðskiptaráðherra",
    "umhverfis- og náttúruvernd") stands for a whole compound that shares the last word's head:
    it is a noun in that noun's case, number, gender and definiteness (efnahagsráðherra). The
    lemma stays as written: BÍN has no entry for the part."""
    for i, w in enumerate(words[:-2]):
        form = w["form"]
        if not (form.endswith("-") and len(form) > 2 and form[:-1].replace("-", "").isalpha()) or "Case" in w["feats"]:
            continue
        link, head = words[i + 1], words[i + 2]
        if link["form"].lower() not in COORDINATORS or head["upos"] not in ("NOUN", "PROPN") or "Case" not in head["feats"]:
            continue
        w["upos"] = "NOUN"
        w["feats"] = {k: head["feats"][k] for k in ("Case", "Number", "Gender", "Definite") if k in head["feats"]}


def _uninflected(n: dict) -> bool:
    """A name BÍN does not inflect (foreign names, acronyms): its case is only its place's."""
    return n["upos"] == "PROPN" and not any(r["upos"] == "PROPN" and "Case" in r["feats"] for r in options(n))


def uninflected_name_case(words: list[dict]) -> None:
    """A foreign name or acronym shows no case, and where the sentence did not parse it has
    none; its place gives it one. Right after a preposition it is its object, in the case the
    preposition most often governs ("úr GR"); right after a finite verb that opens its clause,
    with nothing before it, it is the inverted subject, nominative (", sagði Portman."); right
    after an indefinite common noun it is its possessor, genitive ("mál Tony Omos": a name in
    apposition follows a definite noun, "framherjinn Harry Kane")."""
    for i, w in enumerate(words[1:], 1):
        if not _uninflected(w) or "Case" in w["feats"]:
            continue
        start = i
        while start > 0 and words[start - 1]["upos"] == "PROPN" and _uninflected(words[start - 1]) and "Case" not in words[start - 1]["feats"]:
            start -= 1
        if start != i:
            continue  # the name's first part decides, below
        end = i
        while end + 1 < len(words) and words[end + 1]["upos"] == "PROPN" and _uninflected(words[end + 1]) and "Case" not in words[end + 1]["feats"]:
            end += 1
        before = words[i - 1]
        case = None
        if before["upos"] == "ADP" and before["form"].lower() in PREPOSITION_CASE:
            case = UD_CASE[PREPOSITION_CASE[before["form"].lower()]]
        elif is_finite(before) and (i == 1 or is_break(words[i - 2])):
            case = "Nom"
        elif before["upos"] == "NOUN" and before["feats"].get("Definite") == "Ind" and "Case" in before["feats"]:
            case = "Gen"
        if case is None:
            continue
        for n in words[i:end + 1]:
            n["feats"] = {**n["feats"], "Case": case, "Number": n["feats"].get("Number", "Sing")}


PHRASE = ("ADJ", "DET", "NUM", "PRON", "NOUN", "PROPN")


def preposition_not_noun(words: list[dict]) -> None:
    """A preposition that is also a rare noun or adjective (á "river", úr "watch", milli, frár
    "swift", viður "wood") and that the parse read as that word, followed at once by a noun
    phrase that has the case the preposition governs (Prepositions.conf) and does not agree with
    it, is the preposition: "bílar frá Toyota", "úr MR", "milli Ísraela", "á bílastæði". Where the
    phrase was read in a case the preposition cannot govern (the nominative), it takes the one
    the preposition most often governs, if every word of it has that case in BÍN."""
    for i, w in enumerate(words[:-1]):
        if w["upos"] not in ("NOUN", "ADJ"):
            continue
        prep = find(w, lemma=w["form"].lower(), upos="ADP")
        allowed = [UD_CASE[c] for c in ("þf", "þgf", "ef") if c in Prepositions.PP.get(w["form"].lower(), set())]
        if prep is None or not allowed:
            continue
        span = []
        for n in words[i + 1:]:
            if n["upos"] not in PHRASE or "Case" not in n["feats"]:
                break
            span.append(n)
            if n["upos"] in ("NOUN", "PROPN", "PRON"):
                break
        if not span or span[-1]["upos"] not in ("NOUN", "PROPN", "PRON"):
            continue
        head = span[-1]
        if w["upos"] == "ADJ" and all(head["feats"].get(k) == w["feats"].get(k) for k in AGREEMENT):
            continue  # the adjective agrees with the noun after it
        if w["upos"] == "NOUN" and head["feats"]["Case"] == "Gen" and "Gen" not in allowed:
            continue  # a genitive attribute of the noun
        case = head["feats"]["Case"]
        if case not in allowed:
            usual = UD_CASE.get(PREPOSITION_CASE.get(w["form"].lower(), ""))
            case = next((c for c in sorted(allowed, key=lambda c: c != usual) if all(_same_word(n, c) is not None for n in span)), None)
            if case is None:
                continue
            for n in span:
                switch(n, _same_word(n, case))
        switch(w, prep)


def name_in_apposition(words: list[dict]) -> None:
    """A name standing right after a definite noun that describes its bearer is in apposition
    to it and shares its case: "ferill landsliðsmannsins Mamadou Sakho" (genitive), "við
    framherjann Harry Kane" (accusative). The parts of a foreign name are not inflected, so the
    parse can only guess their case; a part BÍN inflects takes the reading in that case."""
    for i, w in enumerate(words[:-1]):
        if w["upos"] != "NOUN" or w["feats"].get("Definite") != "Def" or "Case" not in w["feats"]:
            continue
        case = w["feats"]["Case"]
        for n in words[i + 1:]:
            if n["upos"] != "PROPN" or is_break(n):
                break
            if n["feats"].get("Case") == case:
                continue
            inflected = [r for r in options(n) if r["upos"] == "PROPN" and "Case" in r["feats"]]
            if not inflected and n.get("lemma", "").lower() == n["form"].lower():
                n["feats"] = {**n["feats"], "Case": case}  # not in BÍN: takes the case it stands in
                if n.get("governor", {}).get("case") not in (None, case):
                    n.pop("governor")
                continue
            new = next((r for r in inflected if r["feats"]["Case"] == case and r["lemma"] == n["lemma"]), None)
            if new is None:
                break
            switch(n, new)


def ordinal_agrees_with_noun(words: list[dict]) -> None:
    """An ordinal is an adjective and agrees with its noun in case, number and gender: written
    in digits ("á 61. mínútu" = sextugustu og fyrstu mínútu, dative feminine singular) it shows
    none of them, so it takes them from the noun right after it."""
    for i, w in enumerate(words[:-1]):
        noun = words[i + 1]
        if w.get("kind") != "ordinal" or w["feats"] or noun["upos"] != "NOUN" or "Case" not in noun["feats"]:
            continue
        w["feats"] = {k: noun["feats"][k] for k in AGREEMENT if k in noun["feats"]}
