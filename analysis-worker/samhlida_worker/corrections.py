"""Corrections after the parse: Greynir's best-scored tree is grammatical but sometimes wrong.
Each rule states a fact of Icelandic grammar that the neighbours of a word decide, and moves the
word to another of its BÍN readings only when that reading fits them. Rules see one sentence's
tokens (punctuation included: a comma or the full stop ends a clause)."""

from reynir.verbframe import VerbFrame

from .lexicon import readings

NOMINAL = {"NOUN", "PROPN", "PRON", "DET", "ADJ", "NUM"}
# The copulas: a neuter participle after them with no subject to agree with is an impersonal
# passive ("var beint að", "verður rætt um"); a supine only follows hafa and geta.
COPULAS = {"vera", "verða"}
SUPINE_AUXILIARIES = {"hafa", "geta"}
# Words that end a clause for these rules: punctuation, and the conjunctions that open a new one.
CLAUSE_OPENERS = {"og", "en", "eða", "sem", "að", "ef", "þegar", "því", "þótt", "hvort"}


def correct(sentence: list[dict]) -> None:
    words = [t for t in sentence if t["kind"] != "punctuation" or t["form"] in BREAKS]
    for rule in RULES:
        rule(words)


BREAKS = {",", ";", ":", ".", "!", "?", "(", ")", "–", "—", "„", "“", "”", "\""}


def _is_break(token: dict) -> bool:
    return token["kind"] == "punctuation"


def _options(token: dict) -> list[dict]:
    return token.get("otherReadings", [])


def _find(token: dict, **want) -> dict | None:
    """The first other reading with this UPOS/lemma and these features."""
    feats = want.pop("feats", {})
    for r in _options(token):
        if all(r.get(k) == v for k, v in want.items()) and all(r["feats"].get(k) == v for k, v in feats.items()):
            return r
    return None


def switch(token: dict, new: dict) -> None:
    """Make `new` the token's reading: the old one joins the other readings, the new one leaves
    them; what hung on the old reading (compound parts, the governor of its case) follows."""
    old = {"lemma": token["lemma"], "upos": token["upos"], "feats": token["feats"]}
    others = [r for r in _options(token) if r is not new and r != new]
    if not any(r == old for r in others):
        others.insert(0, old)
    if new["lemma"] != token["lemma"]:
        token.pop("parts", None)
    gov = token.get("governor")
    if gov and (new["upos"] not in NOMINAL and new["feats"].get("VerbForm") != "Part"
                or new["feats"].get("Case") != old["feats"].get("Case")):
        token.pop("governor", None)
    token.update(lemma=new["lemma"], upos=new["upos"], feats=dict(new["feats"]))
    token["otherReadings"] = others


def _verb(token: dict | None) -> bool:
    return token is not None and token["upos"] in ("VERB", "AUX")


def _finite(token: dict | None) -> bool:
    return _verb(token) and "Mood" in token["feats"]


def _previous_verb(words: list[dict], i: int) -> dict | None:
    """The nearest verb before word i in its clause."""
    for j in range(i - 1, -1, -1):
        w = words[j]
        if _is_break(w) or w["form"].lower() in CLAUSE_OPENERS and w["upos"] in ("SCONJ", "CCONJ"):
            return None
        if _verb(w):
            return w
    return None


PARTICIPLE_NEUTER = {"VerbForm": "Part", "Gender": "Neut", "Number": "Sing", "Case": "Nom"}


def _neuter_participle(w: dict) -> dict | None:
    """The neuter singular past participle among the word's readings. Where BÍN lists only the
    supine (beint of beina), the supine is that form: it is the participle's neuter singular
    for every verb that has a passive."""
    new = next((r for r in _options(w) if r["upos"] in ("VERB", "AUX") and all(
            r["feats"].get(k) == v for k, v in PARTICIPLE_NEUTER.items())), None)
    if new is None:
        sup = w if _verb(w) and w["feats"].get("VerbForm") == "Sup" else _find(w, feats={"VerbForm": "Sup"})
        if sup is not None:
            new = {"lemma": sup["lemma"], "upos": sup["upos"], "feats": {
                "Case": "Nom", "Number": "Sing", "Gender": "Neut", "VerbForm": "Part", "Tense": "Past"}}
    return new


def impersonal_passive(words: list[dict]) -> None:
    """vera/verða + a neuter singular form that is both supine and participle: with the copula
    it is the past participle (impersonal passive: "var beint að herstöð", "verður rætt um");
    the supine is only used after hafa and geta."""
    for i, w in enumerate(words):
        if not (_verb(w) and w["feats"].get("VerbForm") == "Sup") or w["lemma"] in COPULAS:
            continue  # "hefur verið": the copula's own supine
        before = _previous_verb(words, i)
        after = words[i + 1] if i + 1 < len(words) else None
        # the copula before it in its clause, or right after it ("Dregið var í riðla")
        if not (before is not None and before["lemma"] in COPULAS or _copula(after) and _finite(after)):
            continue
        new = _neuter_participle(w)
        if new is not None:
            switch(w, new)


