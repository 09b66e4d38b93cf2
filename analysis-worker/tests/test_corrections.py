"""Corrections after the parse. Each rule is tested twice where Greynir makes the mistake on a
sentence written for the test (end to end), and always on tokens given the wrong reading the
parse gives, with their real BÍN readings, so the rule itself is under test whatever the parser
does. Expected answers come from Icelandic grammar, not from the worker's output."""

from samhlida_worker.corrections import correct, verb_object_cases
from tokens import FIN3, punct, tok


def test_supine_after_a_copula_is_the_impersonal_passive_participle(words):
    w = words("Dregið verður í happdrættinu á morgun.")
    assert w["Dregið"]["lemma"] == "draga" and w["Dregið"]["upos"] == "VERB"
    assert w["Dregið"]["feats"]["VerbForm"] == "Part"
    assert w["Dregið"]["feats"]["Gender"] == "Neut" and w["Dregið"]["feats"]["Number"] == "Sing"
    s = [tok("Loks", "loks", "ADV"), tok("var", "vera", "AUX", Number="Sing", Tense="Past", Mood="Ind", Voice="Act", VerbForm="Fin", Person="3"),
         tok("kastað", "kasta", "VERB", Voice="Act", VerbForm="Sup"), tok("steinum", "steinn", "NOUN", Case="Dat", Number="Plur", Gender="Masc", Definite="Ind"), punct()]
    correct(s)
    assert s[2]["feats"]["VerbForm"] == "Part" and s[2]["feats"]["Gender"] == "Neut"
    assert not any(r["feats"] == s[2]["feats"] and r["lemma"] == "kasta" for r in s[2]["otherReadings"])
    assert any(r["feats"].get("VerbForm") == "Sup" for r in s[2]["otherReadings"])


def test_supine_after_hafa_stays_supine(words):
    w = words("Hún hefur rætt við ráðherrann.")
    assert w["rætt"]["lemma"] == "ræða" and w["rætt"]["feats"]["VerbForm"] == "Sup"


def test_noun_where_the_impersonal_passive_has_its_participle_and_its_dative_object(words):
    w = words("Í morgun var eldflaug skotið á borgina.")
    assert w["skotið"]["lemma"] == "skjóta" and w["skotið"]["upos"] == "VERB"
    assert w["skotið"]["feats"]["VerbForm"] == "Part"
    # skjóta governs the dative of what is fired; a feminine nominative cannot be the subject
    # of a neuter participle
    assert w["eldflaug"]["feats"]["Case"] == "Dat"
    assert "þgf" in verb_object_cases("skjóta")


def test_bare_infinitive_after_a_raising_participle():
    s = [tok("Þeir", "hann", "PRON", Case="Nom", Number="Plur", Gender="Masc", Person="3"),
         tok("eru", "vera", "AUX", Number="Plur", **FIN3),
         tok("taldir", "telja", "VERB", Case="Nom", Number="Plur", Gender="Masc", VerbForm="Part", Tense="Past"),
         tok("vera", "vera", "NOUN", Case="Gen", Number="Plur", Gender="Fem", Definite="Ind"),
         tok("heima", "heima", "ADV"), punct()]
    correct(s)
    assert s[3]["lemma"] == "vera" and s[3]["upos"] == "AUX" and s[3]["feats"]["VerbForm"] == "Inf"
    assert "Case" not in s[3]["feats"]


def test_noun_after_a_verb_taking_an_object_is_left_alone():
    # vilja takes a noun object: "vill bolta" is the noun, not the infinitive bolta
    s = [tok("Hann", "hann", "PRON", Case="Nom", Number="Sing", Gender="Masc", Person="3"),
         tok("vill", "vilja", "AUX", Number="Sing", **FIN3),
         tok("bolta", "bolti", "NOUN", Case="Acc", Number="Sing", Gender="Masc", Definite="Ind"), punct()]
    correct(s)
    assert s[2]["lemma"] == "bolti" and s[2]["upos"] == "NOUN"


