"""Case and agreement rules (corrections/nouns.py, corrections/objects.py). Each rule runs on
tokens given the wrong reading the parse can give, with their real BÍN readings, so the rule
itself is under test whatever the parser does; and end to end on a sentence written for the test.
Expected answers come from Icelandic grammar."""

from samhlida_worker.corrections import correct
from tokens import FIN, punct, tok


def test_a_subjunctive_after_an_agreeing_adjective_is_the_noun(words):
    # "með öðrum hætti": hætti is the dative of háttur here, not the subjunctive of hætta
    s = [tok("Þetta", "þessi", "PRON", Case="Nom", Number="Sing", Gender="Neut"),
         tok("var", "vera", "AUX", Number="Sing", Person="3", Tense="Past", **FIN),
         tok("gert", "gera", "VERB", VerbForm="Part", Case="Nom", Number="Sing", Gender="Neut"),
         tok("með", "með", "ADP"), tok("nýjum", "nýr", "ADJ", Case="Dat", Number="Sing", Gender="Masc", Degree="Pos"),
         tok("hætti", "hætta", "VERB", Number="Sing", Person="3", Tense="Past", Mood="Sub", Voice="Act", VerbForm="Fin"), punct()]
    correct(s)
    assert (s[5]["lemma"], s[5]["upos"], s[5]["feats"]["Case"]) == ("háttur", "NOUN", "Dat")
    w = words("Þetta var gert með öðrum hætti en áður.")
    assert (w["hætti"]["lemma"], w["hætti"]["upos"], w["hætti"]["feats"]["Case"]) == ("háttur", "NOUN", "Dat")


def test_a_verb_after_a_preposition_proper_is_its_object(words):
    # "að láni" (on loan): láni is the dative of lán, which að governs
    s = [tok("Hún", "hún", "PRON", Case="Nom", Number="Sing", Gender="Fem"),
         tok("fékk", "fá", "VERB", Number="Sing", Person="3", Tense="Past", **FIN),
         tok("bílinn", "bíll", "NOUN", Case="Acc", Number="Sing", Gender="Masc", Definite="Def"),
         tok("að", "að", "ADP"),
         tok("láni", "lána", "VERB", Number="Sing", Person="3", Tense="Past", Mood="Sub", Voice="Act", VerbForm="Fin"), punct()]
    correct(s)
    assert (s[4]["lemma"], s[4]["upos"], s[4]["feats"]["Case"]) == ("lán", "NOUN", "Dat")


def test_a_verb_particle_is_not_a_preposition_for_this_rule():
    # "sem fram komu": komu is the verb koma after its particle fram, not the noun koma
    s = [tok("atriði", "atriði", "NOUN", Case="Nom", Number="Plur", Gender="Neut", Definite="Ind"), tok("sem", "sem", "SCONJ"),
         tok("fram", "fram", "ADP"), tok("komu", "koma", "VERB", Number="Plur", Person="3", Tense="Past", **FIN), punct()]
    correct(s)
    assert s[3]["upos"] == "VERB"


def test_a_title_takes_the_case_of_the_noun_it_stands_before(words):
    s = [tok("Herra", "herra", "NOUN", Case="Gen", Number="Sing", Gender="Masc", Definite="Ind"),
         tok("forseti", "forseti", "NOUN", Case="Nom", Number="Sing", Gender="Masc", Definite="Ind"), punct()]
    correct(s)
    assert s[0]["feats"]["Case"] == "Nom"
    s = [tok("Ég", "ég", "PRON", Case="Nom", Number="Sing", Person="1"), tok("skrifaði", "skrifa", "VERB", Number="Sing", Person="1", Tense="Past", **FIN),
         tok("herra", "herra", "NOUN", Case="Nom", Number="Sing", Gender="Masc", Definite="Ind"),
         tok("biskupi", "biskup", "NOUN", Case="Dat", Number="Sing", Gender="Masc", Definite="Ind"), punct()]
    correct(s)
    assert s[2]["feats"]["Case"] == "Dat"
    assert words("Herra forseti, ég þakka fyrir svarið.")["Herra"]["feats"]["Case"] == "Nom"


