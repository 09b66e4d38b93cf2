"""Lemma rules (samhlida_worker/corrections/lemmas.py) on sentences written for these tests.
Each rule is tested on tokens carrying the wrong reading with their real BÍN readings (so the
rule is under test whatever the parser does), and end to end where that shows the answer.
Expected lemmas come from Icelandic grammar and BÍN's entries, not from the worker's output."""

from samhlida_worker.corrections import correct
from tokens import FIN3, punct, tok


def eiga(form="á"):
    return tok(form, "eiga", "VERB", Number="Sing", **FIN3)


def test_a_is_the_preposition_in_a_clause_that_has_its_finite_verb():
    # "Þær eru sterkar á heimavelli." — eru is the clause's verb; á cannot be a second one
    s = [tok("Þær", "hún", "PRON", Case="Nom", Number="Plur", Gender="Fem", Person="3"),
         tok("eru", "vera", "AUX", Number="Plur", **FIN3), tok("sterkar", "sterkur", "ADJ", Case="Nom", Number="Plur", Gender="Fem", Degree="Pos"),
         eiga(), tok("heimavelli", "heimavöllur", "NOUN", Case="Dat", Number="Sing", Gender="Masc", Definite="Ind"), punct()]
    correct(s)
    assert s[3]["lemma"] == "á" and s[3]["upos"] == "ADP"


def test_a_is_the_preposition_with_no_subject_for_eiga():
    # "Hún hækkaði skattinn, líka skatt á mat." — the clause after the comma has no nominative
    s = [tok("Hún", "hún", "PRON", Case="Nom", Number="Sing", Gender="Fem", Person="3"),
         tok("hækkaði", "hækka", "VERB", Number="Sing", Tense="Past", Mood="Ind", Voice="Act", VerbForm="Fin", Person="3"),
         tok("skattinn", "skattur", "NOUN", Case="Acc", Number="Sing", Gender="Masc", Definite="Def"), punct(","),
         tok("líka", "líka", "ADV"), tok("skatt", "skattur", "NOUN", Case="Acc", Number="Sing", Gender="Masc", Definite="Ind"),
         eiga(), tok("mat", "matur", "NOUN", Case="Acc", Number="Sing", Gender="Masc", Definite="Ind"), punct()]
    correct(s)
    assert s[6]["upos"] == "ADP" and s[6]["lemma"] == "á"


def test_a_stays_eiga_with_its_subject():
    # "Valur á leik til góða." — Valur owns a game in hand
    s = [tok("Valur", "Valur", "PROPN", Case="Nom", Number="Sing", Gender="Masc"), eiga(),
         tok("leik", "leikur", "NOUN", Case="Acc", Number="Sing", Gender="Masc", Definite="Ind"), punct()]
    correct(s)
    assert s[1]["lemma"] == "eiga"


def test_meira_as_an_adverb_is_the_comparative_of_mikid():
    # "Það rigndi meira í gær." — BÍN's MST2 under mjög is a second comparative of mjög
    s = [tok("Það", "það", "PRON", Case="Nom", Number="Sing", Gender="Neut", Person="3"),
         tok("rigndi", "rigna", "VERB", Number="Sing", Tense="Past", Mood="Ind", Voice="Act", VerbForm="Fin", Person="3"),
         tok("meira", "mjög", "ADV", Degree="Cmp"), tok("í", "í", "ADP"), tok("gær", "gær", "ADV"), punct()]
    correct(s)
    assert s[2]["lemma"] == "mikið" and s[2]["upos"] == "ADV"


def test_meira_as_the_object_of_a_verb_is_the_adjective_mikill():
    # "Hún vill fá meira." — fá takes an accusative object: more (of something)
    s = [tok("Hún", "hún", "PRON", Case="Nom", Number="Sing", Gender="Fem", Person="3"),
         tok("vill", "vilja", "AUX", Number="Sing", **FIN3), tok("fá", "fá", "VERB", VerbForm="Inf", Voice="Act"),
         tok("meira", "mjög", "ADV", Degree="Cmp"), punct()]
    correct(s)
    assert s[3]["lemma"] == "mikill" and s[3]["feats"]["Case"] == "Acc" and s[3]["feats"]["Degree"] == "Cmp"


def test_a_noun_after_an_auxiliary_is_its_supine():
    # "Það getur oft verið erfitt." — verið, not the noun ver ("fishing station")
    s = [tok("Það", "það", "PRON", Case="Nom", Number="Sing", Gender="Neut", Person="3"),
         tok("getur", "geta", "AUX", Number="Sing", **FIN3), tok("oft", "oft", "ADV"),
         tok("verið", "ver", "NOUN", Case="Acc", Number="Sing", Gender="Neut", Definite="Def"),
         tok("erfitt", "erfiður", "ADJ", Case="Nom", Number="Sing", Gender="Neut", Degree="Pos"), punct()]
    correct(s)
    assert s[3]["lemma"] == "vera" and s[3]["feats"]["VerbForm"] == "Sup"