def test_predicative_neuter_adjective_with_a_clause_as_subject():
    s = [tok("Það", "það", "PRON", Case="Nom", Number="Sing", Gender="Neut", Person="3"),
         tok("er", "vera", "AUX", Number="Sing", **FIN3), tok("ekki", "ekki", "ADV"),
         tok("auðvelt", "auðvelt", "ADV"), tok("að", "að", "PART"),
         tok("svara", "svara", "VERB", Voice="Act", VerbForm="Inf"), punct()]
    correct(s)
    assert s[3]["lemma"] == "auðveldur" and s[3]["upos"] == "ADJ"
    assert s[3]["feats"]["Case"] == "Nom" and s[3]["feats"]["Gender"] == "Neut" and s[3]["feats"]["Number"] == "Sing"


def test_manner_adverb_after_an_ordinary_verb_stays_an_adverb():
    s = [tok("Hún", "hún", "PRON", Case="Nom", Number="Sing", Gender="Fem", Person="3"),
         tok("hljóp", "hlaupa", "VERB", Number="Sing", Tense="Past", Mood="Ind", Voice="Act", VerbForm="Fin", Person="3"),
         tok("hratt", "hratt", "ADV"), punct()]
    correct(s)
    assert s[2]["upos"] == "ADV"


def test_tha_adverb_before_a_verb_and_pronoun_before_its_noun(words):
    w = words("Hann fór þá leið.")
    assert w["þá"]["lemma"] == "sá" and w["þá"]["feats"]["Case"] == "Acc" and w["þá"]["feats"]["Gender"] == "Fem"
    s = [tok("Þá", "sá", "PRON", Case="Acc", Number="Plur", Gender="Masc"),
         tok("hló", "hlæja", "VERB", Number="Sing", Tense="Past", Mood="Ind", Voice="Act", VerbForm="Fin", Person="3"),
         tok("hún", "hún", "PRON", Case="Nom", Number="Sing", Gender="Fem", Person="3"), punct()]
    correct(s)
    assert s[0]["upos"] == "ADV" and s[0]["lemma"] == "þá"


def test_a_after_a_verb_is_the_preposition_not_eiga():
    s = [tok("Við", "ég", "PRON", Case="Nom", Number="Plur", Person="1"),
         tok("lítum", "líta", "VERB", Number="Plur", Person="1", Tense="Pres", Mood="Ind", Voice="Act", VerbForm="Fin"),
         tok("á", "eiga", "VERB", Number="Sing", **FIN3),
         tok("málið", "mál", "NOUN", Case="Acc", Number="Sing", Gender="Neut", Definite="Def"), punct()]
    correct(s)
    assert s[2]["lemma"] == "á" and s[2]["upos"] == "ADP"
    assert any(r["lemma"] == "eiga" for r in s[2]["otherReadings"])


def test_eiga_with_its_object_stays_a_verb(words):
    w = words("Hún á tvo hesta.")
    assert w["á"]["lemma"] == "eiga" and w["á"]["upos"] == "VERB"


def test_vid_is_we_only_with_a_first_person_plural_verb(words):
    w = words("Þeir eru sagðir vera á bak við.")
    assert w["við"]["upos"] == "ADP" and w["við"]["lemma"] == "við"
    w = words("Við förum heim á morgun.")
    assert w["Við"]["lemma"] == "ég" and w["Við"]["feats"]["Person"] == "1" and w["Við"]["feats"]["Number"] == "Plur"
    # the parse took the verb for a noun: "Við" opens the clause and "höfum" is hafa
    s = [tok("Við", "við", "ADP"), tok("höfum", "haf", "NOUN", Case="Dat", Number="Plur", Gender="Neut", Definite="Ind"),
         tok("lokið", "ljúka", "VERB", Voice="Act", VerbForm="Sup"), tok("verkinu", "verk", "NOUN", Case="Dat", Number="Sing", Gender="Neut", Definite="Def"), punct()]
    correct(s)
    assert s[0]["lemma"] == "ég" and s[0]["upos"] == "PRON" and s[0]["feats"]["Case"] == "Nom"
    assert s[1]["lemma"] == "hafa" and s[1]["feats"]["Person"] == "1" and s[1]["feats"]["Number"] == "Plur"