def test_the_subject_of_a_subordinate_clause_before_its_verb_is_nominative(words):
    # "að börnin fari": börnin agrees with fari (3rd plural), so it is the subject
    s = [tok("Hún", "hún", "PRON", Case="Nom", Number="Sing", Gender="Fem"),
         tok("vill", "vilja", "AUX", Number="Sing", Person="3", Tense="Pres", **FIN), tok("að", "að", "SCONJ"),
         tok("börnin", "barn", "NOUN", Case="Acc", Number="Plur", Gender="Neut", Definite="Def"),
         tok("fari", "fara", "VERB", Number="Plur", Person="3", Tense="Pres", Mood="Sub", Voice="Act", VerbForm="Fin"), punct()]
    correct(s)
    assert s[3]["feats"]["Case"] == "Nom"
    assert words("Hún sagði að Alþingi bannaði reykingar á veitingastöðum.")["Alþingi"]["feats"]["Case"] == "Nom"


def test_an_oblique_subject_is_left_alone():
    # "að mig langi": mig has no nominative reading, and langi stays in the 3rd singular
    s = [tok("Ég", "ég", "PRON", Case="Nom", Number="Sing", Person="1"), tok("held", "halda", "VERB", Number="Sing", Person="1", Tense="Pres", **FIN),
         tok("að", "að", "SCONJ"), tok("mig", "ég", "PRON", Case="Acc", Number="Sing", Person="1"),
         tok("langi", "langa", "VERB", Number="Sing", Person="3", Tense="Pres", Mood="Sub", Voice="Act", VerbForm="Fin"), punct()]
    correct(s)
    assert s[3]["feats"]["Case"] == "Acc" and s[3]["lemma"] == "ég"


def test_after_a_subject_and_its_verb_a_nominative_noun_phrase_is_the_object(words):
    # "Nemendurnir lásu ýmis góð ljóð": one subject per clause, lesa takes an accusative object
    s = [tok("Nemendurnir", "nemandi", "NOUN", Case="Nom", Number="Plur", Gender="Masc", Definite="Def"),
         tok("lásu", "lesa", "VERB", Number="Plur", Person="3", Tense="Past", **FIN),
         tok("góð", "góður", "ADJ", Case="Nom", Number="Plur", Gender="Neut", Degree="Pos"),
         tok("ljóð", "ljóð", "NOUN", Case="Nom", Number="Plur", Gender="Neut", Definite="Ind"), punct()]
    correct(s)
    assert s[2]["feats"]["Case"] == "Acc" and s[3]["feats"]["Case"] == "Acc"
    w = words("Við heyrðum ýmis falleg loforð í gær.")
    assert [w[f]["feats"]["Case"] for f in ("ýmis", "falleg", "loforð")] == ["Acc", "Acc", "Acc"]


def test_the_complement_of_a_copula_and_a_floating_allur_stay_nominative():
    s = [tok("Þau", "það", "PRON", Case="Nom", Number="Plur", Gender="Neut"),
         tok("eru", "vera", "AUX", Number="Plur", Person="3", Tense="Pres", **FIN),
         tok("börn", "barn", "NOUN", Case="Nom", Number="Plur", Gender="Neut", Definite="Ind"), punct()]
    correct(s)
    assert s[2]["feats"]["Case"] == "Nom"
    s = [tok("Þau", "það", "PRON", Case="Nom", Number="Plur", Gender="Neut"),
         tok("lásu", "lesa", "VERB", Number="Plur", Person="3", Tense="Past", **FIN),
         tok("öll", "allur", "PRON", Case="Nom", Number="Plur", Gender="Neut"),
         tok("bókina", "bók", "NOUN", Case="Acc", Number="Sing", Gender="Fem", Definite="Def"), punct()]
    correct(s)
    assert s[2]["feats"]["Case"] == "Nom"


def test_after_a_preposition_a_disagreeing_noun_phrase_takes_the_case_it_governs():
    # "við aðrar þjóðir": við governs the accusative; þjóðir is nominative or accusative
    s = [tok("Þau", "það", "PRON", Case="Nom", Number="Plur", Gender="Neut"),
         tok("semja", "semja", "VERB", Number="Plur", Person="3", Tense="Pres", **FIN), tok("við", "við", "ADP"),
         tok("aðrar", "annar", "PRON", Case="Acc", Number="Plur", Gender="Fem"),
         tok("þjóðir", "þjóð", "NOUN", Case="Nom", Number="Plur", Gender="Fem", Definite="Ind"), punct()]
    correct(s)
    assert s[3]["feats"]["Case"] == "Acc" and s[4]["feats"]["Case"] == "Acc"


