"""A count of years: "88 ára", "tíu ára gömul". After a number, *ára* is the genitive plural of
*ár* "year" (the age construction, "N ára gamall", and spans, "til 30 ára"), not *ári* or the
noun *ára* "aura", which the parse can take when the number is written in digits."""

from .common import options, switch


def years_after_a_number(words: list[dict]) -> None:
    for i in range(1, len(words)):
        w, before = words[i], words[i - 1]
        if w["form"].lower() != "ára" or before["upos"] != "NUM" or w["lemma"] == "ár":
            continue
        year = next((r for r in options(w) if r["lemma"] == "ár" and r["upos"] == "NOUN" and r["feats"].get("Gender") == "Neut"
                     and r["feats"].get("Case") == "Gen" and r["feats"].get("Number") == "Plur"), None)
        if year is not None:
            switch(w, year)
