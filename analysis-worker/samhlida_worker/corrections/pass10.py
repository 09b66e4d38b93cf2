"""Rules of the tenth pass (2026-12-07, late): readings the parse gives to very common words
that a learner would be misled by. Each moves a word only to another of its BÍN readings."""

from .common import UD_CASE, find, is_break, is_finite, options, switch, verb_object_cases
from .prepositions import _phrase_after, _same_form_in
from .verb_usage import frame_count
from ..lexicon import PREPOSITION_CASE, marginal_lemmas, rare_lemmas
from .words import thvi_after_a_preposition


# How far a rule looks for the rest of a clause: clauses are far shorter, and a text without
# punctuation must not make a scan per word.
CLAUSE_WINDOW = 30


def _next_word(words: list[dict], i: int) -> dict | None:
    return words[i + 1] if i + 1 < len(words) and not is_break(words[i + 1]) else None


def sem_is_the_relative(words: list[dict]) -> None:
    """*sem* is the relative "who, which, as" (starf sitt sem ráðherra; það er rétt sem ég var
    minnt á), which the parse can read as *semja* "I compose". The verb needs its subject *ég*
    beside it, and after "sem ég" a relative clause has a verb of its own (sem ég var …)."""
    for i, w in enumerate(words):
        if w["form"].lower() != "sem" or w["lemma"] != "semja":
            continue
        prev = words[i - 1] if i > 0 else None
        nxt = _next_word(words, i)
        if prev is not None and prev["form"].lower() == "ég":
            continue
        if nxt is not None and nxt["form"].lower() == "ég":
            rest = words[i + 2:i + 2 + CLAUSE_WINDOW]
            clause = rest[: next((k for k, t in enumerate(rest) if is_break(t)), len(rest))]
            if not any(is_finite(t) for t in clause):
                continue
        new = find(w, lemma="sem", upos="SCONJ")
        if new is not None:
            switch(w, new)


def frekar_is_rather(words: list[dict]) -> None:
    """*frekar* is the adverb "rather, fairly" (viljum frekar hafa; á frekar góðum tíma) unless
    a plural noun it agrees with follows (frekar kröfur "pushy demands", of frekur)."""
    for i, w in enumerate(words):
        if w["form"].lower() != "frekar" or w["upos"] != "ADJ":
            continue
        nxt = _next_word(words, i)
        if nxt is not None and nxt["upos"] == "NOUN" and nxt["feats"].get("Number") == "Plur" and nxt["feats"].get("Case") == w["feats"].get("Case"):
            continue
        new = find(w, lemma="frekar", upos="ADV")
        if new is not None:
            switch(w, new)


def belief_in(words: list[dict]) -> None:
    """*trú á* is the noun "belief in, faith in" (hafa trú á): the adjective *trúr* "faithful"
    takes a dative, not *á*. After *hafa* the noun is its object, accusative."""
    for i, w in enumerate(words):
        if w["form"].lower() != "trú" or w["upos"] != "ADJ":
            continue
        nxt = _next_word(words, i)
        if nxt is None or nxt["form"].lower() != "á":
            continue
        having = any(t["lemma"] == "hafa" for t in words[max(0, i - 3):i])
        case = "Acc" if having else w["feats"].get("Case", "Nom")
        new = find(w, lemma="trú", upos="NOUN", feats={"Case": case}) or find(w, lemma="trú", upos="NOUN")
        if new is not None:
            switch(w, new)


def example_not_judge(words: list[dict]) -> None:
    """*dæmi* "example" (sem dæmi, dæmi um, til dæmis), which the parse can read as the
    subjunctive of *dæma* "judge": a subjunctive needs a subject, and "dæmi um" and "sem dæmi"
    are the noun's."""
    for i, w in enumerate(words):
        if w["form"].lower() != "dæmi" or w["lemma"] != "dæma":
            continue
        prev = words[i - 1] if i > 0 and not is_break(words[i - 1]) else None
        nxt = _next_word(words, i)
        if not ((nxt is not None and nxt["form"].lower() == "um") or (prev is not None and prev["form"].lower() == "sem") or prev is None):
            continue
        case = "Acc" if prev is not None and prev["form"].lower() == "sem" else "Nom"
        new = find(w, lemma="dæmi", upos="NOUN", feats={"Case": case, "Number": "Sing"}) or find(w, lemma="dæmi", upos="NOUN")
        if new is not None:
            switch(w, new)


