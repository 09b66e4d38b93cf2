"""Unit symbols and abbreviations: the lemma is the noun they stand for, in BÍN's form."""

from samhlida_worker.lexicon import expansions, unit_reading


def test_a_unit_symbol_after_a_number_is_its_noun(words):
    w = words("Hann hljóp 10 km í gær.")
    assert w["km"]["lemma"] == "kílómetri" and w["km"]["upos"] == "NOUN"
    assert w["km"]["feats"]["Number"] == "Plur"
    assert w["10"]["upos"] == "NUM"


def test_a_measure_before_a_noun_is_genitive(words):
    # "400 m hlaup" is read "400 metra hlaup"
    w = words("Hún sigraði í 400 m hlaupi kvenna.")
    assert w["m"]["lemma"] == "metri"
    assert w["m"]["feats"]["Case"] == "Gen" and w["m"]["feats"]["Number"] == "Plur"


def test_one_of_a_unit_is_singular():
    assert unit_reading("kg", "1", None)["feats"]["Number"] == "Sing"
    assert unit_reading("kg", "21", None)["feats"]["Number"] == "Sing"
    assert unit_reading("kg", "11", None)["feats"]["Number"] == "Plur"
    assert unit_reading("kg", "3", None)["feats"]["Gender"] == "Neut"


def test_an_abbreviation_stands_for_the_dictionary_form_of_its_word():
    # the tokenizer's list writes "kr." as krónur and "ma." as milljarðar
    assert expansions("kr.")[0] == ("króna", "kvk")
    assert expansions("ma.")[0] == ("milljarður", "kk")
    # phrases stay as they are
    assert expansions("t.d.")[0][0] == "til dæmis"


def test_a_parsed_noun_abbreviation_gets_the_noun_it_stands_for(words):
    # Greynir's noun terminal is "no"; the abbreviation list gives the gender (þm. kk)
    w = words("Ég þakka hv. þm. fyrir ræðuna.")
    assert w["þm."]["lemma"] == "þingmaður" and w["þm."]["upos"] == "NOUN"
    assert w["hv."]["lemma"] == "háttvirtur"
