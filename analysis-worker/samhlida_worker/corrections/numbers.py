"""Number agreement that the parse leaves out: a noun counted by a cardinal number."""

import re

from .common import find, is_break, is_finite, options, switch

def _plural_count(w: dict) -> bool:
    """A cardinal that takes a plural noun: a whole number in digits not ending in one (21, 101
    take the singular; 11 the plural), or a number word other than einn. A decimal (8,1) is
    left alone: usage differs on its agreement."""
    if w["upos"] != "NUM" or w["form"].endswith("."):
        return False  # "4. sæti": an ordinal
    form = w["form"].replace(".", "")
    if form.isdigit():
        return not form.endswith("1") or form.endswith("11")
    # a number word that is not also a verb's form (átta: eight, or "átta sig")
    return (w["lemma"] != "einn" and not any(c.isdigit() for c in form)
            and not any(r["upos"] in ("VERB", "AUX") for r in options(w)))


def counted_noun_is_plural(words: list[dict]) -> None:
    """A noun right after a cardinal above one is plural ("15 stig", "105 þúsund krónur", "tíu
    hús"): where the parse gave it the singular of a form that is also plural (neuters: stig,
    skot; þúsund), it takes the plural reading in the same case."""
    for i, w in enumerate(words[1:], 1):
        if w["upos"] != "NOUN" or w["feats"].get("Number") != "Sing" or not _plural_count(words[i - 1]):
            continue
        new = find(w, lemma=w["lemma"], feats={"Number": "Plur", **({"Case": w["feats"]["Case"]} if "Case" in w["feats"] else {})})
        if new is not None:
            switch(w, new)



MODIFIERS = ("DET", "PRON", "ADJ")


def _reading_agreeing(w: dict, other: dict, same_lemma: bool) -> dict | None:
    want = {k: other["feats"][k] for k in ("Case", "Number", "Gender") if k in other["feats"]}
    for r in options(w):
        if r["upos"] == w["upos"] and (not same_lemma or r["lemma"] == w["lemma"]) and all(r["feats"].get(k) == v for k, v in want.items()):
            return r
    return None


def modifier_agrees_with_its_noun(words: list[dict]) -> None:
    """A determiner, pronoun or adjective right before a noun in the same case agrees with it in
    number and gender as well ("öllum börnum": plural). Where the parse left them disagreeing
    and one of the two has a reading of the same lemma that agrees with the other, that reading
    is taken — the modifier's first, then the noun's."""
    for i, w in enumerate(words[:-1]):
        noun = words[i + 1]
        if w["upos"] not in MODIFIERS or noun["upos"] != "NOUN" or "Case" not in w["feats"] or w["feats"].get("Case") != noun["feats"].get("Case"):
            continue
        if all(w["feats"].get(k) == noun["feats"].get(k) for k in ("Number", "Gender") if k in w["feats"] and k in noun["feats"]):
            continue
        new = _reading_agreeing(w, noun, True)
        if new is not None:
            switch(w, new)
            continue
        new = _reading_agreeing(noun, w, True)
        if new is not None:
            switch(noun, new)


POSSESSIVES = {"sinn", "minn", "þinn", "vor"}
AGREEMENT = ("Case", "Number", "Gender")


def _agreement(r: dict) -> tuple:
    return tuple(r["feats"].get(k) for k in AGREEMENT)


def possessive_agrees_with_its_noun(words: list[dict]) -> None:
    """A possessive pronoun after its noun agrees with it in case, number and gender ("heimili
    sín", "metið sitt", "ástvini sína"). Where the parse left them disagreeing, the two take the
    readings (each of its own lemma) that agree, the noun's case kept where it is among them."""
    for i, noun in enumerate(words[:-1]):
        poss = words[i + 1]
        if noun["upos"] != "NOUN" or poss["upos"] not in ("PRON", "DET") or poss["lemma"] not in POSSESSIVES:
            continue
        if "Case" not in noun["feats"] or _agreement(noun) == _agreement(poss):
            continue
        own = lambda w: [w] + [r for r in options(w) if r["upos"] == w["upos"] and r["lemma"] == w["lemma"]]
        nouns, posss = own(noun), own(poss)
        common = [a for a in dict.fromkeys(_agreement(r) for r in nouns) if any(_agreement(r) == a for r in posss)]
        if not common:
            continue
        best = min(common, key=lambda a: (a[0] != noun["feats"]["Case"], a[1] != noun["feats"].get("Number")))
        for w, rs in ((noun, nouns), (poss, posss)):
            if _agreement(w) != best:
                switch(w, next(r for r in rs if _agreement(r) == best))


# Nouns of number: unlike the numerals up to þúsund, which agree with what they count ("tíu
# þúsund krónur"), these are nouns and take it in the genitive plural ("milljón króna").
NUMBER_NOUNS = {"milljón", "milljarður", "billjón", "billjarður"}


