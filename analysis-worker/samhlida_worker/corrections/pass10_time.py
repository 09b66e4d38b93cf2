"""Tenth pass (2026-12-07, late), numbers and time: ranges of numbers, fixed adverbs, spans and
points of time, the year and the month of a date."""

from ..lexicon import PREPOSITION_CASE
from .common import UD_CASE, find, is_break, options, switch
from .prepositions import _phrase_after, _same_form_in


def number_range(words: list[dict]) -> None:
    """"átta til fimmtán metrar": a range of numbers before a noun. *til* only joins the two;
    both numbers count the noun and stand in its case (not the genitive *til* would govern),
    and *átta* is the number, not the noun *átta* "the figure eight"."""
    for i in range(1, len(words) - 2):
        low, til, high, noun = words[i - 1], words[i], words[i + 1], words[i + 2]
        if til["form"].lower() != "til" or noun["upos"] != "NOUN" or "Case" not in noun["feats"]:
            continue
        numbers = [t for t in (low, high) if t["upos"] == "NUM" or find(t, upos="NUM") is not None]
        if len(numbers) != 2:
            continue
        case = noun["feats"]["Case"]
        before = words[i - 2] if i >= 2 and not is_break(words[i - 2]) else None
        if before is not None and before["upos"] == "ADP":
            # "lækkað um 40 til 60 prósent": the preposition before the range governs it all
            governed = (low.get("governor") or {}).get("case") or UD_CASE.get(PREPOSITION_CASE.get(before["form"].lower(), ""))
            if governed is None:
                continue
            case = governed
            if noun["feats"]["Case"] != case:
                recased = _same_form_in(noun, case)
                if recased is None:
                    continue
                switch(noun, recased)
        after_a_preposition_word = before is not None and (before["upos"] == "ADP" or any(r["upos"] == "ADP" for r in options(before)))
        if after_a_preposition_word and before["upos"] != "ADP" and any(t["upos"] == "NUM" and t["feats"].get("Case") not in (None, case) for t in numbers):
            continue  # "um 40 til 60 prósent": um may govern the range or only mean "about"; not sure
        for t in numbers:
            if t["upos"] != "NUM":
                switch(t, find(t, upos="NUM"))
            agreeing = find(t, lemma=t["lemma"], upos="NUM", feats={"Case": case, **({"Gender": noun["feats"]["Gender"]} if "Gender" in noun["feats"] else {})})
            if agreeing is not None:
                switch(t, agreeing)
            elif t["feats"].get("Case") not in (None, case) or not find(t, upos="NUM", feats={"Case": t["feats"].get("Case", "")}):
                # an indeclinable number (átta, fimmtán) takes the case of what it counts
                t["feats"] = {**t["feats"], "Case": case}
            t.pop("governor", None)


def no_governor_inside_a_fixed_adverb(words: list[dict]) -> None:
    """The words of a fixed adverb (um það bil, til dæmis, að minnsta kosti) are one word to
    the learner: the gloss names no preposition from outside governing a word inside it (the
    parse gave *það bil* in "í um það bil tuttugu" the *í*)."""
    for w in words:
        if (w.get("phrase") or {}).get("upos") == "ADV":
            w.pop("governor", None)
    # "um það bil" "about": *um* governs *það bil* (accusative), whatever comes before it
    for i in range(len(words) - 2):
        um, thad, bil = words[i], words[i + 1], words[i + 2]
        if um["form"].lower() == "um" and thad["form"].lower() == "það" and bil["form"].lower() == "bil":
            for t in (thad, bil):
                if t["feats"].get("Case") == "Acc":
                    t["governor"] = {"kind": "preposition", "lemma": "um", "form": um["form"], "case": "Acc"}


# Spans of time *á* takes in the dative, a point within them: á tíundu mínútu, á hverju ári, á
# síðustu öld. (Days of the week take the accusative: á mánudaginn.)
DATIVE_TIME_SPANS = {"sekúnda", "mínúta", "klukkustund", "ár", "öld", "áratugur", "tímabil", "kjörtímabil", "ævi", "misseri", "önn"}


# Verbs whose á takes what is looked at or pointed to, in the accusative.
A_ACCUSATIVE_VERBS = {"líta", "horfa", "benda", "hlusta", "treysta", "minna"}


def dative_time_after_a(words: list[dict]) -> None:
    """*á* before a span of time with an ordinal or determiner is the dative (á tíundu mínútu);
    the parse can make the phrase accusative, as after á with days of the week."""
    for i, a in enumerate(words[:-1]):
        if a["form"].lower() != "á" or a["upos"] != "ADP":
            continue
        span = _phrase_after(words, i, "Acc")
        if len(span) < 2 or span[-1]["lemma"] not in DATIVE_TIME_SPANS:
            continue  # an ordinal, determiner or adjective names the point (á tíundu mínútu)
        if any(t["lemma"] in A_ACCUSATIVE_VERBS for t in words[max(0, i - 3):i]):
            continue  # "lítum á mínútu sem langan tíma": líta á e-ð
        news = [_same_form_in(n, "Dat") for n in span]
        if all(n is not None for n in news):
            for n, new in zip(span, news):
                gov = n.get("governor")
                switch(n, new)
                n["governor"] = {**gov, "case": "Dat"} if gov and gov.get("lemma") == "á" else {"kind": "preposition", "lemma": "á", "form": a["form"], "case": "Dat"}


