"""Rules on subjects and objects: a clause has one nominative subject, so the other nominative is
an object; what governs the dative governs "því"."""

from reynir.settings import AdjectivePredicates

from ..lexicon import PREPOSITION_CASE
from .cases import PREDICATIVE_VERBS
from .common import UD_CASE, find, is_break, is_finite, is_verb, options, recase, switch, verb_object_cases


def _recase(w: dict, case: str) -> dict | None:
    """The same word (lemma and class) in another case: never a homograph of another class,
    even where BÍN lists one of the same lemma first (the adjective annar before the pronoun)."""
    same_class = {**w, "otherReadings": [r for r in w.get("otherReadings", []) if r["upos"] == w["upos"]]}
    return recase(same_class, case)


# Words that may stand between a finite verb and its object: adverbs, negation.
BETWEEN = {"ADV", "PART"}


def _phrase_after(words: list[dict], i: int, case: str, heads: tuple) -> list[dict]:
    """The noun phrase in `case` after word i, past adverbs and particles, up to its head."""
    k = i + 1
    while k < len(words) and words[k]["upos"] in BETWEEN and not is_break(words[k]):
        k += 1
    span = []
    while k < len(words) and words[k]["upos"] in ("ADJ", "DET", "NUM", "PRON", "NOUN", "PROPN") and words[k]["feats"].get("Case") == case:
        span.append(words[k])
        if words[k]["upos"] in heads:
            break
        k += 1
    return span


def _subject_before(words: list[dict], i: int) -> dict | None:
    """The nominative noun phrase's head right before the finite verb words[i], in its clause,
    if it agrees with the verb (number; person for a personal pronoun). Nothing but adverbs
    between."""
    verb = words[i]["feats"]
    j = i - 1
    while j >= 0 and words[j]["upos"] in BETWEEN and not is_break(words[j]):
        j -= 1
    if j < 0:
        return None
    s = words[j]
    if s["upos"] not in ("NOUN", "PROPN", "PRON") or s["feats"].get("Case") != "Nom":
        return None
    if s["feats"].get("Number") != verb.get("Number") or s["feats"].get("Person", "3") != verb.get("Person"):
        return None
    if s["upos"] == "PRON" and s["lemma"] in ("það", "sá") and s["form"].lower() == "það":
        return None  # "Það fara peningar í …": the expletive það, the subject comes later
    return s


def object_after_subject_and_verb(words: list[dict]) -> None:
    """A clause has one nominative subject. When a nominative noun phrase agreeing with the
    finite verb stands right before it ("við heyrðum", "hann hélt"), a nominative noun phrase
    right after the verb (adverbs between) is not a second subject but the object, in the case
    the verb governs (Greynir's Verbs.conf): "við heyrðum ýmis falleg kosningaloforð"
    (accusative). Not after the copulas and verbs of naming, whose complement is nominative, nor
    after a middle-voice verb (mostly intransitive)."""
    for i, v in enumerate(words):
        if not is_finite(v) or v["upos"] != "VERB" or v["lemma"] in PREDICATIVE_VERBS or v["feats"].get("Voice") == "Mid":
            continue
        allowed = verb_object_cases(v["lemma"])
        order = [UD_CASE[c] for c in ("þf", "þgf", "ef") if c in allowed]
        if not order or _subject_before(words, i) is None:
            continue
        span = _phrase_after(words, i, "Nom", ("NOUN", "PROPN"))
        if not span or span[-1]["upos"] not in ("NOUN", "PROPN", "PRON") or span[0]["lemma"] == "allur":
            continue  # "við höfum allir …": allur floats off the subject and agrees with it
        case = next((c for c in order if all(_recase(n, c) is not None for n in span)), None)
        if case is None:
            continue
        for n in span:
            switch(n, _recase(n, case))


SUBORDINATORS = {"að", "ef", "þegar", "hvort", "þótt", "þó", "nema", "fyrst", "meðan", "uns", "svo"}


def _opens_a_subordinate_clause(words: list[dict], i: int) -> bool:
    """A subordinating conjunction; also "að" right after a verb, which can only be the
    complementizer there whatever the parse tagged it ("hafi vitað að samræðið væri"), and the
    "og" of "eins og" (as), which opens a clause of comparison ("eins og fólk getur")."""
    c = words[i]
    form = c["form"].lower()
    if form in SUBORDINATORS and c["upos"] == "SCONJ":
        return True
    if form == "að" and i > 0 and is_verb(words[i - 1]) and words[i - 1]["feats"].get("VerbForm") in ("Sup", "Fin", "Inf", None):
        return True
    return form == "og" and i > 0 and words[i - 1]["form"].lower() == "eins"


