"""Names of people: a name BÍN lists beside a common noun of its form (Auður, auður "wealth";
Björn, björn "bear") or in both genders (Auður, Blær). The sentence, and where it cannot, the
rest of the text, shows which. Rules of the eighth pass (2026-12-07)."""

from ..lexicon import bin_entries, marginal_lemmas
from .common import BREAKS, is_finite, options, switch
from .predicatives import is_predicate_verb


# BÍN's domains for names of people: given names, patronymics, metronymics, family names.
PERSON_DOMAINS = {"ism", "föð", "móð", "ætt"}
PERSONAL_GENDER = {"hann": "Masc", "hún": "Fem"}


def _name_readings(w: dict) -> list[dict]:
    """The word's readings as a person's name in BÍN, in the case the parse gave it."""
    names = {(lemma, ordfl) for lemma, ordfl, domain, _m in bin_entries(w["form"]) if domain in PERSON_DOMAINS}
    if not names:
        return []
    lemmas = {lemma for lemma, _o in names}
    case = w["feats"].get("Case")
    found = [r for r in options(w) + [w] if r["upos"] == "PROPN" and r["lemma"] in lemmas
             and (case is None or r["feats"].get("Case") == case) and r["feats"].get("Number", "Sing") == "Sing"]
    # BÍN's core entry first: the woman's name Auður (K) before the man's (V, its website only)
    marginal = marginal_lemmas(w["form"])
    return sorted(found, key=lambda r: (r["lemma"], GENDER_CLASS.get(r["feats"].get("Gender"))) in marginal)


GENDER_CLASS = {"Masc": "kk", "Fem": "kvk", "Neut": "hk"}


def _a_person(w: dict) -> bool:
    return w["upos"] == "PROPN" and bool(_name_readings(w))


def _gender_cue(words: list[dict], i: int) -> str | None:
    """The gender the sentence gives the person named at i: a predicative adjective or
    participle agreeing with it in its clause ("Auður var þreytt"), else the first personal
    pronoun hann/hún in the nominative after it ("sagði Auður að hún …"). Both searches end at
    the next person named, who speaks for themselves: a text of many names costs one pass, not
    one per name."""
    for j in range(i + 1, len(words)):
        x = words[j]
        if x["kind"] == "punctuation" or x["upos"] in ("SCONJ", "CCONJ") or _a_person(x):
            break
        if (x["upos"] == "ADJ" or x["feats"].get("VerbForm") == "Part") and x["feats"].get("Case") == "Nom" \
                and x["feats"].get("Number") == "Sing" and "Gender" in x["feats"] and j > 0 and is_predicate_verb(words[j - 1]):
            return x["feats"]["Gender"]
    for j in range(i + 1, len(words)):
        x = words[j]
        if _a_person(x):
            break
        if x["upos"] == "PRON" and x["lemma"] in PERSONAL_GENDER and x["feats"].get("Case") == "Nom" and x["feats"].get("Number", "Sing") == "Sing":
            return PERSONAL_GENDER[x["lemma"]]  # a subject; an object (bar hann heim) is often a thing
    return None


def name_not_common_noun(words: list[dict]) -> None:
    """A capitalised word at the start of a sentence read as a common noun (auður "wealth")
    whose form BÍN lists as a person's name is that name, when it stands without an article
    before a finite verb or og and the name's gender (shown by the sentence, else BÍN's core
    entry) is not the noun's ("Auður vaknaði snemma": the feminine name, not the masculine
    noun), or before a comma and an imperative, the one spoken to ("Björn, komdu hingað!").
    Where name and noun have one gender ("Sól skein", "Björn kom heim") the sentence cannot
    tell them apart; `names_in_text` decides from the rest of the text."""
    first = next((k for k, w in enumerate(words) if w["kind"] != "punctuation"), None)
    if first is None:
        return
    w = words[first]
    if w["upos"] != "NOUN" or not w["form"][:1].isupper() or w["form"].isupper() or w["feats"].get("Definite") == "Def":
        return
    nxt = words[first + 1] if first + 1 < len(words) else None
    then = words[first + 2] if first + 2 < len(words) else None
    vocative = nxt is not None and nxt["form"] == "," and then is not None and then["feats"].get("Mood") == "Imp"
    if nxt is None or not (is_finite(nxt) or nxt["form"] == "og" or vocative):
        return
    names = _name_readings(w)
    if not names:
        return
    cue = _gender_cue(words, first)
    new = next((r for r in names if r["feats"].get("Gender") == cue), names[0])
    if not vocative and new["feats"].get("Gender") == w["feats"].get("Gender"):
        return  # "Sól skein", "Dagur er liðinn": name and noun alike here; the text may tell (names_in_text)
    switch(w, _as_name(new))


