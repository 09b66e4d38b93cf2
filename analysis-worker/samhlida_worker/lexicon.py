"""BÍN readings of a word form (through islenska), compound parts, and the fallback choice."""

from functools import lru_cache

from islenska import Bin

from .udmap import AUXILIARIES, bin_variants, ud_features, upos_for

_bin = Bin()


def join_lemma(lemma: str, form: str) -> str:
    """Greynir marks the seam of a compound it built with a hyphen ("sprengju-dróni"); the
    dictionary form is written without it unless the word itself has one (Mið-Austurlönd)."""
    return lemma if "-" in form else lemma.replace("-", "")


# BÍN's tags for the personal pronouns carry case and number only: their person, and the gender of
# the third person, are the lemma's (it files þeir under hann, þær under hún, þau under það).
PERSONAL_PRONOUNS = {"ég": ("1", None), "þú": ("2", None), "hann": ("3", "Masc"), "hún": ("3", "Fem"), "það": ("3", "Neut")}


def reading_from_bin(lemma: str, ordfl: str, domain: str, mark: str, form: str) -> dict:
    upos = upos_for(ordfl, lemma, domain)
    feats = ud_features(upos, bin_variants(ordfl, mark))
    if ordfl == "pfn" and lemma in PERSONAL_PRONOUNS:
        person, gender = PERSONAL_PRONOUNS[lemma]
        feats = {**feats, **({"Gender": gender} if gender and "Gender" not in feats else {}), **({"Person": person} if "Person" not in feats else {})}
    return {"lemma": join_lemma(lemma, form), "upos": upos, "feats": feats}


@lru_cache(maxsize=50_000)
def _lookup(form: str) -> tuple:
    _, entries = _bin.lookup(form)
    if not entries and form[:1].isupper():
        _, entries = _bin.lookup(form.lower())
    return tuple((e.ord, e.ofl, e.hluti, e.mark) for e in entries)


# BÍN's usage marks for words a reader of today's prose rarely meets: obsolete, rare, regional,
# poetic, old-fashioned (https://bin.arnastofnun.is/gogn/k-snid). BÍN rates a lemma 1 when it
# belongs to the core of the language.
RARE_STYLES = {"URE", "SJALD", "STAD", "SKALD", "FORN", "GAM", "OTOK"}


@lru_cache(maxsize=50_000)
def rare_lemmas(form: str) -> frozenset:
    """(lemma, word class) of the form's readings that BÍN marks as rare, obsolete or not core."""
    _, entries = _bin.lookup_ksnid(form)
    if not entries and form[:1].isupper():
        _, entries = _bin.lookup_ksnid(form.lower())
    return frozenset((k.ord, k.ofl) for k in entries if k.einkunn != 1 or k.malsnid in RARE_STYLES)


@lru_cache(maxsize=50_000)
def only_rare_lemmas(form: str) -> frozenset:
    """(lemma, word class) of the form's readings that are rare in every BÍN entry that has the
    form: not "fá" (get), whose homonym fá (paint) is old-fashioned."""
    _, entries = _bin.lookup_ksnid(form)
    if not entries and form[:1].isupper():
        _, entries = _bin.lookup_ksnid(form.lower())
    core = {(k.ord, k.ofl) for k in entries if k.einkunn == 1 and k.malsnid not in RARE_STYLES}
    return rare_lemmas(form) - core


@lru_cache(maxsize=10_000)
def marginal_lemmas(form: str) -> frozenset:
    """(lemma, word class) of the form's readings that BÍN shows only on its website, outside
    its core (birting V, not K): the man's name Auður beside the woman's name Auður (K)."""
    _, entries = _bin.lookup_ksnid(form)
    return frozenset((k.ord, k.ofl) for k in entries if k.birting != "K")


def bin_entries(form: str) -> tuple:
    """(lemma, word class, domain, inflection tag) for every BÍN reading of the form."""
    return _lookup(form)


def readings(form: str) -> list[dict]:
    """Distinct BÍN readings (lemma, UPOS, UD features) in BÍN's order."""
    seen: set = set()
    out: list[dict] = []
    for lemma, ordfl, domain, mark in bin_entries(form):
        r = reading_from_bin(lemma, ordfl, domain, mark, form)
        key = (r["lemma"], r["upos"], tuple(sorted(r["feats"].items())))
        if key not in seen:
            seen.add(key)
            out.append(r)
    return out


# The fallback when a sentence does not parse. Without context the best guess is the reading
# that is most often right in running text: function words before content words (á is far
# more often the preposition than the river), verbs before nouns of the same form (var, sem),
# common words before names unless capitalised, then nominative before the oblique cases,
# singular before plural, third person before first (BÍN lists 1P first).
CLASS_RANK = {"fs": 0, "st": 1, "stt": 1, "nhm": 2, "pfn": 3, "fn": 3, "gr": 4, "abfn": 4, "ao": 5,
              "so": 6, "kk": 7, "kvk": 7, "hk": 7, "lo": 8, "to": 9, "uh": 10}