RULES = [impersonal_passive]


def verb_object_cases(lemma: str) -> set[str]:
    """The cases Greynir's verb frames (Verbs.conf) give the objects of a verb."""
    return {case for key in VerbFrame.CASE_FRAMES if key.split("_", 1)[0] == lemma for case in key.split("_")[1:]}


# Verbs that take a bare infinitive (no "að") and no noun object: the modals munu, skulu,
# mega; and the raising verbs in the middle voice or as passive participles, which
# report what is said or thought of the subject (virðist vera, sagðir vera, talinn hafa).
BARE_INFINITIVE = {"munu", "skulu", "mega"}
RAISING = {"segja", "telja", "álíta", "virða", "sýna", "þykja", "kveða", "reyna", "ætla"}


def _takes_bare_infinitive(verb: dict) -> bool:
    feats = verb["feats"]
    if verb["lemma"] in BARE_INFINITIVE:
        return True
    return verb["lemma"].removesuffix("st") in RAISING and (feats.get("Voice") == "Mid" or feats.get("VerbForm") == "Part")


def infinitive_after_verb(words: list[dict]) -> None:
    """A form read as a noun or adjective that is also an infinitive, right after a verb that
    takes a bare infinitive and no object (sagðir vera, virðist fara, mun koma): a noun cannot
    stand there, the infinitive can."""
    for i, w in enumerate(words):
        if i == 0 or w["upos"] not in ("NOUN", "ADJ"):
            continue
        new = _find(w, feats={"VerbForm": "Inf"})
        before = words[i - 1]
        if new is None or not _verb(before) or not _takes_bare_infinitive(before):
            continue
        switch(w, new)


RULES.append(infinitive_after_verb)


def participle_not_noun(words: list[dict]) -> None:
    """A definite neuter noun that is also the neuter participle of a verb, after vera/verða in
    its clause and followed by no genitive or adjective of its own ("var eldflaug skotið frá"):
    the parse scored a noun, but an impersonal passive has the participle there."""
    for i, w in enumerate(words):
        if w["upos"] != "NOUN" or w["feats"].get("Definite") != "Def" or w["feats"].get("Gender") != "Neut":
            continue
        before = _previous_verb(words, i)
        if before is None or before["lemma"] not in COPULAS or not _finite(before):
            continue
        if i > 0 and words[i - 1]["upos"] in ("DET", "ADJ", "NUM"):
            continue
        new = next((r for r in _options(w) if r["upos"] in ("VERB", "AUX") and all(
            r["feats"].get(k) == v for k, v in PARTICIPLE_NEUTER.items())), None)
        if new is not None:
            switch(w, new)


RULES.append(participle_not_noun)


def _agrees_with_neuter_singular(w: dict) -> bool:
    f = w["feats"]
    return f.get("Gender", "Neut") == "Neut" and f.get("Number", "Sing") == "Sing"


def passive_object_case(words: list[dict]) -> None:
    """In an impersonal passive the participle is neuter singular because nothing agrees with
    it; a nominative of another gender or number beside it ("var eldflaug skotið") cannot be its
    subject, so it is the object, which keeps the case the verb gives it: dative or genitive, by
    Greynir's verb frames (an accusative object becomes the nominative subject instead)."""
    for i, w in enumerate(words):
        if not (_verb(w) and all(w["feats"].get(k) == v for k, v in PARTICIPLE_NEUTER.items())):
            continue
        copula = _previous_verb(words, i)
        if copula is None or copula["lemma"] not in COPULAS:
            continue  # with the copula after the participle the object comes first: left as parsed
        cases = verb_object_cases(w["lemma"])
        case = "Dat" if "þgf" in cases else ("Gen" if "ef" in cases else None)
        if case is None:
            continue
        start = words.index(copula)
        span = words[start + 1:i]
        for after in words[i + 1:]:
            if _is_break(after) or after["upos"] not in NOMINAL:
                break
            span.append(after)
        for n in span:
            if n["upos"] not in NOMINAL or n["feats"].get("Case") != "Nom" or _agrees_with_neuter_singular(n):
                continue
            new = _find(n, lemma=n["lemma"], feats={"Case": case, "Number": n["feats"].get("Number")})
            if new is not None:
                switch(n, new)


RULES.append(passive_object_case)


