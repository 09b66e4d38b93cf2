"""Verbs with a dative subject in a subordinate clause, on sentences written for these tests: the
tokens carry the wrong reading the parse gives (the preposition *að* and a noun) with their real
BÍN readings, so the rule is tested whatever the parser does. Expected answers come from
Icelandic grammar."""

from samhlida_worker.corrections import correct
from tokens import punct, tok


def _pronoun(form, lemma, **feats):
    return tok(form, lemma, "PRON", Case="Dat", Number="Sing", Person="3", **feats)


def test_a_dative_after_a_subordinator_is_the_subject_of_lida():
    # "Hún sagði að henni liði vel." — she said she felt well: liði is líða's past subjunctive,
    # impersonal with the dative henni; the parse read að henni as a prepositional phrase and
    # liði as the noun liður "joint"
    s = [tok("Hún", "hún", "PRON", Case="Nom", Number="Sing", Gender="Fem", Person="3"),
         tok("sagði", "segja", "VERB", Number="Sing", Person="3", Tense="Past", Mood="Ind", Voice="Act", VerbForm="Fin"),
         tok("að", "að", "ADP"), _pronoun("henni", "hún", Gender="Fem"),
         tok("liði", "liður", "NOUN", Case="Dat", Number="Sing", Gender="Masc", Definite="Ind"),
         tok("vel", "vel", "ADV"), punct()]
    s[3]["governor"] = {"lemma": "að", "kind": "preposition"}
    correct(s)
    assert (s[4]["lemma"], s[4]["upos"]) == ("líða", "VERB")
    assert s[4]["feats"] == {"Number": "Sing", "Person": "3", "Tense": "Past", "Mood": "Sub", "Voice": "Act", "VerbForm": "Fin"}
    assert s[2]["upos"] == "SCONJ"
    assert s[3]["feats"]["Case"] == "Dat" and "governor" not in s[3]


def test_the_present_subjunctive_too():
    # "Ég held að honum líði vel." — líði is only líða (BÍN also has the noun líð, rare)
    s = [tok("Ég", "ég", "PRON", Case="Nom", Number="Sing", Person="1"),
         tok("held", "halda", "VERB", Number="Sing", Person="1", Tense="Pres", Mood="Ind", Voice="Act", VerbForm="Fin"),
         tok("að", "að", "ADP"), _pronoun("honum", "hann", Gender="Masc"),
         tok("líði", "líð", "NOUN", Case="Dat", Number="Sing", Gender="Neut", Definite="Ind"),
         tok("vel", "vel", "ADV"), punct()]
    correct(s)
    assert (s[4]["lemma"], s[4]["upos"], s[4]["feats"]["Mood"]) == ("líða", "VERB", "Sub")


def test_a_noun_governed_by_the_preposition_stays_a_noun():
    # "Hún kom að liði." — be of help: no dative subject before liði, so the noun stays
    s = [tok("Hún", "hún", "PRON", Case="Nom", Number="Sing", Gender="Fem", Person="3"),
         tok("kom", "koma", "VERB", Number="Sing", Person="3", Tense="Past", Mood="Ind", Voice="Act", VerbForm="Fin"),
         tok("að", "að", "ADP"), tok("liði", "lið", "NOUN", Case="Dat", Number="Sing", Gender="Neut", Definite="Ind"), punct()]
    correct(s)
    assert (s[3]["lemma"], s[3]["upos"]) == ("lið", "NOUN")


def test_a_verb_without_a_dative_subject_is_not_taken():
    # "… að honum velli …": velli is also vella's 3rd person subjunctive, but vella "boil" takes
    # no dative subject (Verbs.conf), so the noun völlur "field" is left as parsed
    s = [tok("að", "að", "ADP"), _pronoun("honum", "hann", Gender="Masc"),
         tok("velli", "völlur", "NOUN", Case="Dat", Number="Sing", Gender="Masc", Definite="Ind"), punct()]
    correct(s)
    assert (s[2]["lemma"], s[2]["upos"]) == ("völlur", "NOUN")


def test_ara_after_a_number_in_digits_is_years():
    # "Hann lést 88 ára að aldri." — he died aged 88: ára is ár "year", genitive plural
    from tokens import tok as t
    s = [t("lést", "láta", "VERB", Number="Sing", Person="3", Tense="Past", Mood="Ind", Voice="Mid", VerbForm="Fin"),
         {"kind": "number", "form": "88", "lemma": "88", "upos": "NUM", "feats": {}},
         t("ára", "ári", "NOUN", Case="Acc", Number="Sing", Gender="Masc", Definite="Ind"),
         t("að", "að", "ADP"), t("aldri", "aldur", "NOUN", Case="Dat", Number="Sing", Gender="Masc", Definite="Ind"), punct()]
    correct(s)
    assert (s[2]["lemma"], s[2]["feats"]["Case"], s[2]["feats"]["Number"]) == ("ár", "Gen", "Plur")


def test_ara_without_a_number_is_left_as_parsed():
    # "Ára hennar var björt." — her aura was bright (the noun ára, not years)
    s = [tok("Ára", "ára", "NOUN", Case="Nom", Number="Sing", Gender="Fem", Definite="Ind"),
         tok("hennar", "hún", "PRON", Case="Gen", Number="Sing", Gender="Fem", Person="3"), punct()]
    correct(s)
    assert s[0]["lemma"] == "ára"