def test_a_noun_after_a_modal_is_its_infinitive():
    # "Það mun þá hafa áhrif." — hafa after munu, not haf ("sea")
    s = [tok("Það", "það", "PRON", Case="Nom", Number="Sing", Gender="Neut", Person="3"),
         tok("mun", "munu", "AUX", Number="Sing", **FIN3), tok("þá", "þá", "ADV"),
         tok("hafa", "haf", "NOUN", Case="Gen", Number="Plur", Gender="Neut", Definite="Ind"),
         tok("áhrif", "áhrif", "NOUN", Case="Acc", Number="Plur", Gender="Neut", Definite="Ind"), punct()]
    correct(s)
    assert s[3]["lemma"] == "hafa" and s[3]["feats"]["VerbForm"] == "Inf"


def test_a_stays_eiga_after_its_subject_pronoun():
    # "Ég veit ekki hvernig ég á að vera." — ég is á's subject, veit the other clause's verb
    s = [tok("Ég", "ég", "PRON", Case="Nom", Number="Sing", Person="1"), tok("veit", "vita", "VERB", Number="Sing", **{**FIN3, "Person": "1"}),
         tok("ekki", "ekki", "ADV"), tok("hvernig", "hvernig", "ADV"), tok("ég", "ég", "PRON", Case="Nom", Number="Sing", Person="1"),
         tok("á", "eiga", "VERB", Number="Sing", **{**FIN3, "Person": "1"}), tok("að", "að", "PART"), tok("vera", "vera", "AUX", VerbForm="Inf", Voice="Act"), punct()]
    correct(s)
    assert s[5]["lemma"] == "eiga"


SUB3 = {"Tense": "Pres", "Mood": "Sub", "Voice": "Act", "VerbForm": "Fin", "Person": "3", "Number": "Sing"}


def test_a_noun_after_a_preposition_is_not_a_rare_verbs_subjunctive():
    # "Hún bíður eftir úrskurði dómarans." — úrskurði: dative of úrskurður, not úrskurða
    s = [tok("Hún", "hún", "PRON", Case="Nom", Number="Sing", Gender="Fem", Person="3"), tok("bíður", "bíða", "VERB", Number="Sing", **FIN3),
         tok("eftir", "eftir", "ADV"), tok("úrskurði", "úrskurða", "VERB", **SUB3),
         tok("dómarans", "dómari", "NOUN", Case="Gen", Number="Sing", Gender="Masc", Definite="Def"), punct()]
    correct(s)
    assert s[3]["lemma"] == "úrskurður" and s[3]["upos"] == "NOUN" and s[3]["feats"]["Case"] == "Dat"


def test_a_subjunctive_right_after_a_finite_verb_is_its_object():
    # "Hann tók sæti á þingi." — sæti the seat, not sitja's past subjunctive
    s = [tok("Hann", "hann", "PRON", Case="Nom", Number="Sing", Gender="Masc", Person="3"),
         tok("tók", "taka", "VERB", Number="Sing", **{**FIN3, "Tense": "Past"}), tok("sæti", "sitja", "VERB", **{**SUB3, "Tense": "Past"}),
         tok("á", "á", "ADP"), tok("þingi", "þing", "NOUN", Case="Dat", Number="Sing", Gender="Neut", Definite="Ind"), punct()]
    correct(s)
    assert s[2]["lemma"] == "sæti" and s[2]["upos"] == "NOUN" and s[2]["feats"]["Case"] == "Acc"


def test_the_only_verb_of_a_relative_clause_after_a_particle_stays_a_verb():
    # "Þetta eru atriði sem fram komu á fundinum." — komu of koma, after the particle fram
    s = [tok("Þetta", "þessi", "PRON", Case="Nom", Number="Sing", Gender="Neut"), tok("eru", "vera", "AUX", Number="Plur", **FIN3),
         tok("atriði", "atriði", "NOUN", Case="Nom", Number="Plur", Gender="Neut", Definite="Ind"), tok("sem", "sem", "SCONJ"),
         tok("fram", "fram", "ADP"), tok("komu", "koma", "VERB", Number="Plur", **{**FIN3, "Tense": "Past"}),
         tok("á", "á", "ADP"), tok("fundinum", "fundur", "NOUN", Case="Dat", Number="Sing", Gender="Masc", Definite="Def"), punct()]
    correct(s)
    assert s[5]["lemma"] == "koma" and s[5]["upos"] == "VERB"


