"""The eleventh pass: subjects and conjunctions — hvað, að, plural subjects, what arises."""

from ..lexicon import bin_entries
from .common import find, is_break, is_verb, switch
from .objects import _opens_a_subordinate_clause, _recase, phrase_opening_a_clause
from .pass11_common import _clause_after


def plural_subject_after_subordinator(words: list[dict]) -> None:
    """subject_after_subordinator (objects.py) makes a noun phrase between "að" and a finite
    verb its nominative subject only where the two agree; where the verb's form is singular and
    plural alike (geti, hafi: 3rd person subjunctive) the parse may have given it the wrong one,
    and the phrase then an oblique case: "að önnur þjóðþing geti lært" (nominative plural, and
    geti plural). The phrase moves to its nominative and the verb to its number only when both
    readings exist, of the same words, and not with a verb BÍN also lists as impersonal (langa,
    vanta, skorta: "að stelpurnar langi" has an accusative subject)."""
    for i in range(len(words)):
        if not _opens_a_subordinate_clause(words, i):
            continue
        span, k = phrase_opening_a_clause(words, i)
        if not span or k >= len(words) or span[-1]["upos"] not in ("NOUN", "PROPN"):
            continue
        verb = words[k]
        if not is_verb(verb) or "Mood" not in verb["feats"] or verb["feats"].get("Person") != "3":
            continue
        head = span[-1]
        if head["feats"].get("Case") in (None, "Nom") or head["feats"].get("Number") == verb["feats"].get("Number"):
            continue
        news = [n if n["feats"].get("Case") == "Nom" else _recase(n, "Nom") for n in span]
        if any(n is None for n in news):
            continue
        if any(mark.startswith("OP") for lemma, ordfl, _d, mark in bin_entries(verb["form"].lower()) if ordfl == "so"):
            continue  # "að stelpurnar langi", "að ærnar vanti": an accusative subject and a 3rd singular verb
        agreeing = find(verb, lemma=verb["lemma"], upos=verb["upos"], feats={**verb["feats"], "Number": head["feats"]["Number"]})
        if agreeing is None or any(agreeing["feats"].get(k) != verb["feats"].get(k) for k in ("Tense", "Mood", "Person")):
            continue
        for n, new in zip(span, news):
            if new is not n:
                switch(n, new)
        switch(verb, agreeing)


def hvad_object_or_subject(words: list[dict]) -> None:
    """*hvað* opening a question or an indirect question is the subject, nominative, only where
    no other subject is in its clause: with a nominative pronoun or noun agreeing with the
    clause's finite verb after it, it is the object, accusative ("Hvað hafa þeir gert?", "sjá
    hvað aðrir nefndarmenn hafa", "hvað sem við köllum það") — not after vera or verða, whose
    complement is nominative ("Hvað eru þeir?"), nor in "hvað X varðar" "as regards X", where
    hvað is the subject. Without one, before a middle-voice verb it is
    the subject ("Ég veit ekki hvað gerðist"); other verbs can take an accusative subject
    ("hvað vantar?") and are left as parsed."""
    for i, w in enumerate(words):
        if w["form"].lower() != "hvað" or w["upos"] != "PRON" or w["feats"].get("Case") not in ("Nom", "Acc"):
            continue
        rest = _clause_after(words, i)
        at = next((k for k, t in enumerate(rest) if is_verb(t) and "Mood" in t["feats"]), None)
        if at is None:
            continue
        finite = rest[at]
        # the subject stands next to its verb: before it in an indirect question ("hvað aðrir
        # nefndarmenn hafa"), right after it in a direct one ("Hvað hafa þeir")
        near = rest[:at] + rest[at + 1:at + 2]
        subject = next((t for t in near if t["upos"] in ("PRON", "NOUN", "PROPN") and t["feats"].get("Case") == "Nom"
                        and t["form"].lower() != "hvað"
                        and t["feats"].get("Number") == finite["feats"].get("Number")
                        and t["feats"].get("Person", "3") == finite["feats"].get("Person", "3")), None)
        if w["feats"]["Case"] == "Nom" and subject is not None and finite["lemma"] not in ("vera", "verða", "varða"):
            new = find(w, lemma=w["lemma"], upos="PRON", feats={"Case": "Acc", "Number": "Sing", "Gender": "Neut"})
        elif w["feats"]["Case"] == "Acc" and subject is None and finite["feats"].get("Voice") == "Mid" and at == 0:
            new = find(w, lemma=w["lemma"], upos="PRON", feats={"Case": "Nom", "Number": "Sing", "Gender": "Neut"})
        else:
            continue
        if new is not None:
            switch(w, new)