def satt_is_true(words: list[dict]) -> None:
    """*satt* is the neuter of *sannur* "true" (það er satt, segja satt) far more often than of
    *saddur* "full, sated" (or seðja's participle), which the parse takes first; "satt af" (full
    of) keeps it."""
    for i, w in enumerate(words):
        if w["form"].lower() != "satt" or w["lemma"] not in ("saddur", "seðja"):
            continue
        nxt = _next_word(words, i)
        if nxt is not None and nxt["form"].lower() == "af":
            continue
        case = w["feats"].get("Case")
        new = find(w, lemma="sannur", upos="ADJ", feats={"Case": case} if case else {}) or find(w, lemma="sannur", upos="ADJ")
        if new is not None:
            switch(w, new)


def rett_is_just_or_rightly(words: list[dict]) -> None:
    """*rétt* is the adverb "just, right" before a preposition or a number (rétt við landamærin,
    rétt yfir 100) and before *að* with its infinitive where no copula makes it a predicate
    (heldur rétt að byrja; but *það er rétt að* "it is right that"), and "rightly" after a
    verb's object (skil ég þingmanninn rétt). *gera rétt í* "do right to" keeps the adjective,
    as does *telja það rétt* (a predicate of *það*)."""
    for i, w in enumerate(words):
        if w["form"].lower() != "rétt" or w["lemma"] != "réttur" or w["upos"] != "ADJ":
            continue
        prev = words[i - 1] if i > 0 and not is_break(words[i - 1]) else None
        nxt = _next_word(words, i)
        after_gera = prev is not None and prev["lemma"] == "gera"
        after_copula = any(t["lemma"] in ("vera", "verða") for t in words[max(0, i - 3):i])
        before_object = nxt is not None and (nxt["upos"] in ("ADP", "NUM") or nxt["kind"] == "number")
        before_infinitive = (nxt is not None and nxt["form"].lower() == "að" and i + 2 < len(words)
                             and words[i + 2]["feats"].get("VerbForm") == "Inf")
        after_object = (prev is not None and prev["upos"] in ("NOUN", "PROPN", "PRON") and prev["feats"].get("Case") == "Acc"
                        and prev["form"].lower() not in ("það", "þetta") and (nxt is None or nxt["upos"] not in ("NOUN", "ADJ")))
        if (before_object and not after_gera) or (before_infinitive and not after_copula) or after_object:
            new = find(w, lemma="rétt", upos="ADV")
            if new is not None:
                switch(w, new)


def among_not_medicine(words: list[dict]) -> None:
    """*meðal* after *á* (á meðal okkar, þar á meðal) or before a genitive (meðal annarra,
    meðal Íslendinga) is the preposition "among", not the noun *meðal* "medicine, means"; and
    that *á* is the preposition, not *eiga* "owns"."""
    for i, w in enumerate(words):
        if w["form"].lower() != "meðal" or w["upos"] not in ("NOUN", "ADP", "ADV"):
            continue
        prev = words[i - 1] if i > 0 and not is_break(words[i - 1]) else None
        nxt = _next_word(words, i)
        after_a = prev is not None and prev["form"].lower() == "á"
        if w["upos"] == "NOUN" and (after_a or (nxt is not None and nxt["feats"].get("Case") == "Gen")):
            new = find(w, lemma="meðal", upos="ADP")
            if new is not None:
                switch(w, new)
        if after_a and prev["lemma"] == "eiga":
            new = find(prev, lemma="á", upos="ADP")
            if new is not None:
                switch(prev, new)