def num(form):
    return {"kind": "number", "form": form, "lemma": form, "upos": "NUM", "feats": {}}


def stig(case="Acc"):
    return tok("stig", "stig", "NOUN", Case=case, Number="Sing", Gender="Neut", Definite="Ind")


def test_a_noun_counted_by_a_number_above_one_is_plural():
    # "Liðið er með 15 stig." — but "21 stig" is singular, and "4. sæti" is an ordinal
    s = [tok("með", "með", "ADP"), num("15"), stig(), punct()]
    correct(s)
    assert s[2]["feats"]["Number"] == "Plur" and s[2]["feats"]["Case"] == "Acc"
    s = [tok("með", "með", "ADP"), num("21"), stig(), punct()]
    correct(s)
    assert s[2]["feats"]["Number"] == "Sing"
    s = [tok("í", "í", "ADP"), {"kind": "ordinal", "form": "4.", "lemma": "4.", "upos": "NUM", "feats": {}},
         tok("sæti", "sæti", "NOUN", Case="Dat", Number="Sing", Gender="Neut", Definite="Ind"), punct()]
    correct(s)
    assert s[2]["feats"]["Number"] == "Sing"


def test_a_plural_form_of_sa_standing_alone_is_the_personal_pronoun():
    # "Hún talaði við þá í gær." — þá refers back to people: hann (they), not sá
    s = [tok("Hún", "hún", "PRON", Case="Nom", Number="Sing", Gender="Fem", Person="3"),
         tok("talaði", "tala", "VERB", Number="Sing", **{**FIN3, "Tense": "Past"}), tok("við", "við", "ADP"),
         tok("þá", "sá", "PRON", Case="Acc", Number="Plur", Gender="Masc"), tok("í", "í", "ADP"), tok("gær", "gær", "ADV"), punct()]
    correct(s)
    assert s[3]["lemma"] == "hann"
    # "Hún talaði við þá menn sem komu." — before its noun it is the demonstrative sá
    s = [tok("við", "við", "ADP"), tok("þá", "hann", "PRON", Case="Acc", Number="Plur", Gender="Masc"),
         tok("menn", "maður", "NOUN", Case="Acc", Number="Plur", Gender="Masc", Definite="Ind"), punct()]
    correct(s)
    assert s[1]["lemma"] == "sá"


def test_a_weak_adjective_with_no_determiner_is_the_adverb(words):
    # "Þetta var bara æðislega gaman." — æðislega modifies gaman; a weak adjective needs a
    # determiner or a definite noun
    s = [tok("Þetta", "þessi", "PRON", Case="Nom", Number="Sing", Gender="Neut"), tok("var", "vera", "AUX", Number="Sing", **{**FIN3, "Tense": "Past"}),
         tok("bara", "bara", "ADV"), tok("æðislega", "æðislegur", "ADJ", Case="Nom", Number="Sing", Gender="Neut", Degree="Pos", Definite="Def"),
         tok("gaman", "gaman", "NOUN", Case="Nom", Number="Sing", Gender="Neut", Definite="Ind"), punct()]
    correct(s)
    assert s[3]["lemma"] == "æðislega" and s[3]["upos"] == "ADV"
    w = words("Hún las bréfið vandlega og svaraði því.")
    assert w["vandlega"]["lemma"] == "vandlega" and w["vandlega"]["upos"] == "ADV"


def test_a_weak_adjective_after_its_determiner_stays_an_adjective():
    # "Hann keypti þetta fallega hús." — fallega after þetta, before its noun
    s = [tok("þetta", "þessi", "PRON", Case="Acc", Number="Sing", Gender="Neut"),
         tok("fallega", "fallegur", "ADJ", Case="Acc", Number="Sing", Gender="Neut", Degree="Pos", Definite="Def"),
         tok("hús", "hús", "NOUN", Case="Acc", Number="Sing", Gender="Neut", Definite="Ind"), punct()]
    correct(s)
    assert s[1]["lemma"] == "fallegur" and s[1]["upos"] == "ADJ"


def test_a_verbless_clause_opening_with_a_participle_and_an_adverb():
    # "Og svo, hlaupið út!" (and then: off they ran) — hlaupið is hlaupa's participle, not the
    # noun hlaup "a run"
    s = [tok("Og", "og", "CCONJ"), tok("svo", "svo", "ADV"), punct(","),
         tok("hlaupið", "hlaup", "NOUN", Case="Nom", Number="Sing", Gender="Neut", Definite="Def"), tok("út", "út", "ADV"), punct("!")]
    correct(s)
    assert s[3]["lemma"] == "hlaupa" and s[3]["upos"] == "VERB" and s[3]["feats"]["VerbForm"] == "Part"
    # with a finite verb the noun stands: "hlaupið hófst snemma"
    s = [tok("hlaupið", "hlaup", "NOUN", Case="Nom", Number="Sing", Gender="Neut", Definite="Def"),
         tok("hófst", "hefja", "VERB", Number="Sing", Tense="Past", Mood="Ind", Voice="Mid", VerbForm="Fin", Person="3"), tok("snemma", "snemma", "ADV"), punct()]
    correct(s)
    assert s[0]["lemma"] == "hlaup"


