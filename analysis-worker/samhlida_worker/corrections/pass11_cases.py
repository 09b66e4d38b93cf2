"""The eleventh pass: the case a preposition or particle gives, and nouns of time and place."""

from reynir.settings import Prepositions

from .common import find, is_break, is_verb, options, switch, UD_CASE
from .pass10_time import A_ACCUSATIVE_VERBS, MONTHS
from .pass10_words import ACCUSATIVE_A_NOUNS
from .pass11_common import AIMING_VERBS, TIME_AFTER_I, _verb_name
from .prepositions import _phrase_after, _same_form_in


def _recase_governed(span: list[dict], case: str, preposition: dict) -> None:
    """The phrase after a preposition into `case`, if BÍN has every word of it so, each word
    naming the preposition as what governs its case."""
    news = [_same_form_in(n, case) for n in span]
    if not span or any(n is None for n in news):
        return
    for n, new in zip(span, news):
        switch(n, new)
        n["governor"] = {"kind": "preposition", "lemma": preposition["lemma"], "form": preposition["form"], "case": case}


# Prepositions that govern one case only and also stand as a verb's particle (greina frá,
# segja frá, fara af): before a noun phrase they are its preposition. Not til: "leggja til
# peninga" "contribute money" has the particle and an accusative object.
ONE_CASE_PARTICLES = ("frá", "af", "úr", "hjá", "um")


# Verbs with one of those as a particle and an object of their own: taka frá herbergi "reserve a room".
PARTICLE_VERBS = {("taka", "frá"), ("leggja", "af"), ("taka", "af"), ("skilja", "frá")}


def particle_before_a_noun_phrase(words: list[dict]) -> None:
    """A one-case preposition (frá, af, úr, hjá, til, um) read as a verb's particle and followed
    at once by a noun phrase in a case it cannot govern is that phrase's preposition, and the
    phrase takes its case where BÍN has every word in it: "greindi frá einelti" (dative, not the
    object of greina in the accusative). A nominative phrase after it is the business of
    preposition_read_as_adverb; a phrase with no form in the case is left, and so are the
    particles of PARTICLE_VERBS."""
    for i, p in enumerate(words[:-1]):
        form = p["form"].lower()
        if form not in ONE_CASE_PARTICLES or p["upos"] != "ADV":
            continue
        verb = next((t for t in reversed(words[max(0, i - 4):i]) if is_verb(t)), None)
        if verb is not None and (verb["lemma"], form) in PARTICLE_VERBS:
            continue
        cases = Prepositions.PP.get(form, set())
        if len(cases) != 1:
            continue
        case = UD_CASE[next(iter(cases))]
        span = []
        for n in words[i + 1:i + 5]:
            if n["upos"] not in ("ADJ", "DET", "PRON", "NUM", "NOUN", "PROPN") or "Case" not in n["feats"]:
                break
            span.append(n)
            if n["upos"] in ("NOUN", "PROPN"):
                break
        if not span or span[-1]["upos"] not in ("NOUN", "PROPN") or any(n["feats"]["Case"] in ("Nom", case) for n in span):
            continue
        targets = [find(n, lemma=n["lemma"], upos=n["upos"], feats={k: n["feats"][k] for k in ("Number", "Gender") if k in n["feats"]} | {"Case": case})
                   for n in span]
        preposition = find(p, lemma=p["lemma"], upos="ADP")
        if any(t is None for t in targets) or preposition is None:
            continue
        switch(p, preposition)
        for n, t in zip(span, targets):
            switch(n, t)


def _unambiguous_case(noun: dict) -> bool:
    """BÍN has the noun's form, in its number, in one case only (niðurstöðum)."""
    return not any(r["lemma"] == noun["lemma"] and r["upos"] == "NOUN" and r["feats"].get("Number") == noun["feats"].get("Number")
                   and r["feats"].get("Case") != noun["feats"].get("Case") for r in options(noun))


