"""A neuter adjective after vera/verða that the parse read as an impersonal passive."""

from functools import lru_cache

from reynir.verbframe import VerbFrame

from ..lexicon import bin_entries, rare_lemmas
from .common import COPULAS, is_break, is_verb, options, previous_verb, switch

NEUTER_PREDICATE = {"Case": "Nom", "Number": "Sing", "Gender": "Neut"}


@lru_cache(maxsize=2048)
def _frame_words(verb: str) -> frozenset:
    """The prepositions and particles Verbs.conf names in any frame of the verb (hlýða á, beina að)."""
    out: set[str] = set()
    for key, frames in VerbFrame.CASE_FRAMES.items():
        if key.split("_")[0] != verb:
            continue
        for frame in frames:
            out.update(p.split("_")[0].split()[0] for p in frame.preps)
            if frame.particle:
                out.add(frame.particle.lstrip("*").split("_")[0])
    return frozenset(out)


def _has_participle(form: str, verb: str) -> bool:
    return any(lemma == verb and ordfl == "so" and mark.startswith("LHÞT") for lemma, ordfl, _d, mark in bin_entries(form))


def _adjective_of_its_own(r: dict) -> bool:
    """An adjective that is not itself a verb's participle (hlýr, not hæddur)."""
    return not any(ordfl == "so" and mark.startswith("LHÞT") for _l, ordfl, _d, mark in bin_entries(r["lemma"]))


def _after_preposition(words: list[dict], j: int, start: int) -> bool:
    """Whether the nominal at j belongs to a prepositional phrase ("í veðri", "á öllum stöðum")."""
    k = j - 1
    while k >= start and words[k]["upos"] in ("ADJ", "DET", "NUM", "PRON"):
        k -= 1
    return k >= start and words[k]["upos"] == "ADP"


def adjective_not_impersonal_passive(words: list[dict]) -> None:
    """vera/verða + a neuter form that is both a verb's supine and a common adjective: an
    impersonal passive keeps what its verb governs. Where BÍN gives the verb no past
    participle of this form (hlýða takes a dative object and has no personal passive: "hlýtt"
    is only its supine) and the clause holds no dative or genitive for it to keep and none of
    the prepositions or particles its frames in Verbs.conf name ("var beint að": beina að), the
    form is the adjective's neuter predicate: "Í dag verður hlýtt í veðri" (hlýr, warm)."""
    for i, w in enumerate(words):
        if not is_verb(w) or w["feats"].get("VerbForm") not in ("Sup", "Part") or w["feats"].get("Voice") == "Mid":
            continue
        if w["feats"].get("VerbForm") == "Part" and any(w["feats"].get(k) != v for k, v in NEUTER_PREDICATE.items()):
            continue
        copula = previous_verb(words, i)
        if copula is None or copula["lemma"] not in COPULAS or _has_participle(w["form"], w["lemma"]):
            continue
        rare = rare_lemmas(w["form"])
        new = next((r for r in options(w) if r["upos"] == "ADJ" and (r["lemma"], "lo") not in rare and _adjective_of_its_own(r)
                    and all(r["feats"].get(k) == v for k, v in NEUTER_PREDICATE.items())), None)
        if new is None:
            continue
        start = i
        while start > 0 and not is_break(words[start - 1]) and words[start - 1]["upos"] not in ("CCONJ", "SCONJ"):
            start -= 1
        end = i + 1
        while end < len(words) and not is_break(words[end]) and words[end]["upos"] not in ("CCONJ", "SCONJ"):
            end += 1
        kept = any(t["feats"].get("Case") in ("Dat", "Gen") and not _after_preposition(words, j, start)
                   for j, t in enumerate(words[start:end], start) if j != i and t["upos"] in ("NOUN", "PROPN", "PRON", "DET"))
        governed = {t["form"].lower() for t in words[i + 1:end] if t["upos"] in ("ADP", "ADV")} & _frame_words(w["lemma"])
        if kept or governed:
            continue
        switch(w, new)
