"""Rules on verbs: the impersonal passive, bare infinitives, the finite verb of a clause."""

from .common import COPULAS, NOMINAL, find, is_break, is_copula, is_finite, is_verb, nonfinite_verb_later_in_clause, options, previous_verb, switch, verb_object_cases


PARTICIPLE_NEUTER = {"VerbForm": "Part", "Gender": "Neut", "Number": "Sing", "Case": "Nom"}


def _neuter_participle(w: dict) -> dict | None:
    """The neuter singular past participle among the word's readings. Where BÍN lists only the
    supine (beint of beina), the supine is that form: it is the participle's neuter singular
    for every verb that has a passive."""
    new = next((r for r in options(w) if r["upos"] in ("VERB", "AUX") and all(
            r["feats"].get(k) == v for k, v in PARTICIPLE_NEUTER.items())), None)
    if new is None:
        sup = w if is_verb(w) and w["feats"].get("VerbForm") == "Sup" else find(w, feats={"VerbForm": "Sup"})
        if sup is not None:
            new = {"lemma": sup["lemma"], "upos": sup["upos"], "feats": {
                "Case": "Nom", "Number": "Sing", "Gender": "Neut", "VerbForm": "Part", "Tense": "Past"}}
    return new


def impersonal_passive(words: list[dict]) -> None:
    """vera/verða + a neuter singular form that is both supine and participle: with the copula
    it is the past participle (impersonal passive: "var beint að herstöð", "verður rætt um");
    the supine is only used after hafa and geta. Not a middle-voice supine (búist, vonast):
    BÍN has no participle for these forms, and the impersonal "Búist er við" keeps the middle
    supine, the only reading BÍN gives the form."""
    for i, w in enumerate(words):
        if not (is_verb(w) and w["feats"].get("VerbForm") == "Sup") or w["lemma"] in COPULAS:
            continue  # "hefur verið": the copula's own supine
        if w["feats"].get("Voice") == "Mid":
            continue  # "Búist er við", "Barist var um": BÍN gives a middle verb no participle, only the supine
        before = previous_verb(words, i)
        after = words[i + 1] if i + 1 < len(words) else None
        # the copula before it in its clause, or right after it ("Dregið var í riðla")
        if not (before is not None and before["lemma"] in COPULAS or is_copula(after) and is_finite(after)):
            continue
        new = _neuter_participle(w)
        if new is not None:
            switch(w, new)


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
    stand there, the infinitive can — unless the verb's own infinitive follows, when the noun
    is its subject ("Skal kæra berast innan mánaðar", "mun tala látinna hækka")."""
    for i, w in enumerate(words):
        if i == 0 or w["upos"] not in ("NOUN", "ADJ"):
            continue
        new = find(w, feats={"VerbForm": "Inf"})
        before = words[i - 1]
        if new is None or not is_verb(before) or not _takes_bare_infinitive(before) or nonfinite_verb_later_in_clause(words, i):
            continue
        switch(w, new)


def participle_not_noun(words: list[dict]) -> None:
    """A definite neuter noun that is also the neuter participle of a verb, after vera/verða in
    its clause and followed by no genitive or adjective of its own ("var eldflaug skotið frá"):
    the parse scored a noun, but an impersonal passive has the participle there."""
    for i, w in enumerate(words):
        if w["upos"] != "NOUN" or w["feats"].get("Definite") != "Def" or w["feats"].get("Gender") != "Neut":
            continue
        before = previous_verb(words, i)
        if before is None or before["lemma"] not in COPULAS or not is_finite(before):
            continue
        if i > 0 and words[i - 1]["upos"] in ("DET", "ADJ", "NUM"):
            continue
        new = next((r for r in options(w) if r["upos"] in ("VERB", "AUX") and all(
            r["feats"].get(k) == v for k, v in PARTICIPLE_NEUTER.items())), None)
        if new is not None:
            switch(w, new)


def _agrees_with_neuter_singular(w: dict) -> bool:
    f = w["feats"]
    return f.get("Gender", "Neut") == "Neut" and f.get("Number", "Sing") == "Sing"


def passive_object_case(words: list[dict]) -> None:
    """In an impersonal passive the participle is neuter singular because nothing agrees with
    it; a nominative of another gender or number beside it ("var eldflaug skotið") cannot be its
    subject, so it is the object, which keeps the case the verb gives it: dative or genitive, by
    Greynir's verb frames (an accusative object becomes the nominative subject instead)."""
    for i, w in enumerate(words):
        if not (is_verb(w) and all(w["feats"].get(k) == v for k, v in PARTICIPLE_NEUTER.items())):
            continue
        copula = previous_verb(words, i)
        if copula is None or copula["lemma"] not in COPULAS:
            continue  # with the copula after the participle the object comes first: left as parsed
        cases = verb_object_cases(w["lemma"])
        case = "Dat" if "þgf" in cases else ("Gen" if "ef" in cases else None)
        if case is None:
            continue
        start = words.index(copula)
        span = words[start + 1:i]
        for after in words[i + 1:]:
            if is_break(after) or after["upos"] not in NOMINAL:
                break
            span.append(after)
        for n in span:
            if n["upos"] not in NOMINAL or n["feats"].get("Case") != "Nom" or _agrees_with_neuter_singular(n):
                continue
            new = find(n, lemma=n["lemma"], feats={"Case": case, "Number": n["feats"].get("Number")})
            if new is not None:
                switch(n, new)


