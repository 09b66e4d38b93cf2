"""The thirteenth pass, on tokens carrying the reading a parse gave with their real BÍN
readings, so each rule is tested whatever the parser does. Expected answers from Icelandic
grammar."""

from samhlida_worker.corrections import correct
from tokens import FIN3, punct, tok

PLURAL = {**FIN3, "Number": "Plur"}


def time(form):
    return {"kind": "time", "form": form, "lemma": form, "upos": "NUM", "feats": {}}


def test_the_present_plural_right_after_the_infinitive_marker_is_the_infinitive():
    # "Nefndin ákvað að leggja strenginn." — leggja, not "they lay"
    s = [tok("Nefndin", "nefnd", "NOUN", Case="Nom", Number="Sing", Gender="Fem", Definite="Def"),
         tok("ákvað", "ákveða", "VERB", **{**FIN3, "Number": "Sing", "Tense": "Past"}),
         tok("að", "að", "PART"), tok("leggja", "leggja", "VERB", **PLURAL),
         tok("strenginn", "strengur", "NOUN", Case="Acc", Number="Sing", Gender="Masc", Definite="Def"), punct()]
    correct(s)
    assert s[3]["feats"].get("VerbForm") == "Inf" and "Mood" not in s[3]["feats"]


def test_a_verb_after_an_adverb_after_að_keeps_its_subject():
    # "… að auðvitað borga þau skattinn." — a clause with its subject after the verb
    s = [tok("Ég", "ég", "PRON", Case="Nom", Number="Sing", Person="1"),
         tok("vona", "vona", "VERB", **{**FIN3, "Number": "Sing", "Person": "1"}),
         tok("að", "að", "SCONJ"), tok("auðvitað", "auðvitað", "ADV"), tok("borga", "borga", "VERB", **PLURAL),
         tok("þau", "það", "PRON", Case="Nom", Number="Plur", Gender="Neut", Person="3"),
         tok("skattinn", "skattur", "NOUN", Case="Acc", Number="Sing", Gender="Masc", Definite="Def"), punct()]
    correct(s)
    assert s[4]["feats"].get("Mood") == "Ind" and s[4]["feats"].get("Number") == "Plur"


def test_the_middle_voice_after_a_modal_and_an_adverb_is_the_infinitive():
    # "Það mun síðan myndast hefð." — myndast after mun: the infinitive, not "it forms"
    s = [tok("Það", "það", "PRON", Case="Nom", Number="Sing", Gender="Neut", Person="3"),
         tok("mun", "munu", "AUX", **{**FIN3, "Number": "Sing"}), tok("síðan", "síðan", "ADV"),
         tok("myndast", "mynda", "VERB", **{**FIN3, "Number": "Sing", "Voice": "Mid"}),
         tok("hefð", "hefð", "NOUN", Case="Nom", Number="Sing", Gender="Fem", Definite="Ind"), punct()]
    correct(s)
    assert s[3]["feats"].get("VerbForm") == "Inf" and s[3]["feats"].get("Voice") == "Mid"


def test_a_verb_after_a_non_modal_keeps_its_finite_reading():
    # "Þeir segja gera það." is not Icelandic; after segja (not a modal) nothing changes
    s = [tok("Þeir", "sá", "PRON", Case="Nom", Number="Plur", Gender="Masc"),
         tok("segja", "segja", "VERB", **PLURAL), tok("gera", "gera", "VERB", **PLURAL), punct()]
    correct(s)
    assert s[2]["feats"].get("Mood") == "Ind"


def test_a_clock_time_after_klukkan_is_nominative():
    s = [tok("Fundurinn", "fundur", "NOUN", Case="Nom", Number="Sing", Gender="Masc", Definite="Def"),
         tok("hefst", "hefja", "VERB", **{**FIN3, "Number": "Sing", "Voice": "Mid"}),
         tok("klukkan", "klukka", "NOUN", Case="Nom", Number="Sing", Gender="Fem", Definite="Def"), time("17:00"), punct()]
    correct(s)
    assert s[3]["feats"] == {"Case": "Nom"}


def test_a_clock_time_after_a_preposition_claims_no_case():
    s = [tok("Opið", "opinn", "ADJ", Case="Nom", Number="Sing", Gender="Neut", Degree="Pos"),
         tok("frá", "frá", "ADP"), time("10:00"), punct()]
    correct(s)
    assert s[2]["feats"] == {}


def test_a_number_that_is_no_time_of_day_claims_no_case():
    s = [tok("Staðan", "staða", "NOUN", Case="Nom", Number="Sing", Gender="Fem", Definite="Def"),
         tok("var", "vera", "AUX", **{**FIN3, "Number": "Sing", "Tense": "Past"}), time("25:70"), punct()]
    correct(s)
    assert s[2]["feats"] == {}