# Nouns of time that stand in the accusative as an adverbial of their own: "Dag einn sagði
# kóngurinn", "Seinnipartinn fer að rigna", "Næsta sumar förum við".
TIME_NOUNS = {"dagur", "kvöld", "morgunn", "nótt", "vika", "mánuður", "ár", "sumar", "vetur", "vor", "haust", "helgi",
              "seinnipartur", "eftirmiðdagur", "hádegi", "stund", "tími", "skipti", "sinn", "ævi", "tíð", "sólarhringur",
              "klukkustund", "mínúta", "kvöldstund"}


# Verbs after which an accusative of time is how long, not an object: hafði búið þar alla ævi,
# gista eina nótt, sat heilu dagana, vera heima þann dag.
DURATION_VERBS = {"vera", "búa", "gista", "sitja", "standa", "liggja", "dvelja", "bíða", "vaka", "sofa", "starfa", "vinna", "haldast", "endast"}


def time_adverbial_has_no_governor(words: list[dict]) -> None:
    """An accusative noun of time before its clause's verb is an adverbial of time, not that
    verb's object: the gloss does not say "accusative after sagði" for *Dag einn sagði*; nor
    after a verb that takes no object of time (búið þar alla ævi: how long)."""
    for i, w in enumerate(words):
        gov = w.get("governor")
        if w["lemma"] not in TIME_NOUNS or w["feats"].get("Case") != "Acc" or not gov or gov.get("kind") != "verb":
            continue
        verb_at = next((j for j in range(i + 1, min(len(words), i + 4)) if words[j]["form"] == gov.get("form")), None)
        intransitive = gov.get("lemma") in DURATION_VERBS
        if verb_at is None and not intransitive:
            continue
        # the phrase: the noun and the words before it that the same verb was said to govern
        start = i
        while start > 0 and (words[start - 1].get("governor") or {}).get("form") == gov.get("form") and words[start - 1]["feats"].get("Case") == "Acc":
            start -= 1
        for t in words[start:i + 1] if verb_at is None else words[max(0, i - 1):verb_at]:
            if (t.get("governor") or {}).get("form") == gov.get("form") and t["feats"].get("Case") == "Acc":
                t.pop("governor", None)


MONTHS = {"janúar", "febrúar", "mars", "apríl", "maí", "júní", "júlí", "ágúst", "september", "október", "nóvember", "desember"}


def the_year_is_accusative(words: list[dict]) -> None:
    """"Árið 2001 var stofnuð …": *árið* before a year is an accusative adverbial of time (in the
    year 2001), no verb governs it; opening its clause it may be the subject itself ("Árið 2001
    var gott ár"), so there it is the adverbial only when another subject follows the verb."""
    for i in range(len(words) - 1):
        w, year = words[i], words[i + 1]
        if w["form"].lower() != "árið" or not (year["form"].isdigit() and len(year["form"]) == 4):
            continue
        opening = i == 0 or is_break(words[i - 1])
        if opening and not _other_subject_after(words, i + 2):
            continue  # "Árið 2001 var gott ár": the year itself is the subject
        if w["feats"].get("Case") != "Acc":
            new = find(w, lemma="ár", upos="NOUN", feats={"Case": "Acc", "Number": "Sing", "Definite": "Def"})
            if new is None:
                continue
            switch(w, new)
        if (w.get("governor") or {}).get("kind") == "verb":
            w.pop("governor", None)


def _other_subject_after(words: list[dict], at: int) -> bool:
    """A nominative after the verb that is not a neuter singular (a predicate of árið, gott ár)
    and so is the clause's subject: "Árið 2001 var stofnuð stofnun"."""
    for t in words[at:at + 5]:
        if is_break(t):
            return False
        if t["upos"] in ("NOUN", "PROPN", "PRON") and t["feats"].get("Case") == "Nom" and not (
                t["feats"].get("Gender") == "Neut" and t["feats"].get("Number") == "Sing"):
            return True
    return False


def month_in_a_date(words: list[dict]) -> None:
    """In a date (fimmtudaginn 20. mars, fyrir 15. mars) the month stands in the case of the
    day it names: the weekday's before it, or the one its preposition governs."""
    for i in range(2, len(words)):
        month, day, before = words[i], words[i - 1], words[i - 2]
        if month["lemma"] not in MONTHS or not day["form"].rstrip(".").isdigit() or not day["form"].endswith("."):
            continue
        case = before["feats"].get("Case") if before["upos"] == "NOUN" and before["lemma"].endswith("dagur") else None
        if before["upos"] == "ADP" or before["form"].lower() in PREPOSITION_CASE:
            # a preposition before a date, whatever the parse made of it (frá 1. mars)
            case = UD_CASE.get(PREPOSITION_CASE.get(before["form"].lower(), ""))
        if case is None or month["feats"].get("Case") == case:
            continue
        new = _same_form_in(month, case)
        if new is not None:
            switch(month, new)