def modifier_takes_its_nouns_case(words: list[dict]) -> None:
    """A determiner or pronoun of the noun phrase (sami, þessi, allur, enginn …) right before a
    noun whose form has one case only agrees with it in case, number and gender, where it has
    such a reading: "komumst að sömu niðurstöðum" (dative plural feminine, not the nominative
    masculine the parse gave sömu)."""
    for i, w in enumerate(words[:-1]):
        noun = words[i + 1]
        if w["upos"] not in ("DET", "PRON") or w["lemma"] not in NOUN_PHRASE_PRONOUNS or noun["upos"] != "NOUN":
            continue
        want = {k: noun["feats"][k] for k in ("Case", "Number", "Gender") if k in noun["feats"]}
        if "Case" not in w["feats"] or all(w["feats"].get(k) == v for k, v in want.items()) or not _unambiguous_case(noun):
            continue
        new = find(w, lemma=w["lemma"], upos=w["upos"], feats=want)
        if new is not None:
            switch(w, new)


NOUN_PHRASE_PRONOUNS = {"sami", "þessi", "sá", "allur", "enginn", "nokkur", "einhver", "annar", "hver", "hvor", "sérhver",
                        "minn", "þinn", "sinn", "vor", "hinn", "ýmis", "sumur", "báðir", "fáeinir", "margur"}


# With a word of quantity before it a noun of time after í says how long, in the accusative (í
# stutta stund, í mörg ár, í langan tíma); with an ordinal, superlative or demonstrative, which
# point to one span, when, in the dative (í síðustu viku, í þessum mánuði).
HOW_LONG = {"margur", "nokkur", "langur", "stuttur", "smár", "heill", "fáeinir", "einn", "tveir", "þrír", "fjórir"}


WHICH_ONE = {"síðari", "síðastur", "næstur", "fyrstur", "sami", "þessi", "sá", "hinn", "nýliðinn", "liðinn", "komandi"}


def time_after_i(words: list[dict]) -> None:
    """í + a noun of time (TIME_AFTER_I) with its modifiers: accusative after a word of
    quantity or a number ("Það rigndi í stutta stund"), dative after a word that picks one
    span ("Hún kom í síðustu viku"); the modifiers agree. Left alone when BÍN has not every
    word in that case."""
    for i, p in enumerate(words[:-2]):
        if p["form"].lower() != "í" or p["upos"] != "ADP":
            continue
        span = []
        for n in words[i + 1:i + 4]:
            if n["upos"] not in ("ADJ", "DET", "PRON", "NUM", "NOUN") or n.get("kind") not in ("word", "number"):
                break
            span.append(n)
            if n["upos"] == "NOUN":
                break
        if len(span) < 2 or span[-1]["upos"] != "NOUN" or span[-1]["lemma"] not in TIME_AFTER_I:
            continue
        first = span[0]
        if first["lemma"] in WHICH_ONE:
            case = "Dat"
        elif first["lemma"] in HOW_LONG or first["upos"] == "NUM":
            case = "Acc"
        else:
            continue
        noun = span[-1]
        if all(n["feats"].get("Case") == case for n in span if "Case" in n["feats"]):
            continue
        nouns = [r for r in options(noun) + [noun] if r["lemma"] == noun["lemma"] and r["upos"] == "NOUN" and r["feats"].get("Case") == case]
        for target in sorted(nouns, key=lambda r: r["feats"].get("Number") != noun["feats"].get("Number")):
            agree = {k: target["feats"][k] for k in ("Case", "Number", "Gender") if k in target["feats"]}
            modifiers = [m if all(m["feats"].get(k) == v for k, v in agree.items()) or "Case" not in m["feats"] and m["upos"] == "NUM"
                         else find(m, lemma=m["lemma"], upos=m["upos"], feats=agree) for m in span[:-1]]
            if any(m is None for m in modifiers):
                continue
            if target is not noun:
                switch(noun, target)
            for m, new in zip(span[:-1], modifiers):
                if new is not m:
                    switch(m, new)
            for n in span:
                n["governor"] = {"kind": "preposition", "lemma": "í", "form": p["form"], "case": case}
            break