def test_a_preposition_read_as_an_adverb_governs_the_noun_phrase_after_it(words):
    # "Tilkynnt var um nýtt innbrot": um governs the accusative
    s = [tok("Tilkynnt", "tilkynna", "VERB", VerbForm="Part", Case="Nom", Number="Sing", Gender="Neut"),
         tok("var", "vera", "AUX", Number="Sing", Person="3", Tense="Past", **FIN), tok("um", "um", "ADV"),
         tok("nýtt", "nýr", "ADJ", Case="Nom", Number="Sing", Gender="Neut", Degree="Pos"),
         tok("innbrot", "innbrot", "NOUN", Case="Nom", Number="Sing", Gender="Neut", Definite="Ind"), punct()]
    correct(s)
    assert s[3]["feats"]["Case"] == "Acc" and s[4]["feats"]["Case"] == "Acc"
    w = words("Lögreglunni var tilkynnt um innbrot í nótt.")
    assert w["innbrot"]["feats"]["Case"] == "Acc"


def test_um_before_a_number_is_about_and_leaves_the_case_alone():
    s = [tok("Um", "um", "ADV"), tok("fimm", "fimm", "NUM", Case="Nom"),
         tok("hundruð", "hundrað", "NOUN", Case="Nom", Number="Plur", Gender="Neut", Definite="Ind"),
         tok("komu", "koma", "VERB", Number="Plur", Person="3", Tense="Past", **FIN), punct()]
    correct(s)
    assert s[2]["feats"]["Case"] == "Nom"


def test_a_fronted_nominative_that_does_not_agree_with_the_verb_is_its_object(words):
    # "Þetta vitum við": vitum is 1st plural, við agrees with it, so þetta is the object
    s = [tok("Þetta", "þessi", "PRON", Case="Nom", Number="Sing", Gender="Neut"),
         tok("vitum", "vita", "VERB", Number="Plur", Person="1", Tense="Pres", **FIN),
         tok("við", "ég", "PRON", Case="Nom", Number="Plur", Person="1"), tok("vel", "vel", "ADV"), punct()]
    correct(s)
    assert s[0]["feats"]["Case"] == "Acc"
    assert words("Þetta vitum við öll.")["Þetta"]["feats"]["Case"] == "Acc"
    # a copula takes two nominatives: "Þetta eru bækur"
    s = [tok("Þetta", "þessi", "PRON", Case="Nom", Number="Sing", Gender="Neut"),
         tok("eru", "vera", "AUX", Number="Plur", Person="3", Tense="Pres", **FIN),
         tok("bækur", "bók", "NOUN", Case="Nom", Number="Plur", Gender="Fem", Definite="Ind"), punct()]
    correct(s)
    assert s[0]["feats"]["Case"] == "Nom"


def test_a_fronted_wh_word_before_a_verb_and_its_certain_subject_is_the_object():
    # "Hvað gerir stjórnin?": stjórnin has no reading but the nominative, so it is the subject
    s = [tok("Hvað", "hver", "PRON", Case="Nom", Number="Sing", Gender="Neut"),
         tok("gerir", "gera", "VERB", Number="Sing", Person="3", Tense="Pres", **FIN),
         tok("stjórnin", "stjórn", "NOUN", Case="Nom", Number="Sing", Gender="Fem", Definite="Def"), punct("?")]
    correct(s)
    assert s[0]["feats"]["Case"] == "Acc"
    # "Hvað gerir fólk?": fólk may be the object (nom = acc), so the parse's reading stands
    s = [tok("Hvað", "hver", "PRON", Case="Nom", Number="Sing", Gender="Neut"),
         tok("gerir", "gera", "VERB", Number="Sing", Person="3", Tense="Pres", **FIN),
         tok("fólk", "fólk", "NOUN", Case="Nom", Number="Sing", Gender="Neut", Definite="Ind"), punct("?")]
    correct(s)
    assert s[0]["feats"]["Case"] == "Nom"


