"""Rules of the ninth pass (2026-12-07, night) that read a clause: a verb a sentence lacks or
leaves out, a preposition and its object, a measure, a year. The word rules are in pass9.py,
which lists them all in PASS9_RULES."""

from datetime import date

from reynir.settings import Prepositions
from reynir.verbframe import VerbFrame

from ..lexicon import rare_lemmas
from .common import BREAKS, UD_CASE, find, is_break, is_finite, is_verb, options, recase, switch
from .lemmas import _ordfl


def _prev(words, i):
    return words[i - 1] if i > 0 else None


def _next(words, i):
    return words[i + 1] if i + 1 < len(words) else None


# The adjectives a measure phrase qualifies (45 metra hár, tveggja ára gamall): of size, age,
# weight. Not any adjective: in "keypti 2 lítra mjólk" mjólk is the noun, not BÍN's adjective
# mjólkur ("in milk", of a cow).
DIMENSIONS = {"hár", "lágur", "breiður", "mjór", "langur", "stuttur", "djúpur", "grunnur", "þykkur", "þunnur",
              "gamall", "þungur", "víður", "stór", "digur", "síður", "hávaxinn", "sver"}


def adjective_after_a_measure(words: list[dict]) -> None:
    """After a number and its unit (45 metra, 100 metra), a word read as a noun or verb whose
    form is an adjective of size or age (DIMENSIONS) in the nominative, ending its phrase, is
    that adjective: the measure tells how tall or wide (45 metra hár og 100 metra breiður),
    agreeing with the subject."""
    for i, w in enumerate(words):
        if i < 2 or w["upos"] not in ("NOUN", "VERB") or w.get("kind") != "word":
            continue
        if words[i - 2]["upos"] != "NUM" or words[i - 1]["upos"] != "NOUN":
            continue
        nxt = _next(words, i)
        if nxt is not None and not (nxt["form"] in BREAKS or nxt["form"].lower() in ("og", "eða", "en")):
            continue
        # the subject: the first nominative of the (at most twelve) words before, a bounded scan
        subject = next((x for x in words[max(0, i - 12):i] if x["upos"] in ("NOUN", "PROPN", "PRON") and x["feats"].get("Case") == "Nom"), None)
        want = {k: subject["feats"][k] for k in ("Number", "Gender") if subject is not None and k in subject["feats"]}
        fits = [r for r in options(w) if r["upos"] == "ADJ" and r["lemma"] in DIMENSIONS and r["feats"].get("Case") == "Nom" and r["feats"].get("Degree", "Pos") == "Pos"
                and all(r["feats"].get(k) == v for k, v in want.items())]
        if fits:
            switch(w, fits[0])


def past_in_a_dated_sentence(words: list[dict]) -> None:
    """A finite verb whose form is both present and past (giftist), in a sentence opening with a
    year (Árið 1961, Í 1961 …), is the past: the year is gone. Not a year after this one."""
    if len(words) < 3 or words[0]["form"].lower() not in ("árið",) or not (words[1]["form"].isdigit() and len(words[1]["form"]) == 4):
        return
    if int(words[1]["form"]) > date.today().year:
        return  # a year to come takes the present of the future (Árið 2040 giftist hún)
    for w in words[2:8]:
        if is_finite(w) and w["feats"].get("Tense") == "Pres":
            new = find(w, lemma=w["lemma"], upos=w["upos"], feats={**{k: w["feats"][k] for k in ("Mood", "Voice", "Person", "Number") if k in w["feats"]}, "Tense": "Past"})
            if new is not None:
                switch(w, new)
            break


def verb_of_a_verbless_sentence(words: list[dict]) -> None:
    """A sentence needs a finite verb: where it has none, a word right after its opening
    nominative noun, read as a rare noun (slapp), whose form is a finite indicative verb in the
    subject's number and the 3rd person, is that verb (Ökumaðurinn slapp með …)."""
    if any(is_finite(w) for w in words) or len(words) < 2:
        return
    subj, w = words[0], words[1]
    if subj["upos"] != "NOUN" or subj["feats"].get("Case") != "Nom" or w["upos"] != "NOUN":
        return
    if (w["lemma"], _ordfl(w)) not in rare_lemmas(w["form"]):
        return
    rare = rare_lemmas(w["form"])
    new = next((r for r in options(w) if r["upos"] == "VERB" and r["feats"].get("Mood") == "Ind" and r["feats"].get("Person") == "3"
                and r["feats"].get("Number") == subj["feats"].get("Number") and (r["lemma"], "so") not in rare), None)
    if new is not None:
        switch(w, new)


