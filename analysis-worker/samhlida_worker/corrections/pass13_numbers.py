"""The thirteenth pass: numbers."""

import re

from ..lexicon import PREPOSITION_CASE

# A time of day written with digits: "17:00", "18.35" (the hour 0–24, the minutes 00–59).
CLOCK_TIME = re.compile(r"(?:[01]?[0-9]|2[0-4])[:.][0-5][0-9]")


def clock_time_is_nominative(words: list[dict]) -> None:
    """A time of day is read as numerals in the nominative: "klukkan 17:00" is *klukkan
    sautján*, the clock's frozen phrase (*klukkan er sautján*), and so is a time standing alone
    in a programme ("17:07: 100 m skriðsund"). Not right after a preposition without *klukkan*
    ("frá 17:00"), where a learner may hear the numeral in the preposition's case."""
    for i, w in enumerate(words):
        if w["kind"] != "time" or w["upos"] != "NUM" or w["feats"] or not CLOCK_TIME.fullmatch(w["form"]):
            continue
        before = words[i - 1] if i > 0 else None
        if before is not None and (before["upos"] == "ADP" or before["form"].lower() in PREPOSITION_CASE):
            continue  # also where the parse took the preposition for an adverb ("Um 23:30 barst …")
        w["feats"] = {"Case": "Nom"}
