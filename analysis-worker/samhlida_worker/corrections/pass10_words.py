"""Tenth pass (2026-12-07, late), words: readings the parse gives to very common words that a
learner would be misled by (sem, rétt, satt, hver, meðal, þá), nouns and adjectives that agree
with their neighbours, and the case after nouns that take *á* with the accusative. Each moves a
word only to another of its BÍN readings."""

from ..lexicon import bin_entries, marginal_lemmas, rare_lemmas
from .common import find, is_break, is_finite, options, switch, verb_object_cases
from .lemmas import _ordfl
from .pass10_common import CLAUSE_WINDOW, _next_word
from .prepositions import _phrase_after, _same_form_in


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


DEGREE_ADVERBS = {"mjög", "svo", "of", "afar", "ótrúlega", "rosalega", "ansi", "alveg", "frekar"}


def frekar_is_rather(words: list[dict]) -> None:
    """*frekar* is the adverb "rather, fairly" (viljum frekar hafa; á frekar góðum tíma) unless
    a plural noun it agrees with follows (frekar kröfur "pushy demands", of frekur)."""
    for i, w in enumerate(words):
        if w["form"].lower() != "frekar" or w["upos"] != "ADJ":
            continue
        nxt = _next_word(words, i)
        if nxt is not None and nxt["upos"] == "NOUN" and nxt["feats"].get("Number") == "Plur" and nxt["feats"].get("Case") == w["feats"].get("Case"):
            continue
        prev = words[i - 1] if i > 0 else None
        if prev is not None and prev["form"].lower() in DEGREE_ADVERBS:
            continue  # "mjög frekar við hann": very pushy
        if prev is not None and prev["lemma"] in ("vera", "verða") and (nxt is None or nxt["upos"] == "ADP"):
            continue  # "Stelpurnar voru frekar við hann": the predicate, pushy
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
        after = words[i + 2] if i + 2 < len(words) else None
        if (after is not None and after["form"].lower() == "meðan") or any(t["feats"].get("Case") == "Dat" for t in words[max(0, i - 2):i]):
            continue  # "Hún var honum trú á meðan …": faithful to him (trúr + dative)
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
        if prev is None and any(t["feats"].get("Case") == "Nom" and t["upos"] in ("PRON", "NOUN", "PROPN") for t in words[i + 1:i + 4] if t["upos"] != "ADV"):
            continue  # "Dæmi nú hver fyrir sig": let each judge, with its subject
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
        if any(t["upos"] == "NOUN" and t["feats"].get("Case") == "Nom" and t["feats"].get("Gender") == "Neut" for t in words[max(0, i - 3):i]):
            continue  # "Barnið var satt": a neuter noun's predicate, full (saddur)
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
        if after_copula and any(t["form"].lower() in ("það", "þetta") for t in words[max(0, i - 3):i]) and not (nxt is not None and nxt["upos"] == "NUM"):
            continue  # "Það var rétt hjá þér": right, the predicate of það
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
        before_a = words[i - 2] if i >= 2 else None
        owns = prev is not None and prev["lemma"] == "eiga" and before_a is not None and before_a["feats"].get("Case") == "Nom" and before_a["upos"] in ("PRON", "NOUN", "PROPN")
        after_a = prev is not None and prev["form"].lower() == "á" and not owns  # "Ég á meðal við kvefi": I have medicine
        if w["upos"] == "NOUN" and (after_a or (nxt is not None and nxt["feats"].get("Case") == "Gen")):
            new = find(w, lemma="meðal", upos="ADP")
            if new is not None:
                switch(w, new)
        if after_a and prev["lemma"] == "eiga":
            new = find(prev, lemma="á", upos="ADP")
            if new is not None:
                switch(prev, new)


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
        if (w["lemma"], _ordfl(w)) not in marginal:
            continue
        core = [r for r in options(w) if r["upos"] == "NOUN" and (r["lemma"], _ordfl(r)) not in marginal
                and r["feats"].get("Gender") == w["feats"].get("Gender") and r["feats"].get("Case") == w["feats"].get("Case")]
        # the same number under both: one word entered twice (mistak/mistök, tónleikur/tónleikar),
        # where the treebanks disagree among themselves; left as the ninth pass leaves it
        if core and not any(r["feats"].get("Number") == w["feats"].get("Number") for r in core):
            switch(w, core[0])


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