def preposition_before_its_object(words: list[dict]) -> None:
    """A preposition read as an adverb, followed by a noun phrase in a case Prepositions.conf lets
    it govern, is the preposition (unnið verkefni um fugla, frá maí fram í september): where the
    phrase ends its clause, or ends before an adverb or preposition and the word does not stand
    right after a verb, as a particle does. Not before a number (um 20 manns, "about")."""
    for i, p in enumerate(words[:-1]):
        cases = Prepositions.PP.get(p["form"].lower())
        if p["upos"] != "ADV" or not cases or p.get("kind") != "word":
            continue
        j = i + 1
        while j < len(words) and j - i <= 4 and words[j]["upos"] in ("ADJ", "DET", "PRON") and not is_break(words[j]):
            j += 1
        if j >= len(words) or words[j]["upos"] != "NOUN" or not words[j]["form"].islower():
            continue
        after = words[j + 1] if j + 1 < len(words) else None
        if after is not None and not is_break(after) and (after["upos"] not in ("ADV", "ADP") or is_verb(_prev(words, i))):
            continue  # a phrase ends at a break, or at an adverb or preposition unless the word is
            # a verb's particle (byggt upp myndver á …, lýsa yfir óvissustigi vegna …)
        case = words[j]["feats"].get("Case")
        if case not in {UD_CASE[c] for c in cases if c in UD_CASE} or any(words[k]["feats"].get("Case") != case for k in range(i + 1, j)):
            continue
        new = find(p, upos="ADP")
        if new is not None:
            switch(p, new)


def extent_from_to(words: list[dict]) -> None:
    """frá … fram í: the end of a stretch of time is in the accusative (frá október fram í júní,
    "from October until June"), where í alone would give the dative of a time within (í júní)."""
    for i, w in enumerate(words[2:-1], 2):
        if w["form"].lower() != "í" or words[i - 1]["form"].lower() != "fram":
            continue
        if not any(x["form"].lower() == "frá" for x in words[max(0, i - 6):i - 1]):
            continue
        j = i + 1
        while j < len(words) and j - i <= 3 and words[j]["upos"] in ("ADJ", "DET", "PRON", "NOUN", "NUM") and not is_break(words[j]):
            x = words[j]
            if x["feats"].get("Case") == "Dat":
                new = recase(x, "Acc")
                if new is not None:
                    switch(x, new)
            if x["upos"] == "NOUN":
                break
            j += 1


def predicate_in_a_gapped_clause(words: list[dict]) -> None:
    """Sigrarnir voru margir en mistökin fá: after og/en, a nominative noun (not a pronoun: eins
    og ég sagði) and a word read as a finite verb that ends the sentence, where vera and an
    adjective predicate stand before og/en with no break between, is a second clause with vera
    left out: the word is the adjective of its form agreeing with the noun (fár "few"), not the
    verb fá."""
    for i in range(2, len(words)):
        w, noun, conj = words[i], words[i - 1], words[i - 2]
        if not is_finite(w) or conj["form"].lower() not in ("en", "og") or noun["upos"] != "NOUN":
            continue
        if noun["feats"].get("Case") != "Nom" or i + 1 < len(words) and not is_break(words[i + 1]) or i + 2 < len(words):
            continue  # only the last clause of the sentence
        start = i - 3
        while start >= max(0, i - 14) and not is_break(words[start]) and not (words[start]["lemma"] == "vera" and is_verb(words[start])):
            start -= 1
        first = words[max(start, 0):i - 2]  # from vera to og/en, with no break between
        if start < 0 or is_break(words[start]) or not any(x["lemma"] == "vera" and is_verb(x) for x in first) or not any(x["upos"] == "ADJ" and x["feats"].get("Case") == "Nom" for x in first):
            continue
        want = {k: noun["feats"].get(k) for k in ("Number", "Gender") if k in noun["feats"]}
        new = next((r for r in options(w) if r["upos"] == "ADJ" and r["feats"].get("Case") == "Nom"
                    and all(r["feats"].get(k) == v for k, v in want.items())), None)
        if new is not None:
            switch(w, new)