# Adverbs that can stand before an instruction's verb (Vinsamlegast gangið vel um; svo bættu við).
BEFORE_AN_INSTRUCTION = {"svo", "síðan", "þá", "nú", "fyrst", "vinsamlegast", "endilega", "bara", "loks", "að lokum"}
_CLITIC_THU = ("ðu", "du", "tu")
# The subject pronouns a finite verb of each person and number agrees with.
_SUBJECTS = {("1", "Sing"): {"ég"}, ("2", "Sing"): {"þú"}, ("3", "Sing"): {"hann", "hún", "það"},
             ("1", "Plur"): {"við"}, ("2", "Plur"): {"þið"}, ("3", "Plur"): {"þeir", "þær", "þau"}}


def _opens_clause(words: list[dict], i: int, after_an_instruction: bool) -> bool:
    """Word i opens the sentence (or a quotation, or follows a colon or dash), perhaps after an
    adverb that may open an instruction; after og/en/eða or a comma only in a series of
    instructions: elsewhere a verb there shares the subject before it (Eyjamenn komu … og
    leiddu) or opens a main clause after a subordinate one (…, hefðu viðbrögðin)."""
    j = i - 1
    if j >= 0 and not is_break(words[j]) and words[j]["form"].lower() in BEFORE_AN_INSTRUCTION:
        j -= 1
    if j < 0 or (is_break(words[j]) and words[j]["form"] not in (",", ";")):
        return True
    return after_an_instruction and (is_break(words[j]) or words[j]["form"].lower() in ("og", "en", "eða"))


def _only_nominative(w: dict) -> bool:
    """A nominative with no accusative reading of the same word and number (gestirnir, not pönnukökurnar)."""
    return w["feats"].get("Case") == "Nom" and not any(
        r["lemma"] == w["lemma"] and r["feats"].get("Case") == "Acc" and r["feats"].get("Number") == w["feats"].get("Number") for r in options(w))


def instructions_in_the_imperative(words: list[dict]) -> None:
    """An instruction opens its clause with the imperative, its subject *þú* written onto it
    (bræddu, helltu, gleymdu, berðu: bræð + þú), the same letters as the past plural (þeir
    bræddu) or a subjunctive. A clause-opening past plural has its subject right after it (Komu
    gestirnir seint); with no nominative pronoun there, and no word that can only be a
    nominative, the verb is the imperative; gangið without *þið* likewise (plural). Then the noun
    phrase after it that the parse made its subject is its object, in the case the verb takes."""
    seen = False
    for i, w in enumerate(words):
        if w["upos"] in ("VERB", "AUX") and w["feats"].get("Mood") == "Imp":
            seen = True
            continue
        if w["upos"] not in ("VERB", "AUX") or w["feats"].get("Mood") is None or not _opens_clause(words, i, seen):
            continue
        form = w["form"].lower()
        singular = form.endswith(_CLITIC_THU) and w["feats"].get("Person") != "2"
        plural = form.endswith("ið") and w["feats"].get("Person") == "2" and w["feats"].get("Number") == "Plur"
        if not (singular or plural):
            continue
        nxt = _next_word(words, i)
        subjects = _SUBJECTS.get((w["feats"].get("Person", ""), w["feats"].get("Number", "")), set())
        if nxt is not None and (nxt["form"].lower() in subjects or (nxt["upos"] in ("NOUN", "PROPN") and _only_nominative(nxt))):
            continue
        if plural and any(t["form"].lower() == "þið" for t in words[max(0, i - 2):i]):
            continue
        imperatives = [r for r in options(w) if r["upos"] in ("VERB", "AUX") and r["feats"].get("Mood") == "Imp"
                       and r["feats"].get("Number") == ("Sing" if singular else "Plur")]
        # Another verb's imperative only in place of a main verb (hefðu, of hafa, is not hef + þú);
        # of two verbs with the form, the commoner (berðu: bera "carry, serve", not berja "beat").
        if w["upos"] != "VERB":
            imperatives = [r for r in imperatives if r["lemma"] == w["lemma"]]
        new = max(imperatives, key=lambda r: (frame_count(r["lemma"]), r["lemma"] == w["lemma"]), default=None)
        if new is None:
            continue
        switch(w, new)
        seen = True
        _object_after(words, i)


