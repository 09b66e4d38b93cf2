"""Nouns the parse read as finite verbs: many nouns share a form with a rare verb's subjunctive
or 1st person (sæti: sitja, velli: vella, láni: lána, úrskurði: úrskurða, hætti: hætta)."""

from reynir.settings import Prepositions

from .common import COPULAS, UD_CASE, is_break, is_finite, options, switch, verb_object_cases
from .nouns import AGREEMENT, ATTRIBUTIVE_PRONOUNS, COORDINATORS
from ..lexicon import PREPOSITION_CASE, rare_lemmas
from ..udmap import AUXILIARIES

# The commonest finite verbs stand after a particle at the end of a relative clause ("sem
# hann kom inn á var …"); they are left as parsed.
FREQUENT_VERBS = AUXILIARIES | COPULAS


def _noun_reading(w: dict, cases: list, agree: dict | None = None) -> dict | None:
    """The word's noun reading in the first of these (UD) cases that it has, agreeing with
    `agree` in case, number and gender if given; a lemma BÍN marks as rare or obsolete last
    (velli: völlur, not vell)."""
    rare = {lemma for lemma, _ordfl in rare_lemmas(w["form"])}
    nouns = sorted((r for r in options(w) if r["upos"] == "NOUN"), key=lambda r: r["lemma"] in rare)
    for case in cases:
        for r in nouns:
            if r["feats"].get("Case") != case:
                continue
            if agree is None or all(r["feats"].get(k) == agree["feats"].get(k) for k in AGREEMENT):
                return r
    return None


def _another_finite_verb(words: list[dict], i: int) -> bool:
    """Whether the clause of word i has a finite verb besides it (the word just before it is
    skipped: it may be a preposition the parse took for a conjunction, "fáum það að láni")."""
    for side in (range(i - 2, -1, -1), range(i + 1, len(words))):
        for j in side:
            t = words[j]
            if is_break(t) or t["upos"] in ("CCONJ", "SCONJ"):
                break
            if is_finite(t):
                return True
    return False


def _governed_cases(prev: dict) -> list:
    """The (UD) cases a preposition governs by Greynir's Prepositions.conf, the one it most
    often governs first (í, á: the dative)."""
    form = prev["form"].lower()
    cases = [UD_CASE[c] for c in ("þf", "þgf", "ef") if c in Prepositions.PP.get(form, set())]
    first = UD_CASE.get(PREPOSITION_CASE.get(form, ""))
    return sorted(cases, key=lambda c: c != first)


def _modifier(w: dict) -> bool:
    return (w["upos"] in ("ADJ", "DET", "NUM") or (w["upos"] == "PRON" and w["lemma"] in ATTRIBUTIVE_PRONOUNS)
            or w["feats"].get("VerbForm") == "Part")


def noun_not_verb(words: list[dict]) -> None:
    """A finite verb cannot be modified by an adjective nor governed by a preposition, and a
    clause has one finite verb. Many nouns share a form with a rare verb's subjunctive or 1st
    person (sæti: sitja, velli: vella, láni: lána, hætti: hætta); a form read as a finite verb
    that BÍN also has as a noun is that noun
    - right after an adjective, determiner, numeral, participle or attributive pronoun it agrees
      with in case, number and gender ("eitt stykki", "með öðrum hætti", "stagbætt kerfi");
    - right after a preposition, in a case it governs ("á einu ári", "fara af velli", "til
      hugar"); where the parse took the preposition for a particle or conjunction, only if its
      clause has another finite verb or the form is a subjunctive: the clause's only finite
      verb, indicative, stays ("sem fram komu");
    - as a subjunctive right after a finite verb, its object: in a case the verb's frames give
      (Verbs.conf), else the accusative or dative ("tók sæti", not sitja's past subjunctive);
    - as a subjunctive after og/eða/né joining it to a noun in the same case ("dópi og tóbaki").
    The auxiliaries and copulas, and forms that are also prepositions, are left as parsed."""
    for i, w in enumerate(words):
        if i == 0 or not is_finite(w) or w["lemma"] in FREQUENT_VERBS or any(r["upos"] == "ADP" for r in options(w)):
            continue
        new = _noun_for_verb(words, i)
        if new is not None:
            switch(w, new)


def _noun_for_verb(words: list[dict], i: int) -> dict | None:
    w, prev = words[i], words[i - 1]
    subjunctive = w["feats"].get("Mood") == "Sub"
    if _modifier(prev):
        return _noun_reading(w, [prev["feats"]["Case"]], prev) if "Case" in prev["feats"] else None
    governs = _governed_cases(prev)
    if governs and prev["upos"] in ("ADP", "ADV", "SCONJ"):
        if prev["form"].lower() == "að" and any(r["feats"].get("VerbForm") == "Inf" for r in options(w)):
            return None  # the infinitive marker
        proper = prev["upos"] == "ADP" and prev["form"].lower() in PREPOSITION_CASE
        if proper or subjunctive or _another_finite_verb(words, i):
            return _noun_reading(w, governs)
        return None
    if not subjunctive:
        return None
    if is_finite(prev):
        frames = verb_object_cases(prev["lemma"]) if prev["upos"] == "VERB" else frozenset()
        cases = [UD_CASE[c] for c in ("þf", "þgf", "ef") if c in frames]
        return _noun_reading(w, cases + [c for c in ("Acc", "Dat") if c not in cases])
    if prev["form"].lower() in COORDINATORS and i >= 2 and words[i - 2]["upos"] == "NOUN" and "Case" in words[i - 2]["feats"]:
        return _noun_reading(w, [words[i - 2]["feats"]["Case"]])
    return None