# Adverbs "að" stands before as an adverb itself: að ofan "from above", að neðan, að utan …
AD_ADVERB_PARTNERS = {"ofan", "neðan", "utan", "innan", "sunnan", "norðan", "austan", "vestan", "framan", "aftan", "auki", "lokum",
                      "mestu", "minnsta", "nýju", "vísu", "sjálfsögðu", "öðru", "einhverju", "öllu", "hluta", "sögn"}


def ad_opens_a_clause(words: list[dict]) -> None:
    """Greynir sometimes reads the complementizer *að* "that" as an adverb: "segir að til greina
    komi", "vildi að við … fjöllum". *að* read as an adverb, not at the end of its clause, not
    before an infinitive (the infinitive marker) nor before the words it makes adverbs with (að
    ofan, að lokum), and with a finite verb later in its clause, is the conjunction. Before a
    verb whose form is also its infinitive it is the infinitive marker, and the verb the
    infinitive ("að halda sig frá", read as the plural of halda)."""
    for i, w in enumerate(words[:-1]):
        if w["form"].lower() != "að" or w["upos"] != "ADV" or i == 0:
            continue
        nxt = words[i + 1]
        if is_break(nxt) or nxt["form"].lower() in AD_ADVERB_PARTNERS or nxt["feats"].get("VerbForm") == "Inf":
            continue
        infinitive = find(nxt, upos=nxt["upos"], feats={"VerbForm": "Inf"}) if is_verb(nxt) else None
        if infinitive is not None:
            # "beint til íbúa að halda sig frá": a verb right after it, in a form that is also
            # its infinitive, is the infinitive, and að its marker
            marker = find(w, lemma="að", upos="PART")
            if marker is not None:
                switch(w, marker)
                switch(nxt, infinitive)
            continue
        if not any(is_verb(t) and "Mood" in t["feats"] for t in _clause_after(words, i)[:10]):
            continue
        new = find(w, lemma="að", upos="SCONJ")
        if new is not None:
            switch(w, new)


# Middle-voice verbs whose subject is what comes about (gefst tækifæri "a chance arises", fæst
# leyfi, býðst starf, skapast vandi); the one who gets it stands in the dative (mér gafst).
ARISING_VERBS = {"gefast", "fást", "bjóðast", "skapast", "myndast", "opnast", "gefa", "fá", "bjóða", "skapa", "mynda", "opna"}


def what_arises_is_the_subject(words: list[dict]) -> None:
    """After gefst, fæst, býðst, skapast … (ARISING_VERBS in the middle voice), the noun is the
    subject, nominative, where the parse gave it the dative or accusative and its clause has no
    other nominative: "Nú gefst tækifæri", "Það gafst aldrei tækifæri" (a dative before it is
    the one who gets it: "mér gafst tækifæri")."""
    for i, v in enumerate(words):
        if not is_verb(v) or v["feats"].get("Voice") != "Mid" or v["lemma"] not in ARISING_VERBS:
            continue
        for j in range(i + 1, min(len(words), i + 4)):
            n = words[j]
            if is_break(n) or is_verb(n):
                break
            if n["upos"] != "NOUN":
                continue
            clause = [t for t in words[max(0, i - 6):j + 4] if t is not n]
            if n["feats"].get("Case") in ("Dat", "Acc") and not any(t["feats"].get("Case") == "Nom" and t["upos"] in ("NOUN", "PROPN", "PRON") and t["form"].lower() != "það" for t in clause):
                nominative = find(n, lemma=n["lemma"], upos="NOUN", feats={"Case": "Nom", "Number": n["feats"].get("Number")})
                if nominative is not None:
                    switch(n, nominative)
            break
