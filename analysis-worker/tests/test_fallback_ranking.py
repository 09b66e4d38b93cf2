"""The BÍN fallback's choice for a word without a parse; expected readings from Icelandic usage."""

from samhlida_worker.lexicon import best_reading, rare_lemmas


def test_readings_bin_marks_as_obsolete_or_regional_come_last():
    # "velli" is the dative of völlur (field); BÍN also lists an obsolete "velli" (kk) and a regional one (hk)
    assert ("velli", "kk") in rare_lemmas("velli")
    assert best_reading("velli", False)["lemma"] == "völlur"


def test_a_noun_comes_before_a_verbs_subjunctive_or_first_person():
    # "sæti" (seat) is also the past subjunctive of sitja and 1st person of sæta
    assert best_reading("sæti", False)["lemma"] == "sæti"
    assert best_reading("sæti", False)["upos"] == "NOUN"


def test_auxiliaries_come_first_among_verbs():
    # "hefði": the past subjunctive of hafa, not of the rare hefða
    assert best_reading("hefði", False)["lemma"] == "hafa"


def test_voru_is_the_verb_not_the_solemn_possessive():
    r = best_reading("voru", False)
    assert r["lemma"] == "vera" and r["feats"]["Number"] == "Plur" and r["feats"]["Tense"] == "Past"


def test_the_commonest_class_is_looked_up_by_the_form():
    # þá is mostly the adverb "then"; BÍN lists it first as the pronoun sá/hann
    assert best_reading("þá", False)["upos"] == "ADV"
    assert best_reading("Þá", True)["lemma"] == "þá"
    # sér: the reflexive pronoun (sig), not the adverb "apart"
    assert best_reading("sér", False)["lemma"] == "sig"


def test_a_subject_pronoun_calls_for_its_finite_verb():
    # "höfum" is also the dative plural of haf (sea); after "við" it is "we have"
    r = best_reading("höfum", False, subject=("p1", "ft"))
    assert r["lemma"] == "hafa" and r["feats"]["Person"] == "1" and r["feats"]["Number"] == "Plur"
    # "á" after "hann": the verb eiga (owns), not the preposition or the river
    assert best_reading("á", False, subject=("p3", "et"))["lemma"] == "eiga"


def test_a_noun_agrees_with_its_determiner_in_number_and_gender_too():
    # "hesta" after "marga" (acc. pl. masc.): the noun hestur, not the verb
    r = best_reading("hesta", False, "þf", ("ft", "kk"))
    assert r["lemma"] == "hestur" and r["feats"]["Number"] == "Plur"


def test_an_auxiliarys_subjunctive_and_first_person_are_not_demoted():
    # "muni" is the subjunctive of munu (will), far commoner than the noun muni (article, thing)
    assert best_reading("muni", False)["lemma"] == "munu"
    # "hef": hafa (I have), not the imperative of hefja
    assert best_reading("hef", False)["lemma"] == "hafa"