def tha_object_of_a_transitive_verb(words: list[dict]) -> None:
    """*þá* right after a verb that takes an accusative object, with a preposition after it, is
    that object, "them" (geyma þá í töskunni, hitti þá á morgun), not the adverb "then":
    nothing else there could be the object. Not when the clause has its object or a question
    word before the verb (Hvað gerðirðu þá í gær?), nor at a clause's end or before *að*."""
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
        if nxt is None or (nxt["upos"] != "ADP" and not floating):
            continue  # at the end of a clause þá is as often "then" (Hvað gerðirðu þá?)
        before = words[max(0, i - 1 - CLAUSE_WINDOW):i - 1]
        start = max((k for k, t in enumerate(before) if is_break(t)), default=-1) + 1
        if any(t["form"].lower() in ("hvað", "hvern", "hverja", "hvert") or (t["feats"].get("Case") == "Acc" and t["upos"] in ("NOUN", "PRON", "PROPN"))
               for t in before[start:]):
            continue  # the verb has its object already (Hvað gerðirðu þá í gær?)
        new = find(w, lemma="hann", upos="PRON", feats={"Case": "Acc", "Number": "Plur", "Gender": "Masc"})
        if new is not None:
            switch(w, new)


# Nouns whose "á" takes the accusative: what is attacked, taxed, affected, stressed, believed in
# (árás á herstöð, tollar á vörur, áhrif á fólk, áhersla á menntun, trú á framtíðina). Compounds
# count by their last part (loftárás, innflutningstollur). Not áhugi, vald, ábyrgð, which take
# the dative.
ACCUSATIVE_A_NOUNS = ("árás", "tollur", "skattur", "gjald", "áhrif", "áhersla", "trú", "sókn")


# Words that end like those nouns but are others: a visit, attendance, an application.
NOT_ACCUSATIVE_A_NOUNS = {"heimsókn", "aðsókn", "umsókn", "ásókn", "eftirsókn"}


def accusative_after_noun_a(words: list[dict]) -> None:
    """The noun phrase after such a noun and *á* is accusative, where the parse made it dative
    (loftárás á herstöð í Jórdaníu)."""
    for i in range(1, len(words) - 1):
        a, head = words[i], words[i - 1]
        if a["form"].lower() != "á" or a["upos"] != "ADP" or head["upos"] != "NOUN":
            continue
        if not head["lemma"].endswith(ACCUSATIVE_A_NOUNS) or head["lemma"] in NOT_ACCUSATIVE_A_NOUNS:
            continue
        span = _phrase_after(words, i, "Dat")
        if span and span[-1]["upos"] == "PROPN" and not head["lemma"].endswith("árás"):
            continue  # "Skattar á Ítalíu": where the tax is, dative of place
        news = [_same_form_in(n, "Acc") for n in span]
        if span and all(n is not None for n in news):
            for n, new in zip(span, news):
                gov = n.get("governor")
                switch(n, new)  # drops a governor of the old case: á still governs, now the accusative
                if gov is not None and gov.get("lemma") == "á":
                    n["governor"] = {**gov, "case": "Acc"}


# Plurals BÍN files under two headwords, where the plural-only one is the word in use: föt
# "clothes", not the plural of fat "platter, dish".
PLURAL_HEADWORDS = {"fat": "föt"}


def plural_only_headword(words: list[dict]) -> None:
    for i, w in enumerate(words):
        plural = PLURAL_HEADWORDS.get(w["lemma"])
        if plural is None or w["upos"] != "NOUN" or w["feats"].get("Number") != "Plur":
            continue
        if any(t["upos"] == "NUM" for t in words[max(0, i - 3):i]):
            continue  # counted: "tvö stór föt" are platters (a plural-only noun takes tvenn)
        new = find(w, lemma=plural, upos="NOUN", feats={"Case": w["feats"].get("Case", ""), "Number": "Plur"})
        if new is not None:
            switch(w, new)