def _as_name(r: dict) -> dict:
    """A name's reading as the parse gives names: no Definite (analyze._token drops it)."""
    return {**r, "feats": {k: v for k, v in r["feats"].items() if k != "Definite"}}


def names_in_text(sentences: list[list[dict]]) -> None:
    """Across a text: a sentence's first word read as a common noun without its article whose
    form BÍN lists as a person's name is that name when the text names that person elsewhere,
    inside a sentence where the capital shows the name ("Björn kom heim. … sagði Björn")."""
    named = {w["lemma"] for s in sentences for k, w in enumerate(x for x in s if x["kind"] != "punctuation")
             if k > 0 and w["upos"] == "PROPN" and _name_readings(w)}
    for s in sentences:
        w = next((x for x in s if x["kind"] != "punctuation"), None)
        if w is None or w["upos"] != "NOUN" or not w["form"][:1].isupper() or w["feats"].get("Definite") == "Def":
            continue
        names = [r for r in _name_readings(w) if r["lemma"] in named]
        if names:
            switch(w, _as_name(next((r for r in names if r["feats"].get("Gender") == w["feats"].get("Gender")), names[0])))


def name_gender_in_context(words: list[dict]) -> None:
    """A name BÍN lists in both genders (Auður, Blær) takes the gender the sentence shows, by a
    predicative word or a pronoun after it; with nothing to show it, the gender of BÍN's core
    entry where only one is core (Auður: the woman's name; the man's BÍN shows only on its
    website). The parse takes BÍN's first entry, the masculine."""
    for i, w in enumerate(words):
        if w["upos"] != "PROPN" or "Gender" not in w["feats"]:
            continue
        names = _name_readings(w)
        if len({r["feats"].get("Gender") for r in names}) < 2:
            continue
        cue = _gender_cue(words, i) or names[0]["feats"].get("Gender")
        if cue == w["feats"]["Gender"]:
            continue
        new = next((r for r in names if r["feats"].get("Gender") == cue), None)
        if new is not None:
            switch(w, {**new, "feats": {k: v for k, v in {**w["feats"], **new["feats"]}.items() if k != "Definite"}})


def name_genders_in_text(sentences: list[list[dict]], reach: int = 3) -> None:
    """Across a text: a name BÍN lists in both genders that its own sentence gives no gender
    (the parse takes the masculine, BÍN's first) takes the gender of the first hann or hún in
    the nominative after it, within the next few sentences and before any other person is
    named ("Auður vaknaði snemma. … Hún klæddi sig"); every mention of the name in the text
    that its sentence leaves open gets the gender so found."""
    flat = [(k, w) for k, s in enumerate(sentences) for w in s if w["kind"] != "punctuation"]
    found: dict[str, str] = {}
    open_mentions: list[dict] = []
    # Each sentence's words as the rules see them, with each word's place, built once.
    words_of: dict[int, tuple[list[dict], dict[int, int]]] = {}
    for n, (k, w) in enumerate(flat):
        if w["upos"] != "PROPN" or "Gender" not in w["feats"]:
            continue
        names = _name_readings(w)
        if len({r["feats"].get("Gender") for r in names}) < 2:
            continue
        if k not in words_of:
            words = [x for x in sentences[k] if x["kind"] != "punctuation" or x["form"] in BREAKS]
            words_of[k] = (words, {id(x): j for j, x in enumerate(words)})
        words, place = words_of[k]
        if _gender_cue(words, place[id(w)]) is not None:
            found.setdefault(w["lemma"], w["feats"]["Gender"])
            continue
        open_mentions.append(w)
        if w["lemma"] in found:
            continue
        # Up to the next name: a later mention of the same one searches on from there, so no
        # word is searched twice (a text repeating one name thousands of times stays linear).
        for k2, x in (flat[m] for m in range(n + 1, len(flat))):
            if k2 > k + reach or _a_person(x):
                break
            if x["upos"] == "PRON" and x["lemma"] in PERSONAL_GENDER and x["feats"].get("Case") == "Nom" and x["feats"].get("Number") == "Sing":
                found[w["lemma"]] = PERSONAL_GENDER[x["lemma"]]
                break
    for w in open_mentions:
        gender = found.get(w["lemma"])
        if gender is None or gender == w["feats"]["Gender"]:
            continue
        new = next((r for r in _name_readings(w) if r["feats"].get("Gender") == gender), None)
        if new is not None:
            switch(w, {**new, "feats": {k: v for k, v in {**w["feats"], **new["feats"]}.items() if k != "Definite"}})