def eiga_before_i(words: list[dict]) -> None:
    """á right before the preposition í, read as a noun or adverb and not standing right after a
    verb (a particle: kveikti á í stofunni), is eiga in the present: eiga í hlut "be involved",
    eiga í erfiðleikum, eiga í viðræðum (hvaða sameind á í hlut). The preposition á would need an
    object of its own before í."""
    for i, w in enumerate(words[:-1]):
        if w["form"].lower() != "á" or w["upos"] not in ("NOUN", "ADV") or words[i + 1]["form"].lower() != "í":
            continue
        if i == 0 or is_break(words[i - 1]) or is_verb(words[i - 1]):
            continue
        # its subject stands right before it: a nominative, or a question word and its noun read
        # as an object (hvaða sameind á í hlut), made nominative below. Not the noun á "river"
        # after a preposition or a modifier (veiddi lax í á í Borgarfirði, yfir breiða á í gær).
        prev = words[i - 1]
        phrase = []
        for x in reversed(words[max(0, i - 2):i]):
            if x["upos"] not in ("NOUN", "PRON", "DET") or x["feats"].get("Case") != "Acc":
                break
            phrase.append(x)
        question = bool(phrase) and phrase[-1]["lemma"] in ("hvaða", "hver", "hvor")
        if not question and not (prev["upos"] in ("NOUN", "PROPN", "PRON") and prev["feats"].get("Case") == "Nom"):
            continue
        new = find(w, lemma="eiga", upos="VERB", feats={"Person": "3", "Mood": "Ind"})
        if new is None:
            continue
        switch(w, new)
        if not question:
            continue
        number = new["feats"].get("Number")
        if len(phrase) == 1:  # hver alone agrees with the verb (hver á í hlut: singular)
            nom = [find(phrase[0], lemma=phrase[0]["lemma"], upos=phrase[0]["upos"], feats={"Case": "Nom", "Number": number})]
        else:
            nom = [recase(x, "Nom") for x in phrase]
        if all(r is not None and r["feats"].get("Number") == number for r in nom):
            for x, r in zip(phrase, nom):
                switch(x, r)


def accusative_object_of_a_verb(words: list[dict]) -> None:
    """A noun right after an active verb whose frames (Verbs.conf) give it an accusative object
    and a dative only beside an accusative (vinna e-m e-ð), read as a lone dative object, is the
    accusative where its form is one (hafa unnið verkefni um fugla). Not after the middle voice,
    whose frames are the active's (birtist frétt, tengist ferðamennsku), nor a dative of measure
    before a comparative (hækkuðu mun minna), nor after a form that is also a preposition
    governing the dative (Á mynd hér …)."""
    frames = VerbFrame.CASE_FRAMES
    for i in range(1, len(words) - 1):
        w, v, nxt = words[i], words[i - 1], words[i + 1]
        if w["upos"] != "NOUN" or w["feats"].get("Case") != "Dat" or not is_verb(v) or v["feats"].get("Voice") == "Mid":
            continue
        if f"{v['lemma']}_þf" not in frames or f"{v['lemma']}_þgf" in frames or v["form"].lower().endswith("st"):
            continue
        if "þgf" in Prepositions.PP.get(v["form"].lower(), ()):
            continue  # á mynd: a preposition of that form would govern the dative
        if nxt["upos"] in ("NOUN", "PROPN", "PRON", "ADJ", "DET", "NUM") or nxt["feats"].get("Degree") == "Cmp":
            continue  # a second object follows, or the dative measures a comparative
        new = recase(w, "Acc")
        if new is not None:
            switch(w, new)