def opening_adjective(words: list[dict]) -> None:
    """The first word of a sentence, heading or quotation (or after a colon), read as an adverb
    or a name ("Ný íslensk kvikmynd", "Til leigu: Falleg íbúð"), is the
    adjective of its form where that agrees in case, number and gender with the noun or
    adjective right after it: a capital there says nothing."""
    for i, w in enumerate(words):
        opens = i == 0 or (is_break(words[i - 1]) and words[i - 1]["form"] not in (",", ";"))
        if not opens or w["upos"] not in ("ADV", "PROPN") or w.get("kind") not in ("word", "name"):
            continue
        nxt = words[i + 1] if i + 1 < len(words) else None
        if nxt is None or nxt["upos"] not in ("NOUN", "ADJ"):
            continue
        for r in (r for r in options(w) if r["upos"] == "ADJ"):
            want = {k: r["feats"].get(k) for k in ("Case", "Number", "Gender")}
            if None in want.values():
                continue
            # a weak form before a noun only, and as strong or weak as an adjective after it ("Illa
            # farin kona": illa stays the adverb)
            if r["feats"].get("Definite") == "Def" and nxt["upos"] != "NOUN":
                continue
            if nxt["upos"] == "ADJ" and nxt["feats"].get("Definite") != r["feats"].get("Definite"):
                continue
            # the very next word: "Þannig var það" must not make þannig an adjective of var
            if all(nxt["feats"].get(k) == v for k, v in want.items()):
                switch(w, r)
                w["kind"] = "word"
                w.pop("name", None)
                break


def numeral_agrees_with_its_noun(words: list[dict]) -> None:
    """A number word takes the gender of the noun it counts (þriggja herbergja: neuter, eins
    árs: neuter): where the parse gave it another gender in the same case and number, the
    noun's, if BÍN has the number in it."""
    for i in range(len(words) - 1):
        num, noun = words[i], words[i + 1]
        if num["upos"] != "NUM" or noun["upos"] != "NOUN" or "Gender" not in num["feats"]:
            continue
        if num["feats"].get("Gender") == noun["feats"].get("Gender"):
            continue
        if any(num["feats"].get(k) != noun["feats"].get(k) for k in ("Case", "Number") if k in num["feats"]):
            continue
        new = find(num, lemma=num["lemma"], upos="NUM", feats={k: noun["feats"][k] for k in ("Case", "Number", "Gender") if k in noun["feats"]})
        if new is not None:
            switch(num, new)


# Verbs of seeming with a dative experiencer, after which a neuter form is the adjective the
# experiencer feels: "Mér þótti leitt" (sorry: leiður), not the participle of leiða "lead".
SEEMING_VERBS = {"þykja", "finna"}


def adjective_after_a_verb_of_seeming(words: list[dict]) -> None:
    for i in range(1, len(words)):
        w = words[i]
        if w["upos"] != "VERB" or w["feats"].get("VerbForm") != "Part" or w["feats"].get("Gender") != "Neut":
            continue
        j = i - 1
        while j > 0 and words[j]["upos"] == "ADV" and not is_break(words[j]):
            j -= 1
        verb = words[j]
        if verb["lemma"] not in SEEMING_VERBS or (verb["lemma"] == "finna" and verb["feats"].get("Voice") != "Mid"):
            continue
        # an adjective of its own (leiður "sorry"), not the participle's (leiddur: "þeim fannst
        # ekki hlustað á sig" is the impersonal passive, and stays the verb)
        new = next((r for r in options(w) if r["upos"] == "ADJ" and not _participle_adjective(r["lemma"], w["lemma"])
                    and all(r["feats"].get(k) == v for k, v in (("Case", "Nom"), ("Number", "Sing"), ("Gender", "Neut")))), None)
        if new is not None:
            switch(w, new)


def _participle_adjective(adjective: str, verb: str) -> bool:
    """Whether BÍN files the adjective as the verb's past participle (leiddur: leiða)."""
    return any(lemma == verb and ordfl == "so" and mark.startswith("LHÞT") for lemma, ordfl, _d, mark in bin_entries(adjective))


def thvi_because_before_a_subject(words: list[dict]) -> None:
    """*því* read as the adverb "therefore" before a subject and its verb is the conjunction
    "because" (…, því heit gufa getur valdið brunasárum): an adverb opening a clause puts the
    verb straight after it (því getur gufan …), so a subject there shows a subordinate clause."""
    for i, w in enumerate(words):
        if w["form"].lower() != "því" or w["upos"] != "ADV":
            continue
        k = i + 1
        subject = False
        while k < len(words) and k <= i + 4 and words[k]["upos"] in ("ADJ", "DET", "NUM", "NOUN", "PROPN", "PRON"):
            subject = subject or (words[k]["feats"].get("Case") == "Nom" and words[k]["upos"] in ("NOUN", "PROPN", "PRON"))
            k += 1
        if not subject or k >= len(words) or not is_finite(words[k]):
            continue
        new = find(w, lemma="því", upos="SCONJ")
        if new is not None:
            switch(w, new)