CASE_RANK = {"nf": 0, "þf": 1, "þgf": 2, "ef": 3}
# Word classes of function words: prepositions, conjunctions, pronouns, articles, adverbs.
FUNCTION_CLASSES = {"fs", "st", "stt", "nhm", "pfn", "fn", "gr", "abfn", "ao"}


# The case a preposition most often governs, for the fallback's context: a noun after "til" is
# genitive, after "frá" dative; í, á, undir, yfir, eftir, með take both and are mostly dative.
PREPOSITION_CASE = {
    **dict.fromkeys(["um", "gegnum", "kringum", "umhverfis", "við", "fyrir", "gegn"], "þf"),
    **dict.fromkeys(["af", "frá", "úr", "hjá", "að", "móti", "ásamt", "meðfram", "nálægt", "handa",
                     "í", "á", "undir", "yfir", "eftir", "með", "samkvæmt", "gagnvart"], "þgf"),
    **dict.fromkeys(["til", "vegna", "milli", "meðal", "auk", "án", "innan", "utan", "ofan", "neðan",
                     "sakir", "sökum", "handan", "megin"], "ef"),
}


# Function words (by form) whose commonest class is not the one the order above gives them:
# þá is far more often "then" than a pronoun, fyrst "first" than "since", eins "as, alike"
# than the genitive of einn, sér the reflexive pronoun than the adverb "apart".
COMMONEST_CLASS = {"að": "st", "sem": "st", "en": "st", "eða": "st", "heldur": "ao", "þá": "ao", "svo": "ao",
                   "er": "so", "fyrst": "ao", "eins": "ao", "sér": "afn"}


# Lemmas of a solemn or archaic style whose forms are, in prose, nearly always another word's:
# the possessive "vor" (our) against "voru, vorum" of vera.
STYLE_LEMMAS = {("vor", "fn")}


def _rank(entry: tuple, capitalised: bool, governed: str | None = None, rare: frozenset = frozenset(),
          commonest: str | None = None, agree: tuple = (), subject: tuple | None = None) -> tuple:
    lemma, ordfl, domain, mark = entry
    variants = bin_variants(ordfl, mark)
    proper = domain not in ("alm", "")
    case = next((CASE_RANK[v] for v in variants if v in CASE_RANK), 0)
    nominal = ordfl in ("kk", "kvk", "hk", "lo", "fn", "pfn", "gr", "to")
    return (
        0 if proper == capitalised else 1,
        (lemma, ordfl) in rare or (lemma, ordfl) in STYLE_LEMMAS,
        # after a preposition, a nominal in the case it governs; after a determiner, adjective or
        # numeral, one that agrees with it in case, number and gender as well
        0 if governed is None or (nominal and governed in variants and all(v in variants for v in agree))
        else 0.5 if nominal and governed in variants else 1,
        # after a subject pronoun, a finite verb in its person and number (við förum, hann á)
        0 if subject is None or (ordfl == "so" and {"fh", "vh"} & set(variants) and set(subject) <= set(variants)) else 1,
        0 if commonest is None or commonest == ordfl else 1,
        # a form that is both a noun and a verb's subjunctive or 1st/2nd person (sæti, velli) is far
        # more often the noun in prose; among verbs, the auxiliaries are the commonest (hefði: hafa)
        # — but not an auxiliary's (muni, hafi, höfum, sé are common), and imperatives (hef of
        # hefja) are as rare in prose as subjunctives
        7.5 if ordfl == "so" and {"vh", "p1", "p2", "bh"} & set(variants) and lemma not in AUXILIARIES
        else CLASS_RANK.get(ordfl, 11),
        0 if lemma in AUXILIARIES else 1,
        case,
        1 if "ft" in variants else 0,
        0 if "p3" in variants else 1,
        1 if "vh" in variants else 0,
        "-" in lemma,
    )


def best_reading(form: str, sentence_initial: bool, governed: str | None = None, agree: tuple = (),
                 subject: tuple | None = None) -> dict | None:
    """The likeliest BÍN reading of a word without a parse. `governed`: the case a preceding
    preposition or determiner calls for; `agree`: the number and gender of that determiner
    (Greynir variant names); `subject`: person and number of a subject pronoun just before."""
    entries = bin_entries(form)
    if sentence_initial and form[:1].isupper() and form.lower() != form:
        # "Á" opening a sentence is the preposition, not the farm BÍN files under "Á": a capital
        # there says nothing, and a function word is far commoner than a name of the same form.
        # A content word keeps its name ("Hulda", "Björk" start sentences as names too).
        lower = bin_entries(form.lower())
        if any(ordfl in FUNCTION_CLASSES for _l, ordfl, _d, _m in lower):
            entries = entries + tuple(e for e in lower if e not in entries)
    if not entries:
        return None
    capitalised = form[:1].isupper() and not sentence_initial
    rare = rare_lemmas(form)
    commonest = COMMONEST_CLASS.get(form.lower())
    lemma, ordfl, domain, mark = min(entries, key=lambda e: _rank(e, capitalised, governed, rare, commonest, agree, subject))
    return reading_from_bin(lemma, ordfl, domain, mark, form)