PARTICIPLE = {"VerbForm": "Part", "Gender": "Neut", "Number": "Sing", "Case": "Nom"}


def participle_opening_a_verbless_clause(words: list[dict]) -> None:
    """A clause with no finite verb that opens with a definite neuter noun followed straight by
    an adverb ("Gripið fram í", the parliamentary record's note of an interruption) is an
    impersonal passive without its copula, where the form is the verb's past participle: a
    noun in the definite form takes a modifier or a verb, not a bare adverb of direction."""
    start = 0
    for i in range(len(words) + 1):
        if i < len(words) and not is_break(words[i]):
            continue
        clause, start = words[start:i], i + 1
        if len(clause) < 2 or any(is_finite(t) for t in clause):
            continue
        w, nxt = clause[0], clause[1]
        if w["upos"] != "NOUN" or w["feats"].get("Definite") != "Def" or w["feats"].get("Gender") != "Neut" or nxt["upos"] != "ADV":
            continue
        new = next((r for r in options(w) if r["upos"] == "VERB" and all(r["feats"].get(k) == v for k, v in PARTICIPLE.items())), None)
        if new is not None:
            switch(w, new)


# The commonest verbs: their forms are nearly always the verb, even where a rare noun shares
# them (var, verið: ver, hafa: haf, vera, fer).
COMMON_VERBS = FREQUENT_VERBS | {"fara"}
# After these (adverbs between), the bare infinitive; after hafa, the supine.
INFINITIVE_BEFORE = {"munu", "skulu", "mega", "geta", "vilja", "eiga", "þurfa", "ætla", "hljóta", "kunna"}


def common_verb_not_noun(words: list[dict]) -> None:
    """A form of one of the commonest verbs (vera, hafa, verða, geta, fara …) that the parse
    read as a rare noun of the same form (var, ver, haf, fer) is the verb, unless a modifier or
    a preposition stands right before it (which wants the noun: "um verð"), a main verb whose
    object it is ("sýna vilja"), a genitive after it ("vilja hennar"), or a comparative after it
    (the dative of measure: "mun minna"). Which form: the infinitive after
    að or a verb that takes one, the supine after hafa (if the form has none, it stays a noun:
    "hafi verð … lækkað"), else the finite indicative in the 3rd person and the number of a nominative right before it."""
    for i, w in enumerate(words):
        if w["upos"] != "NOUN" or "Case" not in w["feats"]:
            continue
        # 3rd person, infinitive or supine: a 1st/2nd person or imperative form is no likelier
        # than the noun (verðið: the price, not "you become")
        verbs = [r for r in options(w) if r["upos"] in ("VERB", "AUX") and r["lemma"] in COMMON_VERBS
                 and (r["feats"].get("Person") == "3" or r["feats"].get("VerbForm") in ("Inf", "Sup"))]
        if not verbs:
            continue
        prev = words[i - 1] if i else None
        if prev is not None and (_modifier(prev) or prev["upos"] == "ADP" and _governed_cases(prev)):
            continue  # "um verð", "nýtt var": a modifier or a preposition wants the noun
        j = i - 1
        while j >= 0 and words[j]["upos"] in ("ADV", "PART") and words[j]["form"].lower() != "að":
            j -= 1
        before = words[j] if j >= 0 else None
        want = None
        if before is not None and (before["form"].lower() == "að" or is_finite(before) and before["lemma"] in INFINITIVE_BEFORE):
            want = "Inf"
        elif before is not None and before["lemma"] == "hafa" and before["upos"] in ("VERB", "AUX"):
            want = "Sup"
        nxt = words[i + 1] if i + 1 < len(words) else None
        if nxt is not None and nxt["feats"].get("Degree") == "Cmp":
            continue  # the dative of measure before a comparative: "mun minna", "mun betri"
        if nxt is not None and nxt["upos"] in ("NOUN", "PROPN", "PRON") and nxt["feats"].get("Case") == "Gen":
            continue  # a possessor after it: the noun ("vilja hennar", "vera hans")
        if prev is not None and prev["upos"] == "VERB":
            continue  # right after a main verb, its object: the noun ("sýna vilja", "gera mun á")
        if want:
            pick = next((r for r in verbs if r["feats"].get("VerbForm") == want), None)
        else:
            # the 3rd person, in the number of a nominative right before it (its subject), else
            # the singular (an inverted subject after it is not known yet)
            subject = prev if prev is not None and prev["upos"] in ("NOUN", "PROPN", "PRON") and prev["feats"].get("Case") == "Nom" else None
            number = subject["feats"].get("Number", "Sing") if subject is not None else "Sing"
            finite = sorted((r for r in verbs if r["feats"].get("Mood") == "Ind"),
                            key=lambda r: (r["feats"].get("Person") != "3", r["feats"].get("Number") != number))
            pick = next(iter(finite), None) or next((r for r in verbs if r["feats"].get("VerbForm") in ("Inf", "Sup")), None)
        if pick is not None:
            switch(w, pick)