# What follows a predicative adjective whose subject is a clause: "er erfitt að …", "óljóst
# hvort …", "ljóst hvað …", "verra en að …"; or the clause ends there ("Það er hægt.").
CLAUSE_SUBJECT = {"að", "hvort", "hvað", "hvernig", "hver", "hvers", "hvenær", "hvar", "hvers vegna", "en", "sem"}
PREDICATIVE = {"Case": "Nom", "Gender": "Neut", "Number": "Sing"}


def _copula(token: dict | None) -> bool:
    return token is not None and _verb(token) and token["lemma"] in COPULAS


def predicative_adjective(words: list[dict]) -> None:
    """With vera/verða and a clause as subject ("Það er erfitt að …", "hægt er að …") the word is
    the predicative adjective in the nominative neuter singular, not the adverb of the same
    form: the adverb cannot be a predicate."""
    for i, w in enumerate(words):
        if w["upos"] != "ADV":
            continue
        # an indeclinable "adjective" (þannig, ókeypis) is BÍN's filing of an adverb's use
        new = next((r for r in _options(w) if r["upos"] == "ADJ" and r["lemma"] != w["form"].lower()
                    and r["feats"].get("Degree") in ("Pos", "Cmp")
                    and r["feats"].get("Definite") != "Def" and all(r["feats"].get(k) == v for k, v in PREDICATIVE.items())), None)
        if new is None:
            continue
        j = i + 1
        after_copula = j < len(words) and _copula(words[j])
        if after_copula:
            j += 1
        nxt = words[j] if j < len(words) else None
        if not (nxt is None or _is_break(nxt) or nxt["form"].lower() in CLAUSE_SUBJECT):
            continue
        k = i - 1
        while not after_copula and k >= 0 and i - k <= 4 and words[k]["upos"] in ("ADV", "PRON", "PART") and not _is_break(words[k]):
            k -= 1
        if after_copula or (k >= 0 and _copula(words[k])):
            switch(w, new)


RULES.append(predicative_adjective)


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
            if _finite(nxt) or (_verb(prev) and not agrees):
                new = _find(w, upos="ADV")
                if new is not None:
                    switch(w, new)
        elif w["upos"] == "ADV":
            options = [r for r in _options(w) if r["upos"] in ("PRON", "DET") and r["feats"].get("Case") == "Acc"]
            if nominal_next:
                new = next((r for r in options if _agreeing(r, nxt)), None)
            elif prev is not None and prev["upos"] == "ADP" and (nxt is None or _is_break(nxt)):
                new = next((r for r in options if r["feats"].get("Number") == "Plur" and r["feats"].get("Gender") == "Masc"), None)
            else:
                new = None
            if new is not None:
                switch(w, new)


RULES.append(tha_adverb_or_pronoun)


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
        if _verb(prev) or dative_next:
            new = _find(w, upos="ADP")
            if new is not None:
                switch(w, new)




RULES.append(preposition_not_eiga)


def _first_person_plural(token: dict) -> bool:
    return _finite(token) and token["feats"].get("Person") == "1" and token["feats"].get("Number") == "Plur"


def _finite_first_plural_reading(token: dict | None) -> dict | None:
    if token is None or _is_break(token):
        return None
    options = [r for r in _options(token) if r["upos"] in ("VERB", "AUX") and "Mood" in r["feats"]
               and r["feats"].get("Person") == "1" and r["feats"].get("Number") == "Plur"]
    return next((r for r in options if r["feats"]["Mood"] == "Ind"), options[0] if options else None)


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
        opens = prev is None or _is_break(prev) or prev["upos"] in ("CCONJ", "SCONJ")
        verb = None if _first_person_plural(nxt) else _finite_first_plural_reading(nxt)
        if verb is not None and (w["upos"] == "PRON" or opens) and nxt["upos"] in ("ADJ", "NOUN", "VERB") and not _finite(nxt):
            switch(nxt, verb)
            has_verb = True
        if w["upos"] == "PRON" and not has_verb:
            new = _find(w, upos="ADP")
        elif w["upos"] in ("ADP", "ADV") and _first_person_plural(nxt):
            new = _find(w, upos="PRON", feats={"Number": "Plur"})
            if new is not None:
                new = {**new, "feats": {**new["feats"], "Case": "Nom", "Person": "1"}}
        else:
            new = None
        if new is not None:
            switch(w, new)


RULES.append(vid_pronoun_or_preposition)


def _segments(words: list[dict]) -> list[list[dict]]:
    """Stretches between punctuation and conjunctions: roughly the clauses."""
    out: list[list[dict]] = [[]]
    for w in words:
        if _is_break(w) or w["upos"] in ("CCONJ", "SCONJ"):
            out.append([])
        else:
            out[-1].append(w)
    return [s for s in out if s]