def test_a_noun_after_the_infinitive_marker_in_a_case_ad_cannot_govern():
    # "Hann ætlar að slaka á." — slaka, not the accusative of slaki (að the preposition takes
    # the dative)
    s = [tok("Hann", "hann", "PRON", Case="Nom", Number="Sing", Gender="Masc", Person="3"),
         tok("ætlar", "ætla", "VERB", Number="Sing", **FIN3), tok("að", "að", "PART"),
         tok("slaka", "slaki", "NOUN", Case="Acc", Number="Sing", Gender="Masc", Definite="Ind"), tok("á", "á", "ADV"), punct()]
    correct(s)
    assert s[3]["lemma"] == "slaka" and s[3]["feats"]["VerbForm"] == "Inf"


def test_a_modifier_takes_its_nouns_number():
    # "Hún gaf öllum börnunum gjafir." — öllum is plural with börnunum, not the dative singular
    s = [tok("öllum", "allur", "PRON", Case="Dat", Number="Sing", Gender="Neut"),
         tok("börnunum", "barn", "NOUN", Case="Dat", Number="Plur", Gender="Neut", Definite="Def"), punct()]
    correct(s)
    assert s[0]["lemma"] == "allur" and s[0]["feats"]["Number"] == "Plur"


def test_the_predicate_of_a_copula_is_the_adjective():
    # "Hvernig er hægt að gera þetta?" — hægt is hægur's neuter, the predicate of er
    s = [tok("Hvernig", "hvernig", "ADV"), tok("er", "vera", "AUX", Number="Sing", **FIN3), tok("hægt", "hægt", "ADV"),
         tok("að", "að", "PART"), tok("gera", "gera", "VERB", VerbForm="Inf", Voice="Act"), tok("þetta", "þessi", "PRON", Case="Acc", Number="Sing", Gender="Neut"), punct("?")]
    correct(s)
    assert s[2]["lemma"] == "hægur" and s[2]["upos"] == "ADJ" and s[2]["feats"]["Case"] == "Nom"
    # before an adjective it modifies, the adverb stays: "Það er svolítið kalt."
    s = [tok("Það", "það", "PRON", Case="Nom", Number="Sing", Gender="Neut", Person="3"), tok("er", "vera", "AUX", Number="Sing", **FIN3),
         tok("svolítið", "svolítið", "ADV"), tok("kalt", "kaldur", "ADJ", Case="Nom", Number="Sing", Gender="Neut", Degree="Pos"), punct()]
    correct(s)
    assert s[2]["lemma"] == "svolítið" and s[2]["upos"] == "ADV"


def test_a_persons_name_in_a_sentence_that_does_not_parse_has_its_nominative_lemma(analyzer):
    # a verbless sentence the grammar rejects: the name's lemma comes from the tokenizer
    out = analyzer.analyze("Gunnari Braga Sveinssyni sendar kveðjur og þakkir frá okkur öllum hér heima og úti.")
    assert out["parsed"] == 0
    names = [t["lemma"] for t in out["tokens"] if t["kind"] == "name"]
    assert names == ["Gunnar", "Bragi", "Sveinsson"]


def test_a_lemma_bin_marks_rare_gives_way_to_a_common_one():
    # "Lögin féllu úr gildi í gær." — gildi of gildi "validity", not of BÍN's rare gildir
    s = [tok("úr", "úr", "ADP"), tok("gildi", "gildir", "NOUN", Case="Dat", Number="Sing", Gender="Masc", Definite="Ind"), punct()]
    correct(s)
    assert s[1]["lemma"] == "gildi" and s[1]["feats"]["Case"] == "Dat"


def test_a_before_ad_and_an_infinitive_is_the_modal_eiga(words):
    # "á að rigna": is to rain; no subject of its own, and another verb later in the sentence
    w = words("Á morgun á að rigna, segir Veðurstofan.")
    assert w["Á"]["upos"] == "ADP"
    assert w["á"]["lemma"] == "eiga"
    assert words("Hvað á að gera við þetta?")["á"]["lemma"] == "eiga"
    # after a verb that takes á, it is the preposition before an að-clause
    assert words("Hann byrjaði á að lesa bókina.")["á"]["upos"] == "ADP"
