"""The twelfth pass: words the parse put in the wrong class, found among 200 lemma disagreements
with the treebanks judged by a grammarian (docs/language-tools.md, "Twelfth pass")."""

from ..lexicon import only_rare_lemmas
from .common import find, is_break, is_verb, switch

# Adverbs that stand between vilja and its infinitive ("vil bara minna á", "vil eindregið hvetja").
BETWEEN = {"ekki", "bara", "líka", "aldrei", "alltaf", "þá", "nú", "svo", "einnig", "auðvitað", "jafnvel",
           "eflaust", "sennilega", "kannski", "örugglega", "vel", "heldur", "samt", "enn", "alveg", "hreinlega",
           "eindregið", "sérstaklega", "gjarnan"}
# What follows a verb but not a noun or adjective object: a pronoun object, a clause.
CLAUSE_WORDS = {"að", "hvort", "hvernig", "hvað", "hver", "hvers", "hvar", "hvenær"}


# vilja takes a bare infinitive and a noun object alike ("vill fara", "vill frið"), so the older
# rules leave it out (lemmas.verb_after_auxiliary handles munu, skulu, mega and geta): after it
# the infinitive is taken only before what a verb governs and a noun does not.
def _vilja_before(words: list[dict], i: int) -> dict | None:
    """A form of vilja right before word i, or with only such adverbs between."""
    j = i - 1
    while j >= 0 and not is_break(words[j]) and words[j]["form"].lower() in BETWEEN and not is_verb(words[j]):
        j -= 1
    return words[j] if j >= 0 and is_verb(words[j]) and words[j]["lemma"] == "vilja" else None


def infinitive_after_vilja(words: list[dict]) -> None:
    """vilja's infinitive that the parse read as a noun or adjective of the same form: "hefði
    viljað sjá alla" (not sjár "sea"), "vil bara minna á" (remind, not "less"), "hafa viljað
    breyta því". Only before what a verb governs and a noun does not: a pronoun object, a
    clause, or a particle after what was read as an adjective; "vill aga og reglu", "vill hita
    í húsið", "vil minna vesen" keep their nouns and adjectives. Not a verb BÍN rates rare
    (bíla)."""
    for i, w in enumerate(words):
        if w["upos"] not in ("NOUN", "ADJ") or _vilja_before(words, i) is None:
            continue
        following = words[i + 1] if i + 1 < len(words) else None
        if following is None or is_break(following):
            continue
        pronoun_object = following["upos"] in ("PRON", "DET") and following["feats"].get("Case") not in (None, "Nom")
        clause = following["form"].lower() in CLAUSE_WORDS and following["upos"] in ("SCONJ", "PRON", "ADV")
        particle = following["upos"] in ("ADP", "ADV") and w["upos"] == "ADJ"
        if not (pronoun_object or clause or particle):
            continue
        infinitive = find(w, upos="VERB", feats={"VerbForm": "Inf", "Voice": "Act"})
        if infinitive is not None and (infinitive["lemma"], "so") not in only_rare_lemmas(w["form"].lower()):
            switch(w, infinitive)


def hvad_asks_how(words: list[dict]) -> None:
    """*hvað* before a subject, a copula and an adjective that ends the clause asks "how": "Þú
    sérð hvað það er mikilvægt", "hvað þetta var erfitt" — the degree adverb, not the pronoun
    "what", whose clause would lack the adjective's noun. Not with a noun after the adjective
    ("hvað það er góð hugmynd" asks nothing: the pronoun is left as parsed), nor before a word
    that can strand a preposition ("hvað hún er góð í": what she is good at)."""
    for i, w in enumerate(words):
        if w["form"].lower() != "hvað" or w["upos"] != "PRON":
            continue
        rest = words[i + 1:i + 5]
        if len(rest) < 3:
            continue
        subject, verb, adjective = rest[:3]
        after = rest[3] if len(rest) > 3 else None
        # the parse gives "það, þetta" before vera the accusative as often as not
        nominative = subject["feats"].get("Case") == "Nom" or subject["form"].lower() in ("það", "þetta")
        if (subject["upos"] in ("PRON", "NOUN", "PROPN", "DET") and nominative and is_verb(verb)
                and verb["lemma"] in ("vera", "verða") and "Mood" in verb["feats"] and adjective["upos"] == "ADJ"
                and adjective["feats"].get("Case") == "Nom" and adjective["feats"].get("Degree", "Pos") == "Pos"
                and (after is None or is_break(after) or after["upos"] in ("CCONJ", "SCONJ"))):
            adverb = find(w, upos="ADV")
            if adverb is not None:
                switch(w, adverb)



def interrupted_from_the_floor(words: list[dict]) -> None:
    """*Gripið fram í* "(someone) interrupted", the note the Althingi's transcripts put into a
    speech wherever a member calls out: the impersonal passive of *grípa fram í*, not the noun
    *grip* "object, piece" that the parse or the fallback took when the note stands alone."""
    for i, w in enumerate(words[:-2]):
        if w["form"].lower() != "gripið" or w["upos"] == "VERB" or [t["form"].lower() for t in words[i + 1:i + 3]] != ["fram", "í"]:
            continue
        participle = find(w, lemma="grípa", feats={"VerbForm": "Part", "Case": "Nom", "Gender": "Neut"})
        if participle is not None:
            switch(w, participle)


# What follows the preposition á in its fixed phrases (á meðan, á milli, á meðal, á móti) and
# before an infinitive (byrjaði á að).
A_PARTNERS = {"að", "meðan", "milli", "meðal", "móti"}


def a_is_not_a_river(words: list[dict]) -> None:
    """*á* before a noun phrase, *að* or *meðan, milli, meðal, móti* is the preposition, not BÍN's
    noun *á* "river" that sentences the grammar rejects were left with (*byrjaði á að*,
    *geðrannsókn á kærða*, *á meðan*): a river is named with its article or after a
    preposition of its own (*yfir ána*, *í á*), which stays."""
    for i, w in enumerate(words[:-1]):
        if w["form"].lower() != "á" or w["upos"] != "NOUN":
            continue
        before, after = (words[i - 1] if i else None), words[i + 1]
        if before is not None and before["upos"] == "ADP" or is_break(after):
            continue
        if after["upos"] in ("NOUN", "PROPN", "ADJ", "DET", "PRON", "NUM") or after["form"].lower() in A_PARTNERS:
            preposition = find(w, upos="ADP")
            if preposition is not None:
                switch(w, preposition)