def aimed_at_after_a(words: list[dict]) -> None:
    """á after a verb of aiming or throwing (AIMING_VERBS) in its clause takes the accusative,
    also with other phrases between (eldflaug skotið frá norðurhluta Íraks á herstöð): where
    the parse gave the phrase after á the dative and BÍN has every word of it in the accusative,
    it is the accusative. Only where no á- or í-phrase comes between ("henti grjóti í gluggann
    á efri hæð hússins": the second is where), past an auxiliary ("Ráðist var á stúlku"), and
    not a span of time."""
    for i, a in enumerate(words[:-1]):
        if a["form"].lower() != "á" or a["upos"] != "ADP":
            continue
        span = _phrase_after(words, i, "Dat")
        if not span:
            continue
        if span[-1]["lemma"] in TIME_AFTER_I:
            continue  # "skaut á markið á síðustu mínútu": when, not where to
        verb = None
        for j in range(i - 1, max(-1, i - 12), -1):
            t = words[j]
            if is_break(t) or (t["form"].lower() in ("á", "í") and t["upos"] == "ADP"):
                break  # after a first á- or í-phrase (the target) this one says where or when
            if is_verb(t) and not (t["upos"] == "AUX" and t["lemma"] in ("vera", "verða", "hafa")):
                verb = t
                break
        if verb is None or _verb_name(verb) not in AIMING_VERBS:
            continue
        _recase_governed(span, "Acc", a)


# Verbs of going or putting somewhere, after which á/í + accusative plural is at home (fara á
# fundi "go to meetings", setja í kassa).
MOTION_VERBS = {"fara", "koma", "mæta", "senda", "setja", "leggja", "flytja", "bjóða", "boða", "kalla", "ganga", "hlaupa",
                "aka", "keyra", "fljúga", "sigla", "skipta", "breyta", "skrá", "vísa", "líta", "horfa", "minna", "treysta"}


def place_is_dative_singular(words: list[dict]) -> None:
    """A masculine noun whose form is both the dative singular and the accusative plural
    (fundi, velli, viðburði) right after á or í, with nothing beside it to say it is plural,
    is where something happens, dative singular: "á blaðamannafundi í Genf", "sigur á
    útivelli". Not after a verb of going, putting, aiming or trusting (MOTION_VERBS,
    AIMING_VERBS, A_ACCUSATIVE_VERBS: "fara á fundi", "réðst á gesti", "treystir á gesti"),
    after a noun whose á takes the accusative ("trú á sjóði"), nor for spans of time ("í
    áratugi": for decades)."""
    for i, p in enumerate(words[:-1]):
        if p["form"].lower() not in ("á", "í") or p["upos"] != "ADP":
            continue
        n = words[i + 1]
        if n["upos"] != "NOUN" or n["feats"].get("Gender") != "Masc" or n["feats"].get("Case") != "Acc" or n["feats"].get("Number") != "Plur":
            continue
        if n["lemma"] in TIME_AFTER_I:
            continue  # "í áratugi", "í mánuði": for decades, for months
        nxt = words[i + 2] if i + 2 < len(words) else None
        if nxt is not None and nxt["upos"] in ("ADJ", "DET", "PRON", "NUM") and nxt["feats"].get("Case") == "Acc" and nxt["feats"].get("Number") == "Plur":
            continue  # "fundi sína": an attribute after it says plural
        before = words[i - 1] if i > 0 else None
        if before is not None and before["upos"] == "NOUN" and before["lemma"].endswith(ACCUSATIVE_A_NOUNS):
            continue  # "trú á sjóði": what is believed in, accusative
        dative = find(n, lemma=n["lemma"], upos="NOUN", feats={"Case": "Dat", "Number": "Sing"})
        if dative is None:
            continue
        verb = next((w for w in reversed(words[max(0, i - 8):i]) if is_verb(w) and not (w["upos"] == "AUX" and w["lemma"] in ("vera", "verða", "hafa"))), None)
        if verb is not None and {verb["lemma"], _verb_name(verb)} & (MOTION_VERBS | AIMING_VERBS | A_ACCUSATIVE_VERBS):
            continue  # (skiptist í þætti: skipta, in the middle voice)
        switch(n, dative)
        n["governor"] = {"kind": "preposition", "lemma": p["lemma"], "form": p["form"], "case": "Dat"}