def _object_after(words: list[dict], i: int) -> None:
    """The nominative noun phrase after an imperative at i into the case its verb takes (Bræddu
    fimmtíu grömm, Berðu pönnukökurnar fram: accusative), when BÍN has every word in it: the
    accusative where the verb takes one, else its only case."""
    cases = {UD_CASE[c] for c in verb_object_cases(words[i]["lemma"]) if c in UD_CASE and c != "nf"}
    case = "Acc" if "Acc" in cases else next(iter(cases)) if len(cases) == 1 else None
    if case is None:
        return
    span = _phrase_after(words, i, "Nom")
    # A number written as a word (fimmtíu) has one form for every case: it takes the phrase's.
    news = [_same_form_in(n, case) or ("indeclinable" if n["upos"] == "NUM" else None) for n in span]
    if span and all(n is not None for n in news):
        for n, new in zip(span, news):
            if new == "indeclinable":
                n["feats"] = {**n["feats"], "Case": case}
            else:
                switch(n, new)


def noun_after_its_modifier(words: list[dict]) -> None:
    """A word read as an adjective right after an adjective or determiner, with no noun after
    it, is the noun that modifier describes where BÍN has one in the same case and number that
    the modifier agrees with: "meiri mjólk" (more milk), not the adjective *mjólkur*."""
    for i in range(1, len(words)):
        w, mod = words[i], words[i - 1]
        if w["upos"] != "ADJ" or mod["upos"] not in ("ADJ", "DET") or "Case" not in w["feats"]:
            continue
        nxt = _next_word(words, i)
        if nxt is not None and nxt["upos"] in ("NOUN", "PROPN", "ADJ"):
            continue
        case = mod["feats"].get("Case")
        for noun in (r for r in options(w) if r["upos"] == "NOUN" and r["feats"].get("Case") == case):
            agreeing = mod if mod["feats"].get("Gender") == noun["feats"].get("Gender") else find(
                mod, lemma=mod["lemma"], upos=mod["upos"], feats={k: noun["feats"][k] for k in ("Case", "Number", "Gender") if k in noun["feats"]})
            if agreeing is None or mod["feats"].get("Number") not in (None, noun["feats"].get("Number")):
                continue
            if agreeing is not mod:
                switch(mod, agreeing)
            switch(w, noun)
            break


# Neuter pronouns of quantity an adjective follows as their predicate or attribute: "allt gott
# að frétta", "eitthvað nýtt", "ekkert slæmt", "margt skemmtilegt".
QUANTIFIERS = {"allt", "eitthvað", "ekkert", "margt", "fátt", "annað"}


def adjective_after_a_quantifier(words: list[dict]) -> None:
    """After *allt, eitthvað, ekkert, margt* a neuter singular that BÍN has both as a noun and
    as an adjective agreeing with the pronoun is the adjective (allt gott: góður, not the noun
    gott "sweets"), unless a noun follows for it to describe as a noun's attribute."""
    for i in range(1, len(words)):
        w, q = words[i], words[i - 1]
        if w["upos"] != "NOUN" or q["form"].lower() not in QUANTIFIERS or w["feats"].get("Gender") != "Neut" or w["feats"].get("Number") != "Sing":
            continue
        nxt = _next_word(words, i)
        if nxt is not None and nxt["upos"] in ("NOUN", "PROPN"):
            continue
        new = find(w, upos="ADJ", feats={"Case": w["feats"].get("Case"), "Number": "Sing", "Gender": "Neut"})
        if new is not None:
            switch(w, new)


def hver_the_pronoun(words: list[dict]) -> None:
    """*hver* is the pronoun "who, each, whoever" (hver sá sem, hver og einn), not the noun
    *hver* "hot spring", which needs a modifier or the article (heitur hver, hverinn) to be read so."""
    for i, w in enumerate(words):
        if w["form"].lower() != "hver" or w["upos"] != "NOUN":
            continue
        prev = words[i - 1] if i > 0 and not is_break(words[i - 1]) else None
        if prev is not None and prev["upos"] in ("ADJ", "DET", "NUM"):
            continue
        new = find(w, lemma="hver", upos="PRON", feats={"Case": "Nom", "Gender": "Masc"}) or find(w, lemma="hver", upos="PRON")
        if new is not None:
            switch(w, new)