def test_a_clause_without_a_finite_verb_gets_the_agreeing_one():
    s = [tok("og", "og", "CCONJ"), tok("verðið", "verð", "NOUN", Case="Nom", Number="Sing", Gender="Neut", Definite="Def"),
         tok("fer", "fer", "NOUN", Case="Acc", Number="Sing", Gender="Neut", Definite="Ind"),
         tok("hækkandi", "hækka", "VERB", Tense="Pres", VerbForm="Part"), punct()]
    correct(s)
    assert s[2]["lemma"] == "fara" and s[2]["upos"] == "VERB"
    assert s[2]["feats"]["Person"] == "3" and s[2]["feats"]["Number"] == "Sing" and s[2]["feats"]["Mood"] == "Ind"


def test_reflexive_ser_after_a_preposition(words):
    w = words("Hann tók bókina með sér.")
    assert w["sér"]["lemma"] == "sig" and w["sér"]["feats"]["Case"] == "Dat"
    s = [tok("Hún", "hún", "PRON", Case="Nom", Number="Sing", Gender="Fem", Person="3"),
         tok("hafði", "hafa", "AUX", Number="Sing", Tense="Past", Mood="Ind", Voice="Act", VerbForm="Fin", Person="3"),
         tok("nesti", "nesti", "NOUN", Case="Acc", Number="Sing", Gender="Neut", Definite="Ind"),
         tok("með", "með", "ADP"), tok("sér", "sér", "ADV"), punct()]
    correct(s)
    assert s[4]["lemma"] == "sig" and s[4]["upos"] == "PRON" and s[4]["feats"]["Case"] == "Dat"


def test_neuter_pronoun_filed_as_an_adverb():
    s = [tok("Þetta", "þetta", "ADV"), tok("var", "vera", "AUX", Number="Sing", Tense="Past", Mood="Ind", Voice="Act", VerbForm="Fin", Person="3"),
         tok("gaman", "gaman", "NOUN", Case="Nom", Number="Sing", Gender="Neut", Definite="Ind"), punct()]
    correct(s)
    assert s[0]["lemma"] == "þessi" and s[0]["feats"]["Case"] == "Nom" and s[0]["feats"]["Gender"] == "Neut"
    s = [tok("Hann", "hann", "PRON", Case="Nom", Number="Sing", Gender="Masc", Person="3"),
         tok("las", "lesa", "VERB", Number="Sing", Tense="Past", Mood="Ind", Voice="Act", VerbForm="Fin", Person="3"),
         tok("allt", "allt", "ADV"), punct()]
    correct(s)
    assert s[2]["lemma"] == "allur" and s[2]["feats"]["Case"] == "Acc"


def test_nominative_after_a_preposition_or_an_infinitive_takes_the_governed_case():
    s = [tok("Hún", "hún", "PRON", Case="Nom", Number="Sing", Gender="Fem", Person="3"),
         tok("spurði", "spyrja", "VERB", Number="Sing", Tense="Past", Mood="Ind", Voice="Act", VerbForm="Fin", Person="3"),
         tok("um", "um", "ADP"), tok("verð", "verð", "NOUN", Case="Nom", Number="Sing", Gender="Neut", Definite="Ind"), punct()]
    correct(s)
    assert s[3]["feats"]["Case"] == "Acc"
    s = [tok("Hann", "hann", "PRON", Case="Nom", Number="Sing", Gender="Masc", Person="3"),
         tok("ætlar", "ætla", "VERB", Number="Sing", **FIN3), tok("að", "að", "PART"),
         tok("kaupa", "kaupa", "VERB", Voice="Act", VerbForm="Inf"),
         tok("nýja", "nýr", "ADJ", Case="Nom", Number="Sing", Gender="Fem", Degree="Pos", Definite="Def"),
         tok("bók", "bók", "NOUN", Case="Nom", Number="Sing", Gender="Fem", Definite="Ind"), punct()]
    correct(s)
    assert s[5]["feats"]["Case"] == "Acc" and s[4]["feats"]["Case"] == "Acc"


