"""Verbs a parse or the fallback read as another word of the same form: a subject pronoun (hún,
not húnn), the common verb beside a rare noun (sá hún: sjá, not sár), an infinitive next to a
modal or after láta, and the nouns a verbless line or a heading is made of. Rules of the eighth
pass (2026-12-07)."""

import os
from functools import lru_cache

import reynir

from ..lexicon import only_rare_lemmas, rare_lemmas
from .common import is_finite, options, switch
from .lemmas import _ordfl


# The personal pronouns (a closed class), by BÍN lemma: ég files við, þú þið.
PERSONAL_PRONOUNS = {"ég", "þú", "hann", "hún", "það"}


def _person_number(w: dict) -> tuple:
    return (w["feats"].get("Person", "3"), w["feats"].get("Number"))


def pronoun_not_noun(words: list[dict]) -> None:
    """A form of a personal pronoun read as a noun (hún as húnn "cub, knob") right before a
    finite verb that agrees with the pronoun's nominative is that subject pronoun: "og að hún
    standist ekki", "hann fór"."""
    for i, w in enumerate(words[:-1]):
        if w["upos"] != "NOUN" or w.get("kind") != "word":
            continue
        nxt = words[i + 1]
        if not is_finite(nxt):
            continue
        pron = next((r for r in options(w) if r["upos"] == "PRON" and r["lemma"] in PERSONAL_PRONOUNS and r["feats"].get("Case") == "Nom"
                     and _person_number(r) == _person_number(nxt)), None)
        if pron is not None:
            switch(w, pron)


def common_verb_not_rare_word(words: list[dict]) -> None:
    """A word read as a lemma BÍN rates rare or old-fashioned in every entry of the form (sár
    "cask", reist "instep", vissa "make sure") is the common verb of that form where the
    sentence shows the verb: a finite verb agreeing with a nominative personal pronoun right
    after or before it ("þegar hún kom nær sá hún": sjá), a finite verb of the same person and
    number in the indicative ("vissi strax": vita), a past participle in the case, number and
    gender the parse gave the word ("verður hljóðmön reist": reisa), or an infinitive joined
    by og/eða to an infinitive before it ("að taka þátt og njóta dagsins": njóta, not
    njótur)."""
    # the first infinitive, found once: a scan before each word would grow with the square of
    # a long sentence's length ("og X og X …")
    first_inf = next((k for k, x in enumerate(words) if x["upos"] in ("VERB", "AUX") and x["feats"].get("VerbForm") == "Inf"), len(words))
    for i, w in enumerate(words):
        if w.get("kind") != "word" or (w["lemma"], _ordfl(w)) not in only_rare_lemmas(w["form"]):
            continue
        rare = rare_lemmas(w["form"])
        verbs = [r for r in options(w) if r["upos"] in ("VERB", "AUX") and (r["lemma"], "so") not in rare]
        if not verbs:
            continue
        near = [x for x in (words[i - 1] if i else None, words[i + 1] if i + 1 < len(words) else None)
                if x is not None and x["upos"] == "PRON" and x["lemma"] in PERSONAL_PRONOUNS and x["feats"].get("Case") == "Nom"]
        new = None
        for pron in near:
            new = next((r for r in verbs if r["feats"].get("Mood") == "Ind" and _person_number(r) == _person_number(pron)), None)
            if new:
                break
        if new is None and w["upos"] in ("VERB", "AUX") and "Mood" in w["feats"]:
            new = next((r for r in verbs if r["feats"].get("Mood") == "Ind" and _person_number(r) == _person_number(w)), None)
        if new is None and "Case" in w["feats"]:
            new = next((r for r in verbs if r["feats"].get("VerbForm") == "Part" and _agrees(r, w)), None)
        if new is None and i > 1 and words[i - 1]["form"].lower() in ("og", "eða") \
                and first_inf < i - 1:
            new = next((r for r in verbs if r["feats"].get("VerbForm") == "Inf"), None)
        if new is not None:
            switch(w, new)
            if new["feats"].get("VerbForm") == "Inf":
                first_inf = min(first_inf, i)


def _agrees(a: dict, b: dict) -> bool:
    return all(a["feats"].get(k) == b["feats"].get(k) for k in ("Case", "Number", "Gender"))


# Modal auxiliaries that take a bare infinitive, which can stand before them in a question or
# a relative clause ("hvað gera skyldi", "sem gera má"). A closed class.
MODALS = {"skulu", "munu", "mega", "vilja", "geta", "kunna", "eiga", "þurfa"}