def hafid_samband(words: list[dict]) -> None:
    """"Hafið samband" (get in touch, the notices' formula) is *hafa*'s plural imperative with its
    object, not the sea (*hafið*) or *hafinn* "begun" beside a nominative *samband*; with *þið*
    before it, the indicative."""
    for i, w in enumerate(words[:-1]):
        nxt = words[i + 1]
        if w["form"].lower() != "hafið" or nxt["form"].lower() != "samband" or (w["upos"] == "VERB" and w["feats"].get("Mood") == "Imp"):
            continue
        if any(t["form"].lower() == "þið" for t in words[max(0, i - 2):i]):
            continue  # "Þið hafið samband": the indicative, with its subject
        new = w if w["lemma"] == "hafa" and w["feats"].get("Mood") == "Imp" else find(w, lemma="hafa", feats={"Mood": "Imp", "Number": "Plur"})
        obj = find(nxt, lemma="samband", feats={"Case": "Acc"}) if nxt["feats"].get("Case") != "Acc" else nxt
        if new is not None and obj is not None:
            if new is w:
                w["upos"] = "VERB"  # hafa with an object is the main verb, not the auxiliary
            else:
                switch(w, {**new, "upos": "VERB"})
            if obj is not nxt:
                switch(nxt, obj)


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


def adjective_before_its_noun(words: list[dict]) -> None:
    """A word read as a noun right before a noun it cannot be in apposition with (another case
    or gender), which BÍN also has as an adjective agreeing with that noun in case, number and
    gender, is that adjective: "Góðan daginn" (góður, not the noun góða), "eftir langa
    fjarveru" (langur, not langi). The noun then takes the case the adjective shows, where its
    form allows (fjarveru: accusative after eftir, not genitive)."""
    keys = ("Case", "Number", "Gender")
    for i in range(len(words) - 1):
        w, noun = words[i], words[i + 1]
        if w["upos"] != "NOUN" or noun["upos"] != "NOUN" or w.get("kind") != "word":
            continue
        if all(w["feats"].get(k) == noun["feats"].get(k) for k in ("Case", "Gender")):
            continue  # could be apposition or a compound written apart
        unlikely = rare_lemmas(w["form"]) | marginal_lemmas(w["form"]) | marginal_lemmas(w["form"].lower())
        for adjective in (r for r in options(w) if r["upos"] == "ADJ" and (r["lemma"], "lo") not in unlikely):
            target = {k: adjective["feats"].get(k) for k in keys}
            # a noun before a genitive is mostly its head (stöðu mála), not an adjective
            if None in target.values() or target["Case"] == "Gen":
                continue
            if all(noun["feats"].get(k) == v for k, v in target.items()):
                switch(w, adjective)
                break
            recased = find(noun, lemma=noun["lemma"], upos="NOUN", feats=target)
            if recased is not None:
                switch(w, adjective)
                switch(noun, recased)
                break


def infinitive_marker(words: list[dict]) -> None:
    """*að* right before an infinitive is the infinitive marker (gaman að tala, velkomið að hafa
    samband), not the adverb or the conjunction "that"."""
    for i in range(len(words) - 1):
        w, nxt = words[i], words[i + 1]
        if w["form"].lower() != "að" or w["upos"] == "PART" or nxt["feats"].get("VerbForm") != "Inf" or nxt["upos"] not in ("VERB", "AUX"):
            continue
        new = find(w, lemma="að", upos="PART")
        if new is not None:
            switch(w, new)


def governor_names_the_verbs_lemma(words: list[dict]) -> None:
    """A governing verb is named as the verb's own token names it after every correction
    ("ber nafn hennar": bera, where the parse's governor still said berja). The verb is looked
    for within a window around the word it governs."""
    for i, w in enumerate(words):
        gov = w.get("governor")
        if not gov or gov.get("kind") != "verb":
            continue
        window = words[max(0, i - CLAUSE_WINDOW):i + CLAUSE_WINDOW]
        verb = next((t for t in window if t["form"] == gov.get("form") and t["upos"] in ("VERB", "AUX")), None)
        if verb is not None and verb["lemma"] != gov.get("lemma"):
            w["governor"] = {**gov, "lemma": verb["lemma"]}