def phrase_opening_a_clause(words: list[dict], i: int) -> tuple[list[dict], int]:
    """The nominal words right after the conjunction at i (a noun phrase, maybe the subject),
    and the index of the word after them."""
    k = i + 1
    span = []
    while k < len(words) and words[k]["upos"] in ("ADJ", "DET", "NUM", "PRON", "NOUN", "PROPN") and not is_break(words[k]):
        span.append(words[k])
        k += 1
    return span, k


def subject_after_subordinator(words: list[dict]) -> None:
    """A subordinate clause ("að …", "ef …", "hvort …") opens with its subject when the finite
    verb follows it at once: a noun phrase between the conjunction and a finite verb that agrees
    with it in person and number is that verb's subject, in the nominative ("að Alþingi banni",
    "fyrir að hann skuldi"). The phrase only moves to a nominative reading of the same words, so
    an oblique subject keeps its case where its form shows it ("að mig langi", "að honum líki");
    a neuter noun, the same in both, with an impersonal verb ("að barnið vanti") is the risk,
    rare next to the errors fixed (measured in docs/language-tools.md)."""
    for i, c in enumerate(words):
        if not _opens_a_subordinate_clause(words, i):
            continue
        span, k = phrase_opening_a_clause(words, i)
        if not span or k >= len(words) or not is_finite(words[k]) or span[-1]["upos"] not in ("NOUN", "PROPN", "PRON"):
            continue
        head, verb = span[-1], words[k]["feats"]
        if head["feats"].get("Case") in (None, "Nom"):
            continue
        nom = _recase(head, "Nom")
        if nom is None:
            continue
        person = nom["feats"].get("Person", "3")
        # a verb whose terminal carries no person ("bæri") agrees in any
        if nom["feats"].get("Number") != verb.get("Number") or person != verb.get("Person", person):
            continue
        news = [_recase(n, "Nom") for n in span]
        if all(n is not None for n in news):
            for n, new in zip(span, news):
                switch(n, new)


def _agrees(np_head: dict, verb: dict) -> bool:
    f, v = np_head["feats"], verb["feats"]
    return f.get("Number") == v.get("Number") and f.get("Person", "3") == v.get("Person")


def _only_nominative(w: dict) -> bool:
    """BÍN has the form in the nominative only, for its lemma and class ("ríkisstjórnin", "hann")."""
    return not any(r["lemma"] == w["lemma"] and r["upos"] == w["upos"] and r["feats"].get("Case") not in (None, "Nom")
                   for r in options(w))



def fronted_object(words: list[dict]) -> None:
    """Icelandic puts the finite verb second, after any fronted phrase, often the object:
    "Þetta vitum við", "Hvað gerir ríkisstjórnin?". A nominative noun phrase opening the clause
    that does not agree with the finite verb after it cannot be its subject when a nominative
    that does agree follows the verb; it is the object, in the case the verb governs
    (Verbs.conf). So it is too when both agree but what follows the verb has no reading but the
    nominative ("Hvað gerir ríkisstjórnin?"). Not with copulas and verbs of naming (two nominatives: "Þetta eru bækur"),
    nor for það before an indefinite subject, which is the expletive ("Það fara peningar í …":
    only an indefinite subject follows the expletive, "Það gera þeir" has the object það)."""
    for i, v in enumerate(words):
        if i == 0 or not is_finite(v) or v["upos"] != "VERB" or v["lemma"] in PREDICATIVE_VERBS or v["feats"].get("Voice") == "Mid":
            continue
        allowed = verb_object_cases(v["lemma"])
        order = [UD_CASE[c] for c in ("þf", "þgf", "ef") if c in allowed]
        first = words[i - 1]
        opens = i == 1 or is_break(words[i - 2]) or words[i - 2]["upos"] in ("CCONJ",)
        if not order or not opens or first["upos"] not in ("PRON", "NOUN", "PROPN") or first["feats"].get("Case") != "Nom":
            continue
        k = i + 1
        while k < len(words) and words[k]["upos"] in BETWEEN and not is_break(words[k]):
            k += 1
        subject = words[k] if k < len(words) else None
        if subject is None or subject["upos"] not in ("PRON", "NOUN", "PROPN") or subject["feats"].get("Case") != "Nom" or not _agrees(subject, v):
            continue
        if _agrees(first, v) and not _only_nominative(subject):
            continue
        if first["form"].lower() == "það" and subject["upos"] == "NOUN" and subject["feats"].get("Definite") == "Ind":
            continue  # the expletive það before an indefinite subject: "Það fara peningar í …"
        case = next((c for c in order if _recase(first, c) is not None), None)
        if case is not None:
            switch(first, _recase(first, case))