def test_a_noun_conjoined_with_a_governed_noun_shares_its_case(words):
    # "í raun og veru": í governs raun (dative here), and veru is conjoined with it
    s = [tok("Hún", "hún", "PRON", Case="Nom", Number="Sing", Gender="Fem"),
         tok("var", "vera", "AUX", Number="Sing", Person="3", Tense="Past", **FIN),
         tok("í", "í", "ADP"), tok("raun", "raun", "NOUN", Case="Dat", Number="Sing", Gender="Fem", Definite="Ind"),
         tok("og", "og", "CCONJ"), tok("veru", "vera", "NOUN", Case="Acc", Number="Sing", Gender="Fem", Definite="Ind"),
         tok("ánægð", "ánægður", "ADJ", Case="Nom", Number="Sing", Gender="Fem", Degree="Pos"), punct()]
    correct(s)
    assert s[5]["feats"]["Case"] == "Dat"
    # a finite verb after the second noun makes it a new clause's subject: left alone
    s = [tok("Hann", "hann", "PRON", Case="Nom", Number="Sing", Gender="Masc"),
         tok("býr", "búa", "VERB", Number="Sing", Person="3", Tense="Pres", **FIN),
         tok("í", "í", "ADP"), tok("borginni", "borg", "NOUN", Case="Dat", Number="Sing", Gender="Fem", Definite="Def"),
         tok("og", "og", "CCONJ"), tok("konan", "kona", "NOUN", Case="Nom", Number="Sing", Gender="Fem", Definite="Def"),
         tok("vinnur", "vinna", "VERB", Number="Sing", Person="3", Tense="Pres", **FIN), tok("þar", "þar", "ADV"), punct()]
    correct(s)
    assert s[5]["feats"]["Case"] == "Nom"
    w = words("Við fórum til Reykjavíkur og Akureyrar með vinum og ættingjum.")
    assert w["ættingjum"]["feats"]["Case"] == "Dat"


def test_thvi_after_an_adjective_governing_the_dative_is_the_pronoun(words):
    # "sammála því að …": sammála takes a dative complement; því is the dative of það
    s = [tok("Ég", "ég", "PRON", Case="Nom", Number="Sing", Person="1"),
         tok("er", "vera", "AUX", Number="Sing", Person="1", Tense="Pres", **FIN),
         tok("sammála", "sammála", "ADJ", Case="Nom", Number="Sing", Gender="Masc", Degree="Pos"),
         tok("því", "því", "SCONJ"), tok("að", "að", "SCONJ"),
         tok("fara", "fara", "VERB", VerbForm="Inf", Voice="Act"), punct()]
    correct(s)
    assert s[3]["upos"] == "PRON" and s[3]["feats"]["Case"] == "Dat"
    # "út af því að": af governs the dative even when read as an adverb
    s = [tok("Hún", "hún", "PRON", Case="Nom", Number="Sing", Gender="Fem"),
         tok("fór", "fara", "VERB", Number="Sing", Person="3", Tense="Past", **FIN), tok("út", "út", "ADV"), tok("af", "af", "ADV"),
         tok("því", "því", "SCONJ"), tok("að", "að", "SCONJ"), tok("það", "það", "PRON", Case="Nom", Number="Sing", Gender="Neut"),
         tok("rigndi", "rigna", "VERB", Number="Sing", Person="3", Tense="Past", **FIN), punct()]
    correct(s)
    assert s[4]["upos"] == "PRON" and s[4]["feats"]["Case"] == "Dat"
    assert words("Ég er alveg sammála því sem hún sagði.")["því"]["feats"]["Case"] == "Dat"


def test_a_foreign_name_in_apposition_takes_the_case_of_its_noun(words):
    # "ferill framherjans Mamadou Sakho": the name is in the genitive with framherjans
    s = [tok("Ferill", "ferill", "NOUN", Case="Nom", Number="Sing", Gender="Masc", Definite="Ind"),
         tok("framherjans", "framherji", "NOUN", Case="Gen", Number="Sing", Gender="Masc", Definite="Def"),
         {"kind": "name", "form": "Mamadou", "lemma": "Mamadou", "upos": "PROPN", "feats": {"Case": "Nom", "Number": "Sing"}},
         {"kind": "name", "form": "Sakho", "lemma": "Sakho", "upos": "PROPN", "feats": {"Case": "Nom", "Number": "Sing"}},
         tok("er", "vera", "AUX", Number="Sing", Person="3", Tense="Pres", **FIN), tok("langur", "langur", "ADJ", Case="Nom", Number="Sing", Gender="Masc", Degree="Pos"), punct()]
    correct(s)
    assert s[2]["feats"]["Case"] == "Gen" and s[3]["feats"]["Case"] == "Gen"
    w = words("Hún ræddi við framherjann Harry Kane í gær.")
    assert w["Harry"]["feats"]["Case"] == "Acc" and w["Kane"]["feats"]["Case"] == "Acc"