def supine_after_hafa(words: list[dict]) -> None:
    """A neuter singular participle right after a finite *hafa* (or with an adverb or *fram* …
    between) is the supine, the perfect's form: "Eins og fram hefur komið" (has been stated),
    not a participle agreeing with nothing. After *hafa* and a nominative or accusative noun
    phrase it may be a predicate (hafa e-ð tilbúið), which this leaves."""
    for i, w in enumerate(words):
        f = w["feats"]
        if w["upos"] != "VERB" or f.get("VerbForm") != "Part" or f.get("Gender") != "Neut" or f.get("Number") != "Sing":
            continue
        j = i - 1
        while j >= 0 and not is_break(words[j]) and words[j]["upos"] in ("ADV", "PART"):
            j -= 1
        if j < 0 or words[j]["lemma"] != "hafa" or not is_finite(words[j]):
            continue
        new = find(w, lemma=w["lemma"], feats={"VerbForm": "Sup"})
        if new is not None:
            switch(w, new)


def impersonal_verb_is_third_person(words: list[dict]) -> None:
    """A verb beside a dative or accusative experiencer, with no 1st or 2nd person subject (Honum
    fannst, mér leið, mig langar), is 3rd person singular, whatever 1st person form BÍN shares
    with it (fannst is also "I was found")."""
    for i, w in enumerate(words):
        f = w["feats"]
        if w["upos"] not in ("VERB", "AUX") or not is_finite(w) or f.get("Person") == "3" or f.get("Mood") == "Imp":
            continue
        near = [t for t in words[max(0, i - 1):i + 2] if t is not w and not is_break(t)]
        experiencer = any(t["upos"] in ("PRON", "NOUN", "PROPN") and t["feats"].get("Case") in ("Dat", "Acc") for t in near)
        if not experiencer:
            continue
        # the clause, within a window: a text without punctuation must not cost a scan per verb
        clause_start = i
        while clause_start > max(0, i - CLAUSE_WINDOW) and not is_break(words[clause_start - 1]):
            clause_start -= 1
        clause_end = i
        while clause_end + 1 < min(len(words), i + CLAUSE_WINDOW) and not is_break(words[clause_end + 1]):
            clause_end += 1
        # a nominative in the clause is the subject the verb agrees with: a 3rd person one (mér
        # fannst bókin góð, honum fannst gaman) leaves the verb 3rd person; ég, þú, við, þið not
        subject = any(t["feats"].get("Case") == "Nom" and t["upos"] == "PRON" and t["feats"].get("Person") in ("1", "2")
                      for t in words[clause_start:clause_end + 1])
        if subject:
            continue
        new = find(w, lemma=w["lemma"], feats={"Person": "3", "Number": "Sing", "Tense": f.get("Tense"), "Mood": f.get("Mood")})
        if new is not None:
            switch(w, new)
        elif "Person" not in f:
            w["feats"] = {**f, "Person": "3", "Number": "Sing"}


def tha_object_of_a_transitive_verb(words: list[dict]) -> None:
    """*þá* right after a verb that takes an accusative object, with a preposition or the end of
    the clause after it, is that object, "them" (geyma þá í töskunni, hitti þá á morgun), not
    the adverb "then": nothing else there could be the object. Before *að* or another word the
    adverb stays (sá þá að …)."""
    for i in range(1, len(words)):
        w, verb = words[i], words[i - 1]
        if w["form"].lower() != "þá" or w["upos"] != "ADV" or verb["upos"] != "VERB":
            continue
        if "þf" not in verb_object_cases(verb["lemma"]) or verb["feats"].get("Voice") == "Mid":
            continue
        nxt = _next_word(words, i)
        # "vinna þá báða": a floating báðir/allir agreeing with it shows þá is the object too
        floating = nxt is not None and nxt["upos"] in ("PRON", "DET") and all(
            nxt["feats"].get(k) == v for k, v in (("Case", "Acc"), ("Number", "Plur"), ("Gender", "Masc")))
        if nxt is not None and nxt["upos"] != "ADP" and not floating:
            continue
        new = find(w, lemma="hann", upos="PRON", feats={"Case": "Acc", "Number": "Plur", "Gender": "Masc"})
        if new is not None:
            switch(w, new)