def compound_parts(raw_lemma: str, form: str) -> list[dict] | None:
    """Parts of a compound Greynir or islenska built ("sprengju-dróni" for "sprengjudrónum"):
    each part as written in the form, with its own dictionary form. Only the seams the
    lemma marks are used; compounds BÍN lists whole carry no seam and get no parts."""
    if "-" not in raw_lemma or "-" in form:
        return None
    pieces = raw_lemma.split("-")
    prefixes, head = pieces[:-1], pieces[-1]
    written = "".join(prefixes)
    if not form.lower().startswith(written.lower()):
        return None
    parts: list[dict] = []
    pos = 0
    for piece in prefixes:
        text = form[pos:pos + len(piece)]
        pos += len(piece)
        parts.append({"form": text, "lemma": prefix_lemma(piece.lower())})
    parts.append({"form": form[pos:], "lemma": head})
    return parts


@lru_cache(maxsize=10_000)
def prefix_lemma(prefix: str) -> str:
    """A compound's first part is usually a stem (loft-) or a genitive (sprengju-, landa-).
    Prefer a noun whose genitive is this form, then any lemma equal to it."""
    entries = bin_entries(prefix)
    for lemma, ordfl, _domain, mark in entries:
        if ordfl in ("kk", "kvk", "hk") and mark.startswith("EF"):
            return lemma
    for lemma, _ordfl, _domain, _mark in entries:
        if lemma.lower() == prefix:
            return lemma
    if entries:
        return entries[0][0]
    return prefix


def participle(form: str, case: str | None, number: str | None, gender: str | None) -> str | None:
    """The verb whose past participle this form is, with the given case, number and gender.
    Greynir often parses a participle as an adjective (unninn, lagður); the UD treebanks and a
    learner want the verb (vinna, leggja)."""
    for lemma, ordfl, _domain, mark in bin_entries(form):
        if ordfl == "so" and mark.startswith("LHÞT"):
            v = bin_variants(ordfl, mark)
            if (case is None or case in v) and (number is None or number in v) and (gender is None or gender in v):
                return lemma
    return None



# The tokenizer's list gives some abbreviations several expansions in no particular order.
# Where dictionaries of Icelandic usage name one ("hv." is háttvirtur, the Althingi's form of
# address; hæstvirtur is "hæstv."), it comes first.
ABBREVIATION_USAGE = {"hv.": "háttvirtur"}


@lru_cache(maxsize=1)
def _abbreviations():
    from tokenizer.abbrev import Abbreviations

    Abbreviations.initialize()
    return Abbreviations.DICT


def expansions(abbreviation: str) -> list[tuple[str, str]]:
    """(lemma, word class) an abbreviation stands for, the usual one first. The tokenizer's list
    writes some meanings in the form the abbreviation mostly stands for ("kr." krónur, "ma."
    milljarðar); the lemma is BÍN's dictionary form of that word (króna, milljarður)."""
    usual = ABBREVIATION_USAGE.get(abbreviation.lower())
    meanings = [(_dictionary_form(m[0], m[2]), m[2]) for m in _abbreviations().get(abbreviation, _abbreviations().get(abbreviation.lower(), ()))]
    return sorted(meanings, key=lambda m: m[0] != usual)


def _dictionary_form(word: str, ordfl: str) -> str:
    """The BÍN lemma of a single word in the given class, or the word itself."""
    if " " in word:
        return word
    return next((lemma for lemma, cls, _d, _m in bin_entries(word) if cls == ordfl), word)


# Unit symbols, written without a full stop after a number ("200 m", "5 kg"): the noun each
# stands for (a closed class of SI and everyday units; "kr." and "mín." are abbreviations).
UNIT_SYMBOLS = {"m": "metri", "km": "kílómetri", "cm": "sentimetri", "mm": "millimetri", "m²": "fermetri",
                "m2": "fermetri", "m³": "rúmmetri", "m3": "rúmmetri", "kg": "kílógramm", "g": "gramm",
                "mg": "milligramm", "l": "lítri", "dl": "desilítri", "ml": "millilítri", "ha": "hektari",
                "kWh": "kílóvattstund", "%": "prósent"}


def unit_reading(symbol: str, count: str | None, case: str | None) -> dict | None:
    """A unit symbol after a number: its noun, plural unless the number ends in one (1, 21 but
    not 11; "1,5 m" is plural too), in the case the parse gave the amount if it did."""
    lemma = UNIT_SYMBOLS.get(symbol)
    if lemma is None:
        return None
    gender = next((cls for _l, cls, _d, _m in _bin_lemma(lemma)), None)
    digits = (count or "").replace(".", "")
    singular = digits.isdigit() and digits.endswith("1") and not digits.endswith("11")
    variants = [v for v in (case, "et" if singular else "ft", gender) if v]
    return {"lemma": lemma, "upos": "NOUN", "feats": ud_features("NOUN", variants)}


@lru_cache(maxsize=64)
def _bin_lemma(lemma: str) -> tuple:
    return tuple((m.ord, m.ofl, m.hluti, m.bmynd) for m in _bin.lookup_lemmas(lemma)[1])