def counted_after_a_number_noun(words: list[dict]) -> None:
    """What milljón, milljarður count stands in the genitive plural ("30 milljónir evra", "hálfur
    milljarður króna"): a noun right after one, read in another case or number, takes its
    genitive plural reading where BÍN has one (evra, króna: the same form)."""
    for i, w in enumerate(words[1:], 1):
        before = words[i - 1]
        if w["upos"] != "NOUN" or before["upos"] != "NOUN" or before["lemma"] not in NUMBER_NOUNS:
            continue
        if w["feats"].get("Case") == "Gen" and w["feats"].get("Number") == "Plur":
            continue
        new = find(w, lemma=w["lemma"], upos="NOUN", feats={"Case": "Gen", "Number": "Plur"})
        if new is not None:
            switch(w, new)




def predicate_number_from_verb(words: list[dict]) -> None:
    """A predicative adjective after vera/verða agrees with the subject, as the finite verb
    does: after a plural finite verb ("við þurfum að vera alveg viss", "þær hafa verið skýr"),
    an adjective read as nominative singular with no noun after it takes its nominative plural
    reading (same lemma; the gender kept where BÍN has it)."""
    for i, w in enumerate(words):
        if w["upos"] != "ADJ" or w["feats"].get("Case") != "Nom" or w["feats"].get("Number") != "Sing":
            continue
        nxt = words[i + 1] if i + 1 < len(words) else None
        if nxt is not None and nxt["upos"] in ("NOUN", "PROPN", "ADJ"):
            continue  # attributive
        j = i - 1
        while j >= 0 and words[j]["upos"] in ("ADV", "PART") and words[j]["kind"] != "punctuation":
            j -= 1
        if j < 0 or words[j]["lemma"] not in ("vera", "verða") or words[j]["upos"] not in ("VERB", "AUX"):
            continue
        # the finite verb of the chain: the copula itself, or the nearest finite verb before it
        finite = None
        for t in reversed(words[:j + 1]):
            if t["kind"] == "punctuation" or t["upos"] in ("CCONJ", "SCONJ"):
                break
            if t["upos"] in ("VERB", "AUX") and "Mood" in t["feats"]:
                finite = t
                break
        if finite is None or finite["feats"].get("Number") != "Plur":
            continue
        gender = w["feats"].get("Gender")
        cands = [r for r in options(w) if r["upos"] == "ADJ" and r["lemma"] == w["lemma"] and r["feats"].get("Case") == "Nom"
                 and r["feats"].get("Number") == "Plur" and r["feats"].get("Degree") == w["feats"].get("Degree")]
        new = next((r for r in cands if r["feats"].get("Gender") == gender), None) or next(iter(cands), None)
        if new is not None:
            switch(w, new)


SCORE_MARKS = {"–", "-", ":"}  # "4–0 tap", "2:1": the second number of a score
DIGITS = re.compile(r"[0-9]{1,3}(\.[0-9]{3})*(,[0-9]+)?|[0-9]+(,[0-9]+)?")


def digits_counting_a_noun_are_plural(words: list[dict]) -> None:
    """A cardinal in digits right before the noun it counts is plural, as a number word is
    ("10 þúsund bakteríur", "3,2 milljónir", "15 stig"), unless its last digit is one and not
    eleven ("21 hestur", "8,1 kílómetri": the noun agrees with "einn"). The parse gives such a
    number no number of its own when it gives it no case (amounts, numbers before þúsund);
    its case is left as it is. The second number of a score ("4–0 tap") counts nothing."""
    for i, w in enumerate(words[:-1]):
        if w["upos"] != "NUM" or "Number" in w["feats"] or not DIGITS.fullmatch(w["form"]):
            continue
        before = words[i - 1]["form"] if i else ""
        if words[i + 1]["upos"] != "NOUN" or before in SCORE_MARKS or DIGITS.fullmatch(before):
            continue
        whole = w["form"].replace(".", "").replace(",", "")
        if whole.endswith("1") and not whole.endswith("11"):
            continue
        w["feats"] = {**w["feats"], "Number": "Plur"}


def _counted_noun(words: list[dict], i: int) -> dict | None:
    """The noun a number at i counts: the next word, or the first after adjectives agreeing
    with it ("fimm góðir menn")."""
    j = i + 1
    while j < len(words) and words[j]["upos"] == "ADJ":
        j += 1
    if j >= len(words) or words[j]["upos"] != "NOUN" or "Case" not in words[j]["feats"]:
        return None
    return words[j]


