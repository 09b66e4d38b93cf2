"""Tokens for the correction rules' tests: a word given the reading under test (often the wrong
one a parse can give) with its real BÍN readings as the others, so a rule is tested whatever the
parser does."""

from samhlida_worker.lexicon import readings

FIN = {"Mood": "Ind", "Voice": "Act", "VerbForm": "Fin"}
FIN3 = {"Tense": "Pres", **FIN, "Person": "3"}


def tok(form, lemma, upos, **feats):
    others = [r for r in readings(form) if not (r["lemma"] == lemma and r["upos"] == upos and r["feats"].items() <= feats.items())]
    return {"kind": "word", "form": form, "lemma": lemma, "upos": upos, "feats": feats, "otherReadings": others}


def punct(form="."):
    return {"kind": "punctuation", "form": form, "lemma": form, "upos": "PUNCT", "feats": {}}