def missing_finite_verb(words: list[dict]) -> None:
    """A clause with a nominative subject needs a finite verb. Where the parse found none, the
    word after the subject that BÍN also has as a finite verb agreeing with the subject in person
    and number is that verb ("spennustigið … fer stigmagnandi": fer of fara, not the
    noun fer)."""
    for seg in _segments(words):
        if any(_finite(w) for w in seg):
            continue
        subject = None
        for w in seg:
            if subject is None:
                if w["upos"] in ("NOUN", "PROPN", "PRON") and w["feats"].get("Case") == "Nom":
                    subject = w
                continue
            if w["upos"] not in ("NOUN", "ADJ"):
                continue
            new = next((r for r in _options(w) if r["upos"] in ("VERB", "AUX") and r["feats"].get("Mood") == "Ind"
                        and r["feats"].get("Person") == subject["feats"].get("Person", "3")
                        and r["feats"].get("Number") == subject["feats"].get("Number")), None)
            if new is not None:
                switch(w, new)
                break


RULES.append(missing_finite_verb)


def reflexive_not_adverb(words: list[dict]) -> None:
    """"sér" after a preposition or a verb ("í sjálfu sér", "með sér", "afsala sér") is the
    dative of the reflexive pronoun sig; BÍN's adverb sér ("sér í lagi") stands before a word."""
    for i, w in enumerate(words):
        if w["form"].lower() != "sér" or w["upos"] != "ADV" or i == 0:
            continue
        prev = words[i - 1]
        if prev["upos"] in ("ADP", "VERB", "AUX"):
            new = _find(w, lemma="sig", feats={"Case": "Dat"})
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
        if _finite(nxt):
            case = "Nom"
        elif _verb(prev) and (nxt is None or nxt["upos"] not in ("ADJ", "ADV")):
            case = "Acc"
        else:
            continue
        new = next((r for r in _options(w) if r["lemma"] in NEUTER_PRONOUNS and r["feats"].get("Case") == case
                    and r["feats"].get("Gender") == "Neut" and r["feats"].get("Number") == "Sing"), None)
        if new is not None:
            switch(w, new)


RULES += [reflexive_not_adverb, pronoun_not_adverb]


UD_CASE = {"nf": "Nom", "þf": "Acc", "þgf": "Dat", "ef": "Gen"}


def _recase(w: dict, case: str) -> dict | None:
    """The word's reading in another case, same lemma, number and gender."""
    return _find(w, lemma=w["lemma"], feats={"Case": case, **{k: w["feats"][k] for k in ("Number", "Gender") if k in w["feats"]}})


# Verbs whose complement is a nominative predicate ("að vera keppnisíþrótt", "hefur orðið
# prófmál", "að heita Jón"); middle-voice verbs are mostly intransitive, and their subject may
# follow the supine ("hafa borist tilkynningar").
PREDICATIVE_VERBS = COPULAS | {"heita", "kallast", "nefnast"}


def nominative_object(words: list[dict]) -> None:
    """No preposition governs the nominative, and an infinitive or supine has no nominative
    object (a nominative subject goes with a finite verb): a noun phrase read as nominative right
    after one ("um afl", "að halda dagbók", "hefur þegið laun") takes the case the preposition
    (Greynir's Prepositions.conf) or the verb (Verbs.conf) governs, where BÍN has it."""
    from reynir.settings import Prepositions

    for i, w in enumerate(words):
        if w["upos"] not in ("NOUN", "PROPN") or w["feats"].get("Case") != "Nom":
            continue
        start = i
        while start > 0 and words[start - 1]["upos"] in ("ADJ", "DET", "NUM") and words[start - 1]["feats"].get("Case") == "Nom":
            start -= 1
        if start == 0:
            continue
        trigger = words[start - 1]
        if trigger["upos"] == "ADP":
            allowed = Prepositions.PP.get(trigger["form"].lower(), set())
            order = [c for c in ("þf", "þgf", "ef") if c in allowed]
        elif (_verb(trigger) and trigger["feats"].get("VerbForm") in ("Inf", "Sup") and trigger["feats"].get("Voice") != "Mid"
              and trigger["lemma"] not in PREDICATIVE_VERBS):
            allowed = verb_object_cases(trigger["lemma"])
            order = [c for c in ("þf", "þgf", "ef") if c in allowed]
        else:
            continue
        case = next((UD_CASE[c] for c in order if _recase(w, UD_CASE[c]) is not None), None)
        if case is None:
            continue
        for n in words[start:i + 1]:
            new = _recase(n, case)
            if new is not None:
                switch(n, new)


RULES.append(nominative_object)