def number_word_counting_a_noun(words: list[dict]) -> None:
    """A number word that does not inflect (fimm, níu, sjötíu) right before the noun it counts
    is the cardinal, in the noun's case and gender, plural: "fimm prósent", "á níu árum". The
    parse or the fallback can take it for a noun of the same form (fimm "a five", nía "a nine")
    or leave it without a case. The noun must have a plural reading in that case."""
    for i, w in enumerate(words[:-1]):
        if w["upos"] == "NUM" and "Case" in w["feats"] or w["upos"] not in ("NUM", "NOUN", "VERB"):
            continue
        numeral = w if w["upos"] == "NUM" else next((r for r in options(w) if r["upos"] == "NUM" and not r["feats"]), None)
        if numeral is None or numeral["lemma"] == "einn" or any(c.isdigit() for c in w["form"]):
            continue
        if i and words[i - 1]["upos"] == "NUM":
            continue  # "10 þúsund": part of a longer number, whose parts the parse has already classed
        noun = _counted_noun(words, i)
        if noun is None:
            continue
        case = noun["feats"]["Case"]
        if noun["feats"].get("Number") != "Plur" and find(noun, lemma=noun["lemma"], feats={"Case": case, "Number": "Plur"}) is None:
            continue
        feats = {"Case": case, "Number": "Plur", **({"Gender": noun["feats"]["Gender"]} if "Gender" in noun["feats"] else {})}
        if w is numeral:
            w["feats"] = feats
        else:
            switch(w, {**numeral, "feats": feats})




SUBJECT_HEADS = ("NOUN", "PROPN", "PRON")
# Between a subject and its verb: adverbs, and the noun phrase's own genitives and modifiers
# ("önnur þjóðþing Evrópu geti").
SUBJECT_TAIL = ("ADV", "PART")


def _number_fixed(w: dict) -> bool:
    """The word has no nominative reading of its own lemma in the other number (ökumenn,
    þjóðþingin; not ríki, mál, which are both)."""
    other = {"Sing": "Plur", "Plur": "Sing"}.get(w["feats"].get("Number"))
    return other is not None and not any(r["lemma"] == w["lemma"] and r["upos"] == w["upos"] and r["feats"].get("Case") == "Nom"
                                         and r["feats"].get("Number") == other for r in options(w))


def _subject_of(words: list[dict], i: int) -> dict | None:
    """The nominative head right before the finite verb at i (adverbs and genitives between),
    or, when the verb opens its clause, right after it; None where the clause shows none, or
    where two are coordinated ("Jón og Gunna")."""
    j = i - 1
    while j >= 0 and (words[j]["upos"] in SUBJECT_TAIL or words[j]["feats"].get("Case") == "Gen") and not is_break(words[j]):
        j -= 1
    if j >= 0 and words[j]["upos"] in SUBJECT_HEADS and words[j]["feats"].get("Case") == "Nom":
        k = j - 1
        while k >= 0 and words[k]["upos"] in ("ADJ", "DET", "NUM") and words[k]["feats"].get("Case") == "Nom":
            k -= 1
        return None if k >= 0 and words[k]["upos"] == "CCONJ" else words[j]
    if j >= 0 and not (is_break(words[j]) or words[j]["upos"] in ("SCONJ", "CCONJ")):
        return None
    k = i + 1
    while k < len(words) and words[k]["upos"] in SUBJECT_TAIL + ("ADJ", "DET", "NUM") and not is_break(words[k]):
        k += 1
    if k < len(words) and words[k]["upos"] in SUBJECT_HEADS and words[k]["feats"].get("Case") == "Nom":
        after = words[k + 1] if k + 1 < len(words) else None
        return None if after is not None and after["upos"] == "CCONJ" else words[k]
    return None


def verb_agrees_with_its_subject(words: list[dict]) -> None:
    """A finite verb agrees with its nominative subject in number. Many forms are the same in
    both numbers (the present subjunctive: "hafi, geti, gildi, virðist"), and the parse then
    often gives the singular: "að ríkin geti", "sem ökumenn virðist". Where the subject stands
    next to the verb (adverbs and a genitive between), or right after a verb that opens its
    clause, and its own number is certain, the verb takes its reading of the same lemma, mood,
    tense, voice and person in that number."""
    for i, w in enumerate(words):
        if not is_finite(w) or w["feats"].get("Person", "3") != "3" or "Number" not in w["feats"]:
            continue
        subject = _subject_of(words, i)
        if subject is None or subject["feats"].get("Person", "3") != "3" or not _number_fixed(subject):
            continue
        number = subject["feats"]["Number"]
        if w["feats"]["Number"] == number:
            continue
        want = {k: w["feats"][k] for k in ("Mood", "Tense", "Voice", "Person") if k in w["feats"]}
        new = find(w, lemma=w["lemma"], feats={**want, "Number": number})
        if new is not None and new["upos"] in ("VERB", "AUX"):
            switch(w, {**new, "upos": w["upos"]})


NUMBER_RULES = [number_word_counting_a_noun, digits_counting_a_noun_are_plural, counted_noun_is_plural, modifier_agrees_with_its_noun, possessive_agrees_with_its_noun, counted_after_a_number_noun, predicate_number_from_verb, verb_agrees_with_its_subject]