def _segments(words: list[dict]) -> list[list[dict]]:
    """Stretches between punctuation and conjunctions: roughly the clauses."""
    out: list[list[dict]] = [[]]
    for w in words:
        if is_break(w) or w["upos"] in ("CCONJ", "SCONJ"):
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
        if any(is_finite(w) for w in seg):
            continue
        subject = None
        for w in seg:
            if subject is None:
                if w["upos"] in ("NOUN", "PROPN", "PRON") and w["feats"].get("Case") == "Nom":
                    subject = w
                continue
            if w["upos"] not in ("NOUN", "ADJ"):
                continue
            new = next((r for r in options(w) if r["upos"] in ("VERB", "AUX") and r["feats"].get("Mood") == "Ind"
                        and r["feats"].get("Person") == subject["feats"].get("Person", "3")
                        and r["feats"].get("Number") == subject["feats"].get("Number")), None)
            if new is not None:
                switch(w, new)
                break


# Words that open a clause whose subject comes right after them: the subordinating
# conjunctions and the question words.
SUBJECT_OPENERS = {"að", "ef", "þegar", "hvort", "þótt", "þó", "nema", "meðan", "uns"}
QUESTION_PRONOUNS = {"hver", "hvað", "hvor"}


def verb_after_subordinate_subject(words: list[dict]) -> None:
    """A subordinate clause has a finite verb, and its subject comes right after the
    conjunction or question word, or is the question word ("að Norðanstúlkur leyfi sér", "hvað
    markaskorun varðar", "hverjir vinna"). Where the parse left such a
    clause without a finite verb, the word right after its nominative subject that BÍN also has
    as a finite verb agreeing with the subject in person and number is that verb, not a noun
    (leyfi: the noun "permission" or the verb leyfa)."""
    for i in range(1, len(words) - 1):
        opener, subject, w = words[i - 1], words[i], words[i + 1]
        asks = subject["upos"] == "PRON" and subject["lemma"] in QUESTION_PRONOUNS  # "hverjir vinna"
        opens = (opener["upos"] == "SCONJ" and opener["form"].lower() in SUBJECT_OPENERS
                 or opener["upos"] == "PRON" and opener["lemma"] in QUESTION_PRONOUNS)  # "hvað markaskorun varðar"
        if not (asks or opens):
            continue
        if subject["upos"] not in ("NOUN", "PROPN", "PRON") or subject["feats"].get("Case") != "Nom":
            continue
        if w["upos"] not in ("NOUN", "ADJ", "PROPN") or is_finite(w):
            continue
        end = i + 2
        while end < len(words) and not (is_break(words[end]) or words[end]["upos"] in ("CCONJ", "SCONJ")):
            end += 1
        if any(is_finite(t) for t in words[i:end]):
            continue
        new = next((r for r in options(w) if r["upos"] in ("VERB", "AUX") and "Mood" in r["feats"]
                    and r["feats"].get("Person") == subject["feats"].get("Person", "3")
                    and r["feats"].get("Number") == subject["feats"].get("Number")), None)
        if new is not None:
            switch(w, new)


IMPERATIVE = {"Mood": "Imp", "Number": "Plur"}


def _imperative(w: dict) -> dict | None:
    return next((r for r in options(w) if r["upos"] in ("VERB", "AUX") and all(r["feats"].get(k) == v for k, v in IMPERATIVE.items())), None)


def _clause_starts(words: list[dict]) -> list[int]:
    """Indices of the first word of each clause: after a break or og/en/eða."""
    out, fresh = [], True
    for i, w in enumerate(words):
        if is_break(w) or (w["upos"] in ("CCONJ",) and w["form"].lower() in ("og", "en", "eða")):
            fresh = True
            continue
        if fresh:
            out.append(i)
        fresh = False
    return out


def plural_imperatives(words: list[dict]) -> None:
    """The plural imperative ("Takið deigið", "hrærið") has the form of the 2nd person plural
    present and of many definite neuter nouns (takið: tak, hrærið, blandið). A clause that
    opens with a 2nd person plural present and has no þið in it is an instruction, in the
    imperative; in a sentence that has one, another clause opening with a form that is also the
    plural imperative is one too (instructions come in series: "Takið deigið … og mótið
    kúlur")."""
    starts = _clause_starts(words)
    found = False
    for i in starts:
        w = words[i]
        if is_verb(w) and w["feats"].get("Mood") == "Imp":
            found = True
            continue
        if not (is_finite(w) and w["feats"].get("Person") == "2" and w["feats"].get("Number") == "Plur" and w["feats"].get("Tense") == "Pres"):
            continue
        end = i + 1
        while end < len(words) and not is_break(words[end]) and words[end]["form"].lower() not in ("og", "en", "eða"):
            end += 1
        if any(t["form"].lower() == "þið" for t in words[max(0, i - 1):end]):
            continue
        new = _imperative(w)
        if new is not None:
            switch(w, new)
            found = True
    if not found:
        return
    for i in starts:
        w = words[i]
        if w["upos"] == "NOUN" and w["feats"].get("Definite") == "Def" and w["feats"].get("Gender") == "Neut":
            end = i + 1
            while end < len(words) and not is_break(words[end]) and words[end]["upos"] not in ("CCONJ", "SCONJ"):
                end += 1
            if any(is_finite(t) for t in words[i + 1:end]):
                continue  # the clause has its verb: "Slysið hafi orðið …"
            new = _imperative(w)
            if new is not None:
                switch(w, new)