def test_a_subjunctive_right_after_a_finite_verb_or_joined_to_a_noun_is_a_noun():
    # "Hún tók sæti á þingi": one finite verb per clause; sæti is the noun taka governs
    s = [tok("Hún", "hún", "PRON", Case="Nom", Number="Sing", Gender="Fem"),
         tok("tók", "taka", "VERB", Number="Sing", Person="3", Tense="Past", **FIN),
         tok("sæti", "sitja", "VERB", Number="Sing", Person="3", Tense="Past", Mood="Sub", Voice="Act", VerbForm="Fin"),
         tok("á", "á", "ADP"), tok("þingi", "þing", "NOUN", Case="Dat", Number="Sing", Gender="Neut", Definite="Ind"), punct()]
    correct(s)
    assert (s[2]["lemma"], s[2]["upos"], s[2]["feats"]["Case"]) == ("sæti", "NOUN", "Acc")
    # "spáð er rigningu og stormi": stormi joined by og to the dative rigningu
    s = [tok("Spáð", "spá", "VERB", VerbForm="Part", Case="Nom", Number="Sing", Gender="Neut"),
         tok("er", "vera", "AUX", Number="Sing", Person="3", Tense="Pres", **FIN),
         tok("rigningu", "rigning", "NOUN", Case="Dat", Number="Sing", Gender="Fem", Definite="Ind"), tok("og", "og", "CCONJ"),
         tok("stormi", "storma", "VERB", Number="Sing", Person="3", Tense="Pres", Mood="Sub", Voice="Act", VerbForm="Fin"), punct()]
    correct(s)
    assert (s[4]["lemma"], s[4]["upos"], s[4]["feats"]["Case"]) == ("stormur", "NOUN", "Dat")


def test_an_ordinal_in_digits_agrees_with_its_noun(words):
    s = [tok("Hann", "hann", "PRON", Case="Nom", Number="Sing", Gender="Masc"),
         tok("skoraði", "skora", "VERB", Number="Sing", Person="3", Tense="Past", **FIN), tok("á", "á", "ADP"),
         {"kind": "ordinal", "form": "12.", "lemma": "12.", "upos": "ADJ", "feats": {}},
         tok("mínútu", "mínúta", "NOUN", Case="Dat", Number="Sing", Gender="Fem", Definite="Ind"), punct()]
    correct(s)
    assert s[3]["feats"] == {"Case": "Dat", "Number": "Sing", "Gender": "Fem"}
    w = words("Hún býr á 3. hæð í blokkinni.")
    assert w["3."]["feats"].get("Case") == "Dat" and w["3."]["feats"].get("Gender") == "Fem"


def test_a_pronoun_right_after_an_infinitive_is_its_object(words):
    # "Þau ætla að raka hann": raka takes an accusative object; an infinitive has no nominative one
    s = [tok("Þau", "það", "PRON", Case="Nom", Number="Plur", Gender="Neut"),
         tok("ætla", "ætla", "VERB", Number="Plur", Person="3", Tense="Pres", **FIN), tok("að", "að", "PART"),
         tok("raka", "raka", "VERB", VerbForm="Inf", Voice="Act"),
         tok("hann", "hann", "PRON", Case="Nom", Number="Sing"), punct()]  # BÍN gives hann no gender
    correct(s)
    assert s[4]["feats"]["Case"] == "Acc" and s[4]["lemma"] == "hann"
    # a question word opens a clause of its own: its case is not the infinitive's
    s = [tok("Ég", "ég", "PRON", Case="Nom", Number="Sing", Person="1"),
         tok("vil", "vilja", "AUX", Number="Sing", Person="1", Tense="Pres", **FIN),
         tok("sjá", "sjá", "VERB", VerbForm="Inf", Voice="Act"),
         tok("hvað", "hver", "PRON", Case="Nom", Number="Sing", Gender="Neut"),
         tok("gerist", "gera", "VERB", Number="Sing", Person="3", Tense="Pres", Mood="Ind", Voice="Mid", VerbForm="Fin"), punct()]
    correct(s)
    assert s[3]["feats"]["Case"] == "Nom"
    assert words("Við ætlum að ræða það á morgun.")["það"]["feats"]["Case"] == "Acc"
