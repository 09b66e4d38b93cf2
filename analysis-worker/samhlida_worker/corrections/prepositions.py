"""The case of a noun phrase after a preposition that governs two (með, í, á, undir, yfir):
where the words of the phrase have the same form in both cases, only the meaning decides, and
the parse's choice is a guess. These rules use what Greynir's verb frames (Verbs.conf) say of
the verb the phrase goes with."""

from functools import lru_cache

from reynir.verbframe import VerbFrame

from .common import is_break, is_verb, options, switch
from .lemmas import _modal_eiga

PHRASE = ("ADJ", "DET", "NUM", "PRON", "NOUN", "PROPN")


@lru_cache(maxsize=1)
def _pp_frames() -> dict[str, frozenset]:
    """Verb lemma → the prepositional frames its entries in Verbs.conf list ("með_þf"), read once."""
    out: dict[str, set] = {}
    for key, frames in VerbFrame.CASE_FRAMES.items():
        verb = key.split("_")[0]
        for frame in frames:
            out.setdefault(verb, set()).update(getattr(frame, "preps", {}) or {})
    return {verb: frozenset(preps) for verb, preps in out.items()}


def verb_pp_cases(lemma: str, prep: str) -> set[str]:
    """The cases Verbs.conf gives the preposition `prep` in a frame of the verb (þf, þgf)."""
    return {p.split("_", 1)[1] for p in _pp_frames().get(lemma, ()) if p.split("_", 1)[0] == prep}


def _same_form_in(n: dict, case: str) -> dict | None:
    """The word's reading in `case` with the same lemma, class, number and gender: the form is
    the same in both cases (áherslu, meðferð, hætti)."""
    want = {k: n["feats"][k] for k in ("Number", "Gender") if k in n["feats"]}
    for r in options(n):
        if r["lemma"] == n["lemma"] and r["upos"] == n["upos"] and r["feats"].get("Case") == case and all(r["feats"].get(k) == v for k, v in want.items()):
            return r
    return None


def _phrase_after(words: list[dict], i: int, case: str) -> list[dict]:
    """The noun phrase in `case` right after word i, up to its noun."""
    span = []
    for n in words[i + 1:]:
        if n["upos"] not in PHRASE or n["feats"].get("Case") != case:
            break
        span.append(n)
        if n["upos"] in ("NOUN", "PROPN"):
            break
    return span if span and span[-1]["upos"] in ("NOUN", "PROPN") else []


def _verb_of(words: list[dict], i: int) -> dict | None:
    """The nearest verb before word i in its clause (infinitives and participles too). A clause
    after og/en/eða with no verb of its own shares the verb of the clause before ("500 eru með
    starfstöð í Írak og 900 með starfstöð í Sýrlandi")."""
    for j in range(i - 1, -1, -1):
        t = words[j]
        if is_break(t) or t["upos"] == "SCONJ":
            return None
        if t["upos"] == "CCONJ":
            if any(is_verb(n) for n in _rest_of_clause(words, j + 1)):
                return None
            continue
        if is_verb(t):
            return t
    return None


def _rest_of_clause(words: list[dict], start: int) -> list[dict]:
    out = []
    for t in words[start:]:
        if is_break(t) or t["upos"] in ("SCONJ", "CCONJ"):
            break
        out.append(t)
    return out


# "vera með" is "have" (er með hita, eru með vettvang) and "koma með" "bring" (kom með
# maskara): with them "með" is the accusative's "having, carrying".
HAVING = {"vera", "koma"}


def med_takes_the_dative(words: list[dict]) -> None:
    """með takes the dative ("with, by means of, in the manner of": með áherslu á, með hliðsjón
    af, með meiri sátt) and the accusative only in the sense "having, carrying" (kom með bókina,
    maður með hatt). Where every word of the phrase after it has the same form in both cases and
    the parse chose the accusative, the phrase is dative, unless the verb it goes with is vera
    ("have") or koma ("bring"), or lists "með" + accusative in Verbs.conf and not the dative."""
    for i, p in enumerate(words[:-1]):
        if p["upos"] != "ADP" or p["form"].lower() != "með":
            continue
        span = _phrase_after(words, i, "Acc")
        news = [_same_form_in(n, "Dat") for n in span]
        if not span or any(n is None for n in news):
            continue
        verb = _verb_of(words, i)
        if verb is not None and verb["lemma"] in HAVING:
            continue
        cases = verb_pp_cases(verb["lemma"], "með") if verb is not None else set()
        if "þf" in cases and "þgf" not in cases:
            continue
        for n, new in zip(span, news):
            switch(n, new)





def _recase_phrase_after(words: list[dict], i: int, case: str) -> None:
    """The nominative noun phrase right after word i into `case`, if BÍN has every word in it."""
    span = _phrase_after(words, i, "Nom")
    news = [_same_form_in(n, case) for n in span]
    if span and all(n is not None for n in news):
        for n, new in zip(span, news):
            switch(n, new)


def a_after_an_oblique_noun(words: list[dict]) -> None:
    """"á" read as eiga (owns) right after a noun or name in the accusative or dative is the
    preposition: that noun cannot be eiga's subject, and eiga after a fronted phrase has its
    subject right after it ("Í bænum á hann hús"), which a nominative pronoun shows; nor does
    the modal "á að" + infinitive need one ("Á morgun á að rigna"). So
    "virðisaukaskatt á mat", "í eldlínunni á EM", "á laugardag og sunnudag á RÚV". A
    nominative phrase after it, read as eiga's subject, takes the dative of place. A comma
    between changes nothing: a clause that opens with a finite verb after a comma is rare (",
    segir hann") and has its subject next."""
    for i, w in enumerate(words[1:-1], 1):
        if w["form"].lower() != "á" or w["lemma"] != "eiga":
            continue
        prev, nxt = words[i - 1], words[i + 1]
        if prev["form"] == "," and i >= 2:
            prev = words[i - 2]  # "… sunnudag, á RÚV": a comma sets off the PP, not a clause
        if prev["upos"] not in ("NOUN", "PROPN") or prev["feats"].get("Case") not in ("Acc", "Dat"):
            continue
        if nxt["upos"] == "PRON" and nxt["feats"].get("Case") == "Nom" or _modal_eiga(words, i):
            continue  # "Í bænum á hann hús"; "Á morgun á að rigna": eiga "is to"
        new = next((r for r in options(w) if r["upos"] == "ADP"), None)
        if new is None:
            continue
        switch(w, new)
        _recase_phrase_after(words, i, "Dat")
PREPOSITION_RULES = [med_takes_the_dative, a_after_an_oblique_noun]
