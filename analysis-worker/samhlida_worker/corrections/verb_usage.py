"""Which of two verbs that share a form the sentence means, by how much Greynir's verb
lexicon (Verbs.conf) knows of each: its editors wrote a frame for every use of a verb they met
in text, so a common verb (bera "carry, bear": some 200 frames) has many and its rare
look-alike (berja "beat": under 40) few."""

import os
from collections import Counter
from functools import lru_cache

import reynir

from ..udmap import AUXILIARIES
from .common import options, switch

# How many times more frames the other verb must have before it is preferred: far apart, not
# a near tie that a count of frames cannot decide.
FRAME_RATIO = 3


@lru_cache(maxsize=1)
def _frame_counts() -> Counter:
    path = os.path.join(os.path.dirname(reynir.__file__), "config", "Verbs.conf")
    counts: Counter = Counter()
    with open(path, encoding="utf8") as f:
        for line in f:
            line = line.split("#", 1)[0].strip()
            if line and not line.startswith("["):
                counts[line.split()[0]] += 1
    return counts


def frame_count(lemma: str, middle: bool = False) -> int:
    """Frames Verbs.conf lists for the verb (its middle voice, berast, when `middle`)."""
    return _frame_counts()[lemma + "st" if middle else lemma]


def commoner_reading(w: dict, same) -> dict | None:
    """Of the other verbs BÍN gives this form, `same(reading, w)` choosing which count, the one
    Verbs.conf lists with far more frames than the parse's verb (FRAME_RATIO times), if any.
    Auxiliaries are left alone (their rules are elsewhere)."""
    if w["upos"] != "VERB" or w.get("kind") != "word" or w["lemma"] in AUXILIARIES:
        return None
    middle = w["feats"].get("Voice") == "Mid"
    mine = frame_count(w["lemma"], middle)
    best, best_count = None, mine
    for r in options(w):
        if r["upos"] != "VERB" or r["lemma"] == w["lemma"] or r["lemma"] in AUXILIARIES or not same(r, w):
            continue
        count = frame_count(r["lemma"], middle)
        if count > best_count and count >= FRAME_RATIO * max(mine, 1):
            best, best_count = r, count
    return best


def commoner_verb_of_the_form(words: list[dict]) -> None:
    """A verb form that BÍN gives two verbs with the same features (ber: bera and berja, 3rd
    person singular present; beðið: bíða and biðja, supine) gets the parse's first match, which
    is BÍN's order, not usage. The verb Verbs.conf knows far better is taken ("Hún ber ábyrgð
    á þessu": bera, not berja)."""
    for w in words:
        best = commoner_reading(w, lambda r, w: r["feats"] == w["feats"])
        if best is not None:
            switch(w, best)
