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
