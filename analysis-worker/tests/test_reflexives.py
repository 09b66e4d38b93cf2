"""The reflexive pronoun takes its number and gender from the word it refers back to, and the
learner is told which word that is. Sentences written for these tests; answers from Icelandic
grammar (sig refers to the subject of its clause)."""

from samhlida_worker.corrections import correct
from tokens import FIN3, punct, tok


def _subject(form, lemma, upos, **feats):
    return tok(form, lemma, upos, Case="Nom", **feats)


def test_a_plural_subject_makes_the_reflexive_plural(words):
    # "Danir velta því fyrir sér …" — the Danes wonder about it
    w = words("Danir velta því mikið fyrir sér hvort breytingar verði.")
    assert (w["sér"]["lemma"], w["sér"]["upos"]) == ("sig", "PRON")
    assert w["sér"]["feats"] == {"Case": "Dat", "Number": "Plur", "Gender": "Masc"}
    assert w["sér"]["antecedent"] == {"form": "Danir"}


def test_a_feminine_subject_and_the_accusative(words):
    w = words("Konan klæddi sig í kápuna.")
    assert w["sig"]["feats"] == {"Case": "Acc", "Number": "Sing", "Gender": "Fem"}
    assert w["sig"]["antecedent"] == {"form": "Konan"}


def test_the_subject_after_a_fronted_verb_phrase_still_comes_before_the_reflexive():
    # "Þá flýttu drengirnir sér heim." — then the boys hurried home
    s = [tok("Þá", "þá", "ADV"), tok("flýttu", "flýta", "VERB", Number="Plur", Person="3", Tense="Past", Mood="Ind", Voice="Act", VerbForm="Fin"),
         _subject("drengirnir", "drengur", "NOUN", Number="Plur", Gender="Masc", Definite="Def"),
         tok("sér", "sig", "PRON", Case="Dat"), tok("heim", "heim", "ADV"), punct()]
    correct(s)
    assert s[3]["feats"] == {"Case": "Dat", "Number": "Plur", "Gender": "Masc"}
    assert s[3]["antecedent"] == {"form": "drengirnir"}


def test_the_nearest_subject_is_the_one_of_the_reflexives_clause():
    # "Hann sagði að hún hefði meitt sig." — she hurt herself, not him
    s = [_subject("Hann", "hann", "PRON", Number="Sing", Gender="Masc", Person="3"), tok("sagði", "segja", "VERB", Number="Sing", **{**FIN3, "Tense": "Past"}),
         tok("að", "að", "SCONJ"), _subject("hún", "hún", "PRON", Number="Sing", Gender="Fem", Person="3"),
         tok("hefði", "hafa", "AUX", Number="Sing", Person="3", Tense="Past", Mood="Sub", Voice="Act", VerbForm="Fin"),
         tok("meitt", "meiða", "VERB", VerbForm="Sup", Voice="Act"), tok("sig", "sig", "PRON", Case="Acc"), punct()]
    correct(s)
    assert s[6]["feats"] == {"Case": "Acc", "Number": "Sing", "Gender": "Fem"}
    assert s[6]["antecedent"] == {"form": "hún"}


def test_no_subject_in_sight_leaves_the_reflexive_as_it_is():
    # "Að flýta sér." — a heading: no subject to agree with
    s = [tok("Að", "að", "PART"), tok("flýta", "flýta", "VERB", VerbForm="Inf", Voice="Act"), tok("sér", "sig", "PRON", Case="Dat"), punct()]
    correct(s)
    assert s[2]["feats"] == {"Case": "Dat"} and "antecedent" not in s[2]


def test_first_and_second_person_are_not_antecedents():
    # "Við báðum þau að flýta sér." — we asked them to hurry: sér is theirs (the object controls
    # the infinitive), never the 1st person "við"
    s = [_subject("Við", "ég", "PRON", Number="Plur", Person="1"), tok("báðum", "biðja", "VERB", Number="Plur", Person="1", Tense="Past", Mood="Ind", Voice="Act", VerbForm="Fin"),
         tok("þau", "það", "PRON", Case="Acc", Number="Plur", Gender="Neut", Person="3"), tok("að", "að", "PART"),
         tok("flýta", "flýta", "VERB", VerbForm="Inf", Voice="Act"), tok("sér", "sig", "PRON", Case="Dat"), punct()]
    correct(s)
    assert s[5]["antecedent"] == {"form": "þau"} and s[5]["feats"] == {"Case": "Dat", "Number": "Plur", "Gender": "Neut"}
    # "Við ætlum að flýta sér" is a learner's slip (við takes okkur): with only a 1st person
    # subject before it, sig names no antecedent
    s = [_subject("Við", "ég", "PRON", Number="Plur", Person="1"), tok("ætlum", "ætla", "VERB", Number="Plur", Person="1", Tense="Pres", Mood="Ind", Voice="Act", VerbForm="Fin"),
         tok("að", "að", "PART"), tok("flýta", "flýta", "VERB", VerbForm="Inf", Voice="Act"), tok("sér", "sig", "PRON", Case="Dat"), punct()]
    correct(s)
    assert "antecedent" not in s[4]


def test_after_a_preposition_ser_is_the_reflexive_not_the_verb_sja():
    # The parse read "fyrir sér" as an adverb and "sees"
    s = [_subject("Danir", "Dani", "PROPN", Number="Plur", Gender="Masc"), tok("velta", "velta", "VERB", Number="Plur", **FIN3),
         tok("því", "það", "PRON", Case="Dat", Number="Sing", Gender="Neut", Person="3"), tok("fyrir", "fyrir", "ADV"),
         tok("sér", "sjá", "VERB", Number="Sing", **FIN3), punct()]
    correct(s)
    assert (s[4]["lemma"], s[4]["upos"], s[4]["feats"]["Case"]) == ("sig", "PRON", "Dat")


def test_in_an_infinitive_clause_after_an_object_the_reflexive_is_the_objects(words):
    # "Vegagerðin bendir fólki á að kynna sér færð." — the people are to inform themselves
    w = words("Vegagerðin bendir fólki á að kynna sér færð á vegum.")
    assert w["sér"]["antecedent"] == {"form": "fólki"} and w["sér"]["feats"]["Gender"] == "Neut"
    w = words("Kennarinn hvatti nemendurna til að skrá sig.")
    assert w["sig"]["antecedent"] == {"form": "nemendurna"} and w["sig"]["feats"]["Number"] == "Plur"
    # With no object the subject controls: she hurried
    assert words("Hún ákvað að flýta sér heim.")["sér"]["antecedent"] == {"form": "Hún"}


def test_in_a_relative_clause_the_reflexive_is_the_noun_sem_stands_for(words):
    # "… um sjómann sem snýr aftur heim til sín" — the sailor's home, not the reader's
    w = words("Hún las bók um sjómann sem snýr aftur heim til sín.")
    assert w["sín"]["antecedent"] == {"form": "sjómann"} and w["sín"]["feats"]["Gender"] == "Masc"


def test_the_possessive_reflexive_names_its_owner_and_keeps_its_agreement(words):
    w = words("Nemendur skulu geyma símana í töskunni sinni.")
    assert w["sinni"]["antecedent"] == {"form": "Nemendur"}
    assert (w["sinni"]["feats"]["Gender"], w["sinni"]["feats"]["Number"]) == ("Fem", "Sing")  # with töskunni
    assert "antecedent" not in words("Hún hitti hann einu sinni.")["sinni"]  # the noun sinn "time"