# Verbs of change, after which "um" + a number is "by" (hækka um 70 prósent), a preposition.
CHANGE_VERBS = {"hækka", "lækka", "aukast", "auka", "fjölga", "fækka", "minnka", "vaxa", "hagnast", "tapa", "batna",
                "versna", "lengja", "stytta", "breyta", "bæta", "dragast", "hækkun", "lækkun", "aukning", "fjölgun", "fækkun"}


def um_before_a_number(words: list[dict]) -> None:
    """"um" right before a number is the adverb "about" (um 2.500 hermenn, fyrir um 300 miða),
    unless a verb or noun of change before it makes it the preposition "by" (hækkaði um 70
    prósent, hækkun um 5 %) or a noun governs it (spurning um 7.)."""
    for i, w in enumerate(words[:-1]):
        if w["form"].lower() != "um" or w["upos"] != "ADP":
            continue
        nxt = words[i + 1]
        if not (nxt["upos"] == "NUM" or nxt.get("kind") == "number"):
            continue
        if i > 0 and words[i - 1]["upos"] == "NOUN":
            continue  # "spurning um 7.", "hækkun um 5 %": the noun governs it
        verb = next((t for t in reversed(words[max(0, i - 6):i]) if is_verb(t) or is_break(t)), None)
        if verb is not None and is_verb(verb) and {verb["lemma"], _verb_name(verb)} & CHANGE_VERBS:
            continue
        adverb = find(w, lemma="um", upos="ADV")
        if adverb is not None:
            switch(w, adverb)


# Adverbs of motion towards (inn, út, upp, niður): before á or í they make it "into, onto",
# accusative; their static twins (inni, úti, uppi, niðri) take the dative. Not fram: mostly a
# verb's particle before a phrase of its own (lögð fram í ágúst, fer fram í maí).
TOWARDS = {"inn", "út", "upp", "niður"}


def towards_after_an_adverb_of_motion(words: list[dict]) -> None:
    """á or í right after inn, út, upp, niður, fram is "into, onto", the accusative: "inn á
    heimili", "út á götu", "upp í sveit", "niður í bæ". Where the parse gave the phrase after it
    the dative and BÍN has every word of it in the accusative, it is the accusative; not a
    phrase of time (kom út í maí: a particle, then when)."""
    for i, p in enumerate(words[1:-1], 1):
        if p["form"].lower() not in ("á", "í") or p["upos"] != "ADP" or words[i - 1]["form"].lower() not in TOWARDS:
            continue
        span = _phrase_after(words, i, "Dat")
        if span and span[-1]["lemma"] not in TIME_AFTER_I | MONTHS:
            _recase_governed(span, "Acc", p)


# Abstract nouns *undir* takes in the dative, "under the direction, leadership, influence of":
# undir stjórn nýs þjálfara, undir forystu hans, undir áhrifum áfengis. (undir + accusative is
# motion: fór undir borðið.)
UNDER_DATIVE = {"stjórn", "forysta", "handleiðsla", "leiðsögn", "eftirlit", "áhrif", "þrýstingur", "nafn", "merki",
                "yfirskrift", "umsjón", "vernd", "ábyrgð", "verkstjórn", "ritstjórn", "formennska"}


def under_the_direction_of(words: list[dict]) -> None:
    """*undir* before one of UNDER_DATIVE (after its attributes, or an owner: undir hans stjórn)
    takes the dative, where the parse gave the accusative of motion and BÍN has every word in
    the dative."""
    for i, p in enumerate(words[:-1]):
        if p["form"].lower() != "undir" or p["upos"] != "ADP":
            continue
        if i + 1 < len(words) and words[i + 1]["form"].lower() in ("hans", "hennar", "þeirra", "þess"):
            i += 1  # "undir hans stjórn": the owner before the noun
        span = _phrase_after(words, i, "Acc")
        if span and span[-1]["lemma"] in UNDER_DATIVE:
            _recase_governed(span, "Dat", p)