def thvi_governed(words: list[dict]) -> None:
    """"því" is the dative of það where something governing the dative stands right before it:
    a preposition the parse read as an adverb ("út af því að", "á því"), or an adjective that
    takes a dative complement (Greynir's AdjectivePredicates.conf: "sammála því", "andsnúin
    því að …"). Elsewhere it may be the conjunction (because) or adverb (therefore), left as parsed.
    (After a preposition read as one, thvi_after_a_preposition already does this.)"""
    for i, w in enumerate(words[1:], 1):
        if w["form"].lower() != "því" or w["upos"] not in ("SCONJ", "ADV", "CCONJ"):
            continue
        before = words[i - 1]
        governs = (before["upos"] == "ADV" and PREPOSITION_CASE.get(before["form"].lower()) == "þgf"
                   or before["upos"] == "ADJ" and "þgf" in AdjectivePredicates.ARGUMENTS.get(before["lemma"], ()))
        if not governs:
            continue
        new = find(w, lemma="það", feats={"Case": "Dat"}) or find(w, lemma="sá", feats={"Case": "Dat", "Gender": "Neut"})
        if new is not None:
            switch(w, new)


def pronoun_object_of_infinitive(words: list[dict]) -> None:
    """An infinitive or supine has no nominative object (its subject, if any, is elsewhere), so a
    personal or demonstrative pronoun read as nominative right after one ("Raka hann", "að ræða
    það") is its object, in the case the verb governs (Verbs.conf). The same fact as
    nominative_object, for pronouns; not a question word, which opens a clause of its own ("sjá
    hvað aðrir gera"), nor allur floating off a subject ("getur farið allt niður í")."""
    for i, w in enumerate(words[1:], 1):
        v = words[i - 1]
        if w["upos"] != "PRON" or w["feats"].get("Case") != "Nom" or w["lemma"] in ("hver", "hvor", "allur"):
            continue
        if not (v["upos"] == "VERB" and v["feats"].get("VerbForm") in ("Inf", "Sup") and v["feats"].get("Voice") != "Mid"
                and v["lemma"] not in PREDICATIVE_VERBS):
            continue
        order = [UD_CASE[c] for c in ("þf", "þgf", "ef") if c in verb_object_cases(v["lemma"])]
        case = next((c for c in order if _recase(w, c) is not None), None)
        if case is not None:
            switch(w, _recase(w, case))


def subject_after_middle_verb(words: list[dict]) -> None:
    """A middle-voice verb (myndast, gerast, berast) takes no accusative object unless Greynir's
    Verbs.conf gives its -st form one (eignast, óttast). Where its finite verb opens the clause
    or follows a fronted adverb (the finite verb comes second, so the subject follows it), the noun phrase right after it (adverbs between) is its inverted subject: read as
    an accusative of the same form, it is the nominative ("þá mun myndast meiri hefð")."""
    for i, v in enumerate(words):
        if not is_verb(v) or v["feats"].get("Voice") != "Mid" or v["feats"].get("VerbForm") == "Part":
            continue
        middle = v["lemma"] if v["lemma"].endswith("st") else v["lemma"] + "st"
        if "þf" in verb_object_cases(middle):
            continue
        # the finite verb of its chain ("mun myndast": mun), and what stands before that
        f = i
        if not is_finite(v) or i > 0 and words[i - 1]["upos"] == "AUX" and is_finite(words[i - 1]):
            f = i - 1
            while f >= 0 and words[f]["upos"] in BETWEEN and not is_break(words[f]):
                f -= 1
            if f < 0 or not is_finite(words[f]):
                continue
        before = words[f - 1] if f > 0 else None
        # the finite verb comes second: an adverb before it ("þá mun myndast") or the opening of
        # the clause leaves the subject's place after the verb
        if not (before is None or is_break(before) or before["upos"] in ("CCONJ", "SCONJ", "ADV")):
            continue
        span = _phrase_after(words, i, "Acc", ("NOUN", "PROPN", "PRON"))
        if not span or span[-1]["upos"] not in ("NOUN", "PROPN"):
            continue
        news = [_recase(n, "Nom") for n in span]
        if all(n is not None for n in news):
            for n, new in zip(span, news):
                switch(n, new)