def coordinated_adjectives(words: list[dict]) -> None:
    """In a list of predicate adjectives ("dimmt, hljótt og svalt") each member agrees with the
    first: a later one read as a participle (svalt: svelta "starve") or an adverb (hljótt) is
    the adjective of its form that agrees (svalur, hljóður)."""
    for i, w in enumerate(words):
        if w["upos"] != "ADJ" or "Case" not in w["feats"] or w.get("kind") != "word":
            continue
        want = {k: w["feats"].get(k) for k in ("Case", "Number", "Gender")}
        j = i + 1
        while j + 1 < len(words) and words[j]["form"] in (",", "og"):
            member = words[j + 1]
            if member["upos"] == "ADJ":
                j += 2
                continue
            new = next((r for r in options(member) if r["upos"] == "ADJ" and all(r["feats"].get(k) == v for k, v in want.items())), None)
            after = words[j + 2] if j + 2 < len(words) else None
            continues = after is not None and after["form"] in (",", "og")
            ends = after is None or (is_break(after) and after["form"] != ",")
            # an adverb only inside the list (hljótt, og …), a verb form only as its last member
            # (… og svalt.): "falleg og hleypur hratt" goes on with a verb phrase
            fits = ((member["upos"] == "ADV" and continues) or (member["upos"] == "VERB" and words[j]["form"] == "og" and ends))
            if new is None or not fits:
                break
            switch(member, new)
            j += 2


def core_noun_of_the_same_gender(words: list[dict]) -> None:
    """A noun read under a headword BÍN keeps outside its core (marginal) where the same form is
    a core noun of the same gender in the same case, if in another number: "umsóknir um styrki"
    is *styrkur* "grant" (plural), not BÍN's website-only *styrkir* (singular), which no
    dictionary glosses. (The ninth pass's rule takes only another gender's noun in the same
    number, leaving a same-gender pair as one word entered twice; here the number differs, so
    they are two readings, and the core one is the word.)"""
    for w in words:
        if w["upos"] != "NOUN" or w.get("kind") != "word":
            continue
        marginal = marginal_lemmas(w["form"].lower()) | marginal_lemmas(w["form"])
        if (w["lemma"], _ordfl_of(w)) not in marginal:
            continue
        core = [r for r in options(w) if r["upos"] == "NOUN" and (r["lemma"], _ordfl_of(r)) not in marginal
                and r["feats"].get("Gender") == w["feats"].get("Gender") and r["feats"].get("Case") == w["feats"].get("Case")]
        # the same number under both: one word entered twice (mistak/mistök, tónleikur/tónleikar),
        # where the treebanks disagree among themselves; left as the ninth pass leaves it
        if core and not any(r["feats"].get("Number") == w["feats"].get("Number") for r in core):
            switch(w, core[0])


_GENDER_ORDFL = {"Masc": "kk", "Fem": "kvk", "Neut": "hk"}


def _ordfl_of(r: dict) -> str:
    return _GENDER_ORDFL.get(r["feats"].get("Gender", ""), "")


# Spans of time *á* takes in the dative, a point within them: á tíundu mínútu, á hverju ári, á
# síðustu öld. (Days of the week take the accusative: á mánudaginn.)
DATIVE_TIME_SPANS = {"sekúnda", "mínúta", "klukkustund", "ár", "öld", "áratugur", "tímabil", "kjörtímabil", "ævi", "misseri", "önn"}