def infinitive_before_a_modal(words: list[dict]) -> None:
    """A word read as an adjective or noun right before a finite modal (skyldi, má, mun) with
    no infinitive of its own after it, whose form is a common verb's infinitive, is that
    infinitive: "vissi hvað gera skyldi" (gera, not ger "complete")."""
    for i, w in enumerate(words[:-1]):
        if w["upos"] not in ("ADJ", "NOUN") or w.get("kind") != "word":
            continue
        if w["upos"] == "NOUN" and w["feats"].get("Case") == "Nom":
            continue  # a nominative noun before a finite verb is its subject ("kæra á hendur …")
        modal = words[i + 1]
        if modal["upos"] not in ("AUX", "VERB") or modal["lemma"] not in MODALS or "Mood" not in modal["feats"]:
            continue
        after = words[i + 2] if i + 2 < len(words) else None
        if after is not None and after["upos"] in ("VERB", "AUX") and after["feats"].get("VerbForm") in ("Inf", "Sup"):
            continue
        rare = rare_lemmas(w["form"])
        new = next((r for r in options(w) if r["upos"] == "VERB" and r["feats"].get("VerbForm") == "Inf" and (r["lemma"], "so") not in rare), None)
        if new is not None:
            switch(w, new)


@lru_cache(maxsize=1)
def _bare_infinitive_verbs() -> frozenset:
    """Verbs Greynir's Verbs.conf gives a frame with a bare infinitive (nhx: láta, heyra,
    kveða, and the modals), leaving out the frames it marks as errors ($error: fara, ætla)."""
    path = os.path.join(os.path.dirname(reynir.__file__), "config", "Verbs.conf")
    out = set()
    with open(path, encoding="utf8") as f:
        for line in f:
            line = line.split("#", 1)[0]
            if "nhx" in line.split() or "|nhx" in line:
                if "$error" not in line:
                    out.add(line.split()[0])
    return frozenset(out)


def infinitive_after_lata(words: list[dict]) -> None:
    """After a verb that takes a bare infinitive (Verbs.conf's nhx frames: láta, heyra), and
    its accusative object if it has one, a word read as an adverb whose form is a common
    verb's infinitive is that infinitive: "láta þig vita" (vita "know", not the adverb)."""
    verbs = _bare_infinitive_verbs()
    for i, w in enumerate(words):
        if w["upos"] != "ADV" or w.get("kind") != "word" or i == 0:
            continue
        j = i - 1
        if words[j]["upos"] in ("PRON", "NOUN", "PROPN") and words[j]["feats"].get("Case") == "Acc":
            j -= 1
        if j < 0 or words[j]["upos"] not in ("VERB", "AUX") or words[j]["lemma"] not in verbs:
            continue
        rare = rare_lemmas(w["form"])
        new = next((r for r in options(w) if r["upos"] == "VERB" and r["feats"].get("VerbForm") == "Inf" and (r["lemma"], "so") not in rare), None)
        if new is not None:
            switch(w, new)


def noun_not_jussive(words: list[dict]) -> None:
    """A present subjunctive opening a clause with no subject after it ("…, hiti 10–15 stig")
    would be a wish or command (guð blessi), rare in prose and never with a number after it; a
    form that is also a noun in the nominative is that noun, as in the verbless lines of a
    forecast: "hiti 5 til 12 stig" (hiti "temperature", not hita "heat")."""
    for i, w in enumerate(words):
        f = w["feats"]
        if w["upos"] != "VERB" or f.get("Mood") != "Sub" or f.get("Tense") != "Pres" or w.get("kind") != "word":
            continue
        if i > 0 and words[i - 1]["kind"] != "punctuation":
            continue
        nxt = words[i + 1] if i + 1 < len(words) else None
        if nxt is None or nxt["upos"] != "NUM":
            continue
        noun = next((r for r in options(w) if r["upos"] == "NOUN" and r["feats"].get("Case") == "Nom"
                     and (r["lemma"], _ordfl(r)) not in rare_lemmas(w["form"])), None)
        if noun is not None:
            switch(w, noun)


def noun_alone_not_verb(words: list[dict]) -> None:
    """A word standing alone between breaks (a heading: "Veður:", "Verð:") cannot be a finite
    verb without its subject: read as one in the 3rd person indicative by the fallback (vaða),
    it is the noun of that form in the nominative."""
    for i, w in enumerate(words):
        if w.get("kind") != "word" or w["upos"] not in ("VERB", "AUX") or w["feats"].get("Mood") != "Ind":
            continue
        before = words[i - 1] if i else None
        after = words[i + 1] if i + 1 < len(words) else None
        if before is not None and before["kind"] != "punctuation" or after is not None and after["kind"] != "punctuation":
            continue
        noun = next((r for r in options(w) if r["upos"] == "NOUN" and r["feats"].get("Case") == "Nom"
                     and (r["lemma"], _ordfl(r)) not in rare_lemmas(w["form"])), None)
        if noun is not None:
            switch(w, noun)