def test_predicate_nominative_after_an_infinitive_copula_stays():
    s = [tok("Hún", "hún", "PRON", Case="Nom", Number="Sing", Gender="Fem", Person="3"),
         tok("vill", "vilja", "AUX", Number="Sing", **FIN3),
         tok("verða", "verða", "VERB", Voice="Act", VerbForm="Inf"),
         tok("læknir", "læknir", "NOUN", Case="Nom", Number="Sing", Gender="Masc", Definite="Ind"), punct()]
    correct(s)
    assert s[3]["feats"]["Case"] == "Nom"


def test_thvi_after_a_preposition_is_the_pronoun():
    s = [tok("Hún", "hún", "PRON", Case="Nom", Number="Sing", Gender="Fem", Person="3"),
         tok("sagði", "segja", "VERB", Number="Sing", Tense="Past", Mood="Ind", Voice="Act", VerbForm="Fin", Person="3"),
         tok("frá", "frá", "ADP"), tok("því", "því", "SCONJ"), punct()]
    correct(s)
    assert s[3]["upos"] == "PRON" and s[3]["feats"]["Case"] == "Dat"


def test_er_after_a_nominative_pronoun_is_the_verb():
    s = [tok("Það", "það", "PRON", Case="Nom", Number="Sing", Gender="Neut", Person="3"),
         tok("er", "er", "SCONJ"), tok("kalt", "kaldur", "ADJ", Case="Nom", Number="Sing", Gender="Neut", Degree="Pos", Definite="Ind"), punct()]
    correct(s)
    assert s[1]["lemma"] == "vera" and s[1]["upos"] == "AUX" and s[1]["feats"]["Person"] == "3"
    # "að því er virðist": after an oblique pronoun er stays the relative conjunction
    s = [tok("að", "að", "ADP"), tok("því", "sá", "PRON", Case="Dat", Number="Sing", Gender="Neut"),
         tok("er", "er", "SCONJ"), tok("virðist", "virða", "VERB", Number="Sing", Person="3", Tense="Pres", Mood="Ind", Voice="Mid", VerbForm="Fin"), punct()]
    correct(s)
    assert s[2]["upos"] == "SCONJ"


def test_unit_symbol_after_a_number_is_its_noun():
    s = [tok("Hún", "hún", "PRON", Case="Nom", Number="Sing", Gender="Fem", Person="3"),
         tok("vann", "vinna", "VERB", Number="Sing", Tense="Past", Mood="Ind", Voice="Act", VerbForm="Fin", Person="3"),
         tok("400", "400", "NUM"), tok("m", "m", "PROPN", Case="Dat", Number="Sing"),
         tok("hlaupið", "hlaup", "NOUN", Case="Acc", Number="Sing", Gender="Neut", Definite="Def"), punct()]
    correct(s)
    assert s[3]["lemma"] == "metri" and s[3]["upos"] == "NOUN"
    assert s[3]["feats"]["Case"] == "Gen" and s[3]["feats"]["Number"] == "Plur" and s[3]["feats"]["Gender"] == "Masc"


def test_heim_is_the_adverb_unless_a_preposition_or_agreeing_word_makes_it_the_noun(words):
    assert (words("Á morgun fer ég heim.")["heim"]["lemma"], words("Á morgun fer ég heim.")["heim"]["upos"]) == ("heim", "ADV")
    assert words("Hann ferðaðist um allan heim.")["heim"]["lemma"] == "heimur"
