"""Nouns the parse read as finite verbs: many nouns share a form with a rare verb's subjunctive
or 1st person (sæti: sitja, velli: vella, láni: lána, úrskurði: úrskurða, hætti: hætta)."""

from reynir.settings import Prepositions

from .common import COPULAS, UD_CASE, is_break, is_finite, options, switch
from ..lexicon import rare_lemmas
from ..udmap import AUXILIARIES

# The commonest finite verbs stand after a particle at the end of a relative clause ("sem
# hann kom inn á var …"); they are left as parsed.
FREQUENT_VERBS = AUXILIARIES | COPULAS


def _noun_reading(w: dict, cases: set, agree: dict | None = None) -> dict | None:
    """The word's noun reading in one of these (UD) cases, agreeing with `agree` if given; a
    lemma BÍN marks as rare or obsolete last (velli: völlur, not vell)."""
    rare = {lemma for lemma, _ordfl in rare_lemmas(w["form"])}
    for r in sorted(options(w), key=lambda r: r["lemma"] in rare):
        if r["upos"] != "NOUN" or r["feats"].get("Case") not in cases:
            continue
        if agree is None or all(r["feats"].get(k) == agree["feats"].get(k) for k in ("Case", "Number", "Gender")):
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


def noun_not_finite_verb(words: list[dict]) -> None:
    """A finite verb cannot be governed by a preposition nor modified by an adjective, and a
    clause has one finite verb. A form read as a finite verb that BÍN also has as a noun is that
    noun where its clause has another finite verb and the word before it is a preposition (by
    Greynir's Prepositions.conf, even where the parse took it for a particle) governing the
    noun's case ("fara af velli", "óskað eftir úrskurði", "kæmi til hugar"); or an adjective,
    determiner, numeral or participle it agrees with ("með öðrum hætti", "stagbætt kerfi"); or
    a finite verb, whose object it is, in the accusative or dative ("tók sæti", not sitja's past
    subjunctive). Where it is its clause's only finite verb, in the indicative ("sem fram komu"),
    it stays."""
    for i, w in enumerate(words):
        if i == 0 or not is_finite(w) or w["lemma"] in FREQUENT_VERBS or any(r["upos"] == "ADP" for r in options(w)):
            continue
        prev = words[i - 1]
        new = None
        governs = {UD_CASE[c] for c in Prepositions.PP.get(prev["form"].lower(), set()) if c in UD_CASE}
        infinitive_marker = prev["form"].lower() == "að" and any(r["feats"].get("VerbForm") == "Inf" for r in options(w))
        if governs and prev["upos"] in ("ADP", "ADV", "SCONJ") and not infinitive_marker:
            new = _noun_reading(w, governs)
        elif prev["upos"] in ("ADJ", "DET", "NUM") or prev["feats"].get("VerbForm") == "Part":
            new = _noun_reading(w, {prev["feats"]["Case"]}, prev) if prev["feats"].get("Case") else None
        elif is_finite(prev) and w["feats"].get("Mood") == "Sub":
            new = _noun_reading(w, {"Acc", "Dat"})
        # the clause's only finite verb, indicative, is a verb ("sem fram komu"); a subjunctive
        # of a rare verb there is as unlikely as it is elsewhere
        if new is not None and (is_finite(prev) or w["feats"].get("Mood") == "Sub" or _another_finite_verb(words, i)):
            switch(w, new)


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