def dative_time_after_a(words: list[dict]) -> None:
    """*á* before a span of time with an ordinal or determiner is the dative (á tíundu mínútu);
    the parse can make the phrase accusative, as after á with days of the week."""
    for i, a in enumerate(words[:-1]):
        if a["form"].lower() != "á" or a["upos"] != "ADP":
            continue
        span = _phrase_after(words, i, "Acc")
        if not span or span[-1]["lemma"] not in DATIVE_TIME_SPANS:
            continue
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
DURATION_VERBS = {"vera", "búa", "gista", "sitja", "standa", "liggja", "dvelja", "bíða", "vaka", "sofa", "eiga", "starfa", "vinna", "haldast", "endast"}


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
    year 2001), not a nominative subject; it governs itself, no verb governs it."""
    for i in range(len(words) - 1):
        w, year = words[i], words[i + 1]
        if w["form"].lower() != "árið" or not (year["form"].isdigit() and len(year["form"]) == 4):
            continue
        if w["feats"].get("Case") != "Acc":
            new = find(w, lemma="ár", upos="NOUN", feats={"Case": "Acc", "Number": "Sing", "Definite": "Def"})
            if new is None:
                continue
            switch(w, new)
        if (w.get("governor") or {}).get("kind") == "verb":
            w.pop("governor", None)


def month_in_a_date(words: list[dict]) -> None:
    """In a date (fimmtudaginn 20. mars, fyrir 15. mars) the month stands in the case of the
    day it names: the weekday's before it, or the one its preposition governs."""
    for i in range(2, len(words)):
        month, day, before = words[i], words[i - 1], words[i - 2]
        if month["lemma"] not in MONTHS or not day["form"].rstrip(".").isdigit() or not day["form"].endswith("."):
            continue
        case = before["feats"].get("Case") if before["upos"] == "NOUN" and before["lemma"].endswith("dagur") else None
        if before["upos"] == "ADP":
            case = UD_CASE.get(PREPOSITION_CASE.get(before["form"].lower(), ""))
        if case is None or month["feats"].get("Case") == case:
            continue
        new = _same_form_in(month, case)
        if new is not None:
            switch(month, new)


# Nouns whose "á" takes the accusative: what is attacked, taxed, affected, stressed, believed in
# (árás á herstöð, tollar á vörur, áhrif á fólk, áhersla á menntun, trú á framtíðina). Compounds
# count by their last part (loftárás, innflutningstollur). Not áhugi, vald, ábyrgð, which take
# the dative.
ACCUSATIVE_A_NOUNS = ("árás", "tollur", "skattur", "gjald", "áhrif", "áhersla", "trú", "sókn")


def accusative_after_noun_a(words: list[dict]) -> None:
    """The noun phrase after such a noun and *á* is accusative, where the parse made it dative
    (loftárás á herstöð í Jórdaníu)."""
    for i in range(1, len(words) - 1):
        a, head = words[i], words[i - 1]
        if a["form"].lower() != "á" or a["upos"] != "ADP" or head["upos"] != "NOUN":
            continue
        if not head["lemma"].endswith(ACCUSATIVE_A_NOUNS):
            continue
        span = _phrase_after(words, i, "Dat")
        news = [_same_form_in(n, "Acc") for n in span]
        if span and all(n is not None for n in news):
            for n, new in zip(span, news):
                gov = n.get("governor")
                switch(n, new)  # drops a governor of the old case: á still governs, now the accusative
                if gov is not None and gov.get("lemma") == "á":
                    n["governor"] = {**gov, "case": "Acc"}


# thvi_after_a_preposition runs again: later passes turn words into prepositions (frá, read as
# the adjective frár, in "langt frá því að").
PASS10_RULES_HEAD = [instructions_in_the_imperative, core_noun_of_the_same_gender, coordinated_adjectives, tha_object_of_a_transitive_verb, supine_after_hafa, impersonal_verb_is_third_person, the_year_is_accusative, infinitive_marker, adjective_before_its_noun, number_range, no_governor_inside_a_fixed_adverb, hafid_samband, dative_time_after_a, time_adverbial_has_no_governor, month_in_a_date, noun_after_its_modifier, adjective_after_a_quantifier, hver_the_pronoun, thvi_after_a_preposition, among_not_medicine, accusative_after_noun_a, rett_is_just_or_rightly, sem_is_the_relative, frekar_is_rather, belief_in, example_not_judge, satt_is_true]

PASS10_RULES = PASS10_RULES_HEAD + [governor_names_the_verbs_lemma]
